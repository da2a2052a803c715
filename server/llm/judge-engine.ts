import { Type, type Static } from 'typebox';
import { familyOf } from '@core/rubric/moves';
import { dominantFamily } from '@core/rubric/score-reply';
import { MOVE_KINDS, type Move, type MoveKind, type ReplyScore } from '@core/rubric/types';
import { EngineError, type JudgeChange, type JudgeEngine } from '../practice/engines';
import type { ChatModel } from './chat-model';
import { judgeMessages, type JudgePrompt, type JudgePromptInput } from './judge-prompt';
import type { Log } from './log';

// The judge may refine a label, never invent evidence: every change must quote words that lie,
// character for character, inside the move it relabels. The label stays a plain string in the
// schema so one bad change is dropped on its own instead of failing the whole answer.

export const JudgeAnswerSchema = Type.Object(
  {
    changes: Type.Array(
      Type.Object(
        { moveIndex: Type.Integer(), label: Type.String(), quote: Type.String(), reason: Type.String() },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type Proposal = Static<typeof JudgeAnswerSchema>['changes'][number];

const isMoveKind = (label: string): label is MoveKind => (MOVE_KINDS as readonly string[]).includes(label);

/** Why a proposed change cannot be applied, or undefined when it can. */
export function refusal(reply: string, moves: Move[], proposal: Proposal): string | undefined {
  const move = moves[proposal.moveIndex];
  if (!move) return 'no move with that index';
  if (!isMoveKind(proposal.label)) return 'unknown label';
  if (proposal.label === move.kind) return 'same label as the rubric';
  if (proposal.quote.trim() === '') return 'empty quote';
  if (!reply.includes(proposal.quote)) return 'quote is not in the reply';
  // The first occurrence from the move's start is the only one that can still end inside it.
  const at = reply.indexOf(proposal.quote, move.start);
  if (at === -1 || at + proposal.quote.length > move.end) return "quote lies outside the move's span";
  return undefined;
}

export function applyChanges(reading: ReplyScore, changes: JudgeChange[]): ReplyScore {
  if (changes.length === 0) return reading;
  const moves = reading.moves.map((move, i) => {
    const change = changes.find((c) => c.moveIndex === i);
    if (!change) return move;
    const kind = change.to as MoveKind;
    return { ...move, kind, family: familyOf(kind), reason: `judge: ${change.reason} ("${change.quote}")` };
  });
  return { ...reading, moves, family: dominantFamily(moves) };
}

export class LlmJudgeEngine implements JudgeEngine {
  constructor(
    private readonly model: ChatModel,
    private readonly prompt: JudgePrompt,
    private readonly log: Log,
  ) {}

  async refine(input: JudgePromptInput, signal: AbortSignal): Promise<{ reading: ReplyScore; changes: JudgeChange[] }> {
    const { reply, reading } = input;
    const messages = judgeMessages(this.prompt, input);
    let answer: Static<typeof JudgeAnswerSchema>;
    try {
      answer = await this.model.json(messages, JudgeAnswerSchema, { signal, name: 'judge' });
    } catch (err) {
      // Only model trouble is forgiven; a bug of ours must surface, not pass as "no changes".
      if (!(err instanceof EngineError) || err.kind === 'aborted') throw err;
      this.log.warn({ err }, 'judge failed; keeping the rubric reading');
      return { reading, changes: [] };
    }
    const changes: JudgeChange[] = [];
    for (const proposal of answer.changes) {
      const why = refusal(reply, reading.moves, proposal) ?? (changes.some((c) => c.moveIndex === proposal.moveIndex) ? 'move already changed' : undefined);
      if (why) {
        this.log.warn({ proposal, why }, 'judge change refused; keeping the rubric label');
        continue;
      }
      const from = reading.moves[proposal.moveIndex].kind;
      changes.push({ moveIndex: proposal.moveIndex, from, to: proposal.label, quote: proposal.quote, reason: proposal.reason });
    }
    return { reading: applyChanges(reading, changes), changes };
  }
}
