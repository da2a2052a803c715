import type { DelegationLevel, Family, MoveKind } from './types';
import { delegationName } from './moves';

// Every label a person reads, in words: the rubric's codes never reach the screen.

export const FAMILY_LABEL: Record<Family, string> = { ask: 'Ask', tell: 'Tell', other: 'Neither ask nor tell' };

export const MOVE_LABEL: Record<MoveKind, string> = {
  open_question: 'Open question',
  closed_question: 'Closed question',
  reflection: 'Reflection',
  leading_question: 'Leading question',
  advice: 'Advice',
  directive: 'Directive',
  information: 'Information',
  takeover: 'Takeover',
  affirmation: 'Affirmation',
  other: 'Other',
};

/** What each move kind means, for the live meter ("Leading question: advice phrased as a question"). */
const MOVE_MEANING: Record<MoveKind, string> = {
  open_question: 'invites them to think and answer in their own words',
  closed_question: 'can be answered in a word',
  reflection: 'gives their words back so they can go on',
  leading_question: 'advice phrased as a question',
  advice: 'your solution, offered',
  directive: 'tells them what to do',
  information: 'your view of the facts',
  takeover: 'takes the task back from them',
  affirmation: 'recognises something they did',
  other: 'neither asks nor tells',
};

/** "Leading question" for a kind; an unknown kind (judge output, old data) with its underscores as spaces. */
export const moveLabel = (kind: string): string => MOVE_LABEL[kind as MoveKind] ?? kind.replace(/_/g, ' ');

/** "Leading question: advice phrased as a question". */
export const moveInWords = (kind: MoveKind): string => `${MOVE_LABEL[kind]}: ${MOVE_MEANING[kind]}`;

/** "level 6 (inquire)", or "no decision in play". */
export const delegationInWords = (level: DelegationLevel | 'none'): string =>
  level === 'none' ? 'no decision in play' : `level ${level} (${delegationName(level)})`;
