import type { Move } from '../rubric/types';

/** A short quote of a move: its sentence, cut to a few words at a word boundary, no final full stop. */
export function quote(text: string, maxWords = 12): string {
  const words = text.trim().replace(/(?<!\.)\.$/, '').split(/\s+/);
  const cut = words.length > maxWords ? `${words.slice(0, maxWords).join(' ').replace(/[,;:]$/, '')}...` : words.join(' ');
  return `"${cut}"`;
}

/** Tells ranked by how much they take from the other person; asks by how much they give back. */
const WEIGHT: Record<Move['kind'], number> = {
  takeover: 10,
  directive: 9,
  advice: 8,
  leading_question: 7,
  information: 4,
  reflection: 6,
  open_question: 5,
  closed_question: 3,
  affirmation: 2,
  other: 1,
};

/** The move a note is about: the strongest one of the reply's family. */
export function headlineMove(moves: readonly Move[], family: Move['family']): Move | undefined {
  const pool = moves.filter((m) => m.family === family);
  return [...(pool.length > 0 ? pool : moves)].sort((a, b) => WEIGHT[b.kind] - WEIGHT[a.kind])[0];
}

/** The sentence of a persona turn in which it commits ("I'll ..."), else the whole turn. */
export function commitmentSentence(text: string): string {
  return text.match(/\bI(?:'ll| will)\b[^.!?]*[.!?]?/)?.[0] ?? text;
}
