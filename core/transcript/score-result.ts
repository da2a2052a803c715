import type { ReplyScore, Scorecard } from '../rubric/types';
import type { Conversation } from './conversation';
import type { ParsedTranscript } from './import-types';
import { scoreImported } from './score-imported';

// `askwell score --format json`: one object per file, a contract other tools read (issue 12).

export interface ScoreResult {
  file: string;
  leader: string;
  speakers: { name: string; words: number }[];
  turns: { index: number; speaker: string; start: number | null; end: number | null; text: string; score: ReplyScore | null }[];
  scorecard: Scorecard;
}

export function scoreParsed(file: string, parsed: ParsedTranscript, leader: string): ScoreResult {
  const { turns, scorecard } = scoreImported(parsed.turns, leader);
  return {
    file,
    leader,
    speakers: parsed.speakers.map(({ name, words }) => ({ name, words })),
    turns: turns.map(({ index, speaker, start, end, text, score }) => ({ index, speaker, start, end, text, score })),
    scorecard,
  };
}

export const resultToConversation = (r: ScoreResult): Conversation => ({
  title: r.file,
  leaderName: r.leader,
  turns: r.turns.map((t) => ({ ...t, isLeader: t.speaker === r.leader })),
  scorecard: r.scorecard,
});

/** The speaker called `wanted`, ignoring case and surrounding spaces. */
export function findSpeaker(speakers: readonly { name: string }[], wanted: string): string | undefined {
  const key = wanted.trim().toLowerCase();
  return speakers.find((s) => s.name.toLowerCase() === key)?.name;
}
