import type { Move, ReplyScore } from '@core/rubric/types';
import type { PersonaState } from '@core/simulator/types';

// Small phrases that put rubric figures and persona state into prompts in plain words.

export const kindWords = (kind: string) => kind.replace(/_/g, ' ');

const OWNERSHIP_WORDS = {
  keeps: 'your manager keeps the decision',
  shares: 'you decide together',
  hands_over: 'the decision is yours',
  none: 'no decision in play',
} as const;

const FAMILY_WORDS = {
  ask: 'asking you',
  tell: 'telling you',
  other: 'neither asking nor telling',
} as const;

/** How the persona should take the leader's latest message, from the rubric's reading of it. */
export function readingWords(reading: ReplyScore, stateBefore: PersonaState): string {
  const kinds = [...new Set(reading.moves.filter((m) => m.family === reading.family).map((m) => kindWords(m.kind)))];
  const parts = [`${FAMILY_WORDS[reading.family]}${kinds.length ? ` (${kinds.join(', ')})` : ''}`];
  if (reading.delegation.level !== 'none') {
    parts.push(`on who decides: ${reading.delegation.name}, ${OWNERSHIP_WORDS[reading.delegation.ownership]}`);
  }
  const streak = reading.family === 'tell' ? stateBefore.tellStreak + 1 : 0;
  if (streak >= 2) parts.push(`you have now been told what to do ${streak} times in a row`);
  return parts.join('; ');
}

export function engagementWords(engagement: number): string {
  if (engagement < 0.35) return `low (${engagement.toFixed(2)}): guarded, brief, not volunteering anything`;
  if (engagement < 0.7) return `moderate (${engagement.toFixed(2)}): cooperative but cautious`;
  return `high (${engagement.toFixed(2)}): open and thinking aloud`;
}

/** One line per move: index, label and the exact words, as the judge and coach see them. */
export const moveLines = (moves: Move[]): string =>
  moves.map((m, i) => `${i}. ${m.kind} (${m.family}): "${m.text}"`).join('\n') || '(no moves)';
