import type { ReplyScore, Scorecard } from '../rubric/types';

// What the Markdown and CSV exports (and the CLI's outputs) render: a practice session or an
// imported conversation, named and scored, independent of where it is stored.

export interface ConversationTurn {
  index: number;
  /** The speaker's name as shown. */
  speaker: string;
  isLeader: boolean;
  start: number | null;
  end: number | null;
  text: string;
  score: ReplyScore | null;
}

export interface Conversation {
  title: string;
  leaderName: string;
  turns: ConversationTurn[];
  scorecard: Scorecard | null;
}
