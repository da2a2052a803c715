import type { FastifyBaseLogger } from 'fastify';
import { scoreReply } from '../../core/rubric/score-reply';
import type { ReplyScore } from '../../core/rubric/types';
import { offlineTurnNote } from '../../core/feedback/turn-note';
import type { Scenario } from '../../core/scenario/schema';
import { initialPersonaState, type PersonaState } from '../../core/simulator/types';
import type { StoredTurn } from '../db/turns-repo';
import type { Repos } from '../plugins/db';
import type { InFlightTurns } from '../plugins/practice';
import { EngineError, type Engines, type JudgeChange } from './engines';
import type { ClientMessage, ServerMessage } from './messages';
import { noteStates } from './note-states';

export interface TurnLoopDeps {
  sessionId: string;
  scenario: Scenario;
  repos: Repos;
  engines: Engines;
  inFlightTurns: InFlightTurns;
  log: FastifyBaseLogger;
  send: (message: ServerMessage) => void;
}

const lastPersonaState = (turns: StoredTurn[]): PersonaState =>
  turns.findLast((turn) => turn.speaker === 'persona' && turn.state)?.state ?? initialPersonaState();

const previousPersonaText = (turns: StoredTurn[], beforeIndex: number): string | undefined =>
  turns.findLast((turn) => turn.speaker === 'persona' && turn.index < beforeIndex)?.text;

/**
 * One leader reply, end to end: persist -> score -> stream persona -> stream feedback.
 * The leader turn is stored before anything streams back, so every later failure leaves a
 * transcript that `retry` can complete.
 */
export class TurnLoop {
  /** The turn this socket started, aborted when the socket closes. */
  private own: AbortController | undefined;

  constructor(private readonly deps: TurnLoopDeps) {}

  /** Aborts this socket's in-flight model calls (the client has gone). */
  abort(): void {
    this.own?.abort();
  }

  async handle(message: ClientMessage): Promise<void> {
    const { inFlightTurns, sessionId } = this.deps;
    const controller = inFlightTurns.start(sessionId);
    if (!controller) {
      this.error('busy', 'Still answering your last reply; wait for it to finish.');
      return;
    }
    this.own = controller;
    try {
      if (message.type === 'reply') await this.reply(message.text, controller.signal);
      else await this.retry(controller.signal);
    } catch (err) {
      if (controller.signal.aborted) this.deps.log.debug({ sessionId: this.deps.sessionId }, 'turn aborted');
      else this.fail(err);
    } finally {
      inFlightTurns.finish(sessionId, controller);
      this.own = undefined;
    }
  }

  private isOpen(): boolean {
    const { repos, sessionId } = this.deps;
    if (repos.practiceSessions.findById(sessionId)?.status === 'open') return true;
    this.error('session_ended', 'This session has ended; start a new one to keep practising.');
    return false;
  }

  private async reply(text: string, signal: AbortSignal): Promise<void> {
    const { repos, sessionId } = this.deps;
    if (!this.isOpen()) return;
    const leaderTurn = repos.turns.append(sessionId, { speaker: 'leader', text });
    this.deps.send({ type: 'turn.saved', turn: leaderTurn });
    await this.answer(leaderTurn, signal);
  }

  private async retry(signal: AbortSignal): Promise<void> {
    const { repos, sessionId } = this.deps;
    if (!this.isOpen()) return;
    const turns = repos.turns.list(sessionId);
    const leaderTurn = turns.findLast((turn) => turn.speaker === 'leader');
    const after = leaderTurn ? turns.filter((turn) => turn.index > leaderTurn.index) : [];
    const answered = after.find((turn) => !turn.interrupted);
    if (leaderTurn?.score && answered && leaderTurn.feedback === undefined && this.feedbackEnabled()) {
      await this.feedback(leaderTurn, leaderTurn.score, answered, signal);
      return;
    }
    if (!leaderTurn || answered) {
      this.error('nothing_to_retry', 'The last reply has already been answered.');
      return;
    }
    for (const turn of after) repos.turns.deleteTurn(sessionId, turn.index);
    await this.answer(leaderTurn, signal);
  }

  private async answer(leaderTurn: StoredTurn, signal: AbortSignal): Promise<void> {
    const reading = leaderTurn.score ?? this.score(leaderTurn);
    // The judge only refines the rubric's reading, so the persona need not wait for it: both calls
    // go out together and the refined score follows as a second `score` message when it lands.
    const refined = leaderTurn.score ? Promise.resolve(reading) : this.refine(leaderTurn, reading, signal);
    // `refine` never rejects; waiting for it even when the persona fails keeps the turn's writes in this turn.
    const personaTurn = await this.persona(leaderTurn, reading, signal).finally(() => refined);
    const finalReading = await refined;
    if (!personaTurn) return;
    if (this.feedbackEnabled()) await this.feedback(leaderTurn, finalReading, personaTurn, signal);
    else this.holdNoteForDebrief(leaderTurn, finalReading, personaTurn);
  }

  private feedbackEnabled(): boolean {
    return this.deps.repos.practiceSessions.findById(this.deps.sessionId)?.feedbackEnabled ?? false;
  }

  /** With per-turn feedback off the rubric-built note is stored silently and shown with the debrief. */
  private holdNoteForDebrief(leaderTurn: StoredTurn, reading: ReplyScore, personaTurn: StoredTurn): void {
    const { repos, sessionId, scenario } = this.deps;
    const stateBefore = lastPersonaState(repos.turns.list(sessionId).filter((turn) => turn.index < leaderTurn.index));
    const note = offlineTurnNote({ ...noteStates(stateBefore, personaTurn.state ?? stateBefore), reading, scenario });
    repos.turns.setFeedback(sessionId, leaderTurn.index, note);
  }

  private previousPersonaText(leaderTurn: StoredTurn): string | undefined {
    return previousPersonaText(this.deps.repos.turns.list(this.deps.sessionId), leaderTurn.index);
  }

  /** The deterministic rubric reading: stored and sent before any model call. */
  private score(leaderTurn: StoredTurn): ReplyScore {
    const { repos, sessionId, scenario } = this.deps;
    const previousTurn = this.previousPersonaText(leaderTurn);
    const reading = scoreReply(leaderTurn.text, { previousTurn, scenario: { personaIdea: scenario.ownIdea.summary } });
    repos.turns.setScore(sessionId, leaderTurn.index, reading);
    this.deps.send({ type: 'score', turnIndex: leaderTurn.index, score: reading });
    return reading;
  }

  /** Asks the judge, when there is one; any failure keeps the rubric's reading. */
  private async refine(leaderTurn: StoredTurn, reading: ReplyScore, signal: AbortSignal): Promise<ReplyScore> {
    const { repos, sessionId, scenario, engines } = this.deps;
    if (!engines.judge) return reading;
    let result: { reading: ReplyScore; changes: JudgeChange[] };
    try {
      result = await engines.judge.refine({ reply: leaderTurn.text, previousTurn: this.previousPersonaText(leaderTurn), scenario, reading }, signal);
    } catch (err) {
      if (!signal.aborted) this.deps.log.warn({ err, sessionId }, 'judge failed; keeping the rubric reading');
      return reading;
    }
    if (result.changes.length === 0) return reading;
    repos.turns.setScore(sessionId, leaderTurn.index, result.reading, result.changes);
    this.deps.send({ type: 'score', turnIndex: leaderTurn.index, score: result.reading, judgeChanges: result.changes });
    return result.reading;
  }

  private async persona(leaderTurn: StoredTurn, reading: ReplyScore, signal: AbortSignal): Promise<StoredTurn | undefined> {
    const { repos, sessionId, scenario, engines } = this.deps;
    const transcript = repos.turns.list(sessionId).filter((turn) => turn.index <= leaderTurn.index);
    const state = lastPersonaState(transcript);
    const stream = engines.persona.reply({ sessionId, scenario, transcript, reading, state }, signal);
    let text = '';
    try {
      for (;;) {
        const next = await stream.next();
        if (next.done) {
          const turn = repos.turns.append(sessionId, { speaker: 'persona', text, state: next.value });
          this.deps.send({ type: 'persona.done', turn });
          return turn;
        }
        text += next.value;
        this.deps.send({ type: 'persona.delta', text: next.value });
      }
    } catch (err) {
      // Keep what the leader already saw, marked so it is never mistaken for a complete turn.
      if (text) repos.turns.append(sessionId, { speaker: 'persona', text, state, interrupted: true });
      throw err;
    }
  }

  private async feedback(leaderTurn: StoredTurn, reading: ReplyScore, personaTurn: StoredTurn, signal: AbortSignal): Promise<void> {
    const { repos, sessionId, scenario, engines } = this.deps;
    const transcript = repos.turns.list(sessionId);
    const stateBefore = lastPersonaState(transcript.filter((turn) => turn.index < leaderTurn.index));
    const stream = engines.feedback.note(
      { scenario, transcript, turnIndex: leaderTurn.index, reading, stateBefore, stateAfter: personaTurn.state ?? stateBefore },
      signal,
    );
    let text = '';
    for await (const delta of stream) {
      text += delta;
      this.deps.send({ type: 'feedback.delta', text: delta });
    }
    repos.turns.setFeedback(sessionId, leaderTurn.index, text);
    this.deps.send({ type: 'feedback.done', turnIndex: leaderTurn.index, text });
  }

  private fail(err: unknown): void {
    if (err instanceof EngineError) {
      this.deps.log.warn({ err, sessionId: this.deps.sessionId }, 'model call failed');
      this.deps.send({
        type: 'error',
        code: 'llm_error',
        kind: err.kind,
        message: `${err.message} Your reply is saved; try again.`,
        ...(err.retryAfterMs !== undefined ? { retryAfterMs: err.retryAfterMs } : {}),
      });
      return;
    }
    this.deps.log.error({ err, sessionId: this.deps.sessionId }, 'turn loop failed');
    this.error('internal', 'Something went wrong answering your reply. It is saved; try again.');
  }

  private error(code: Extract<ServerMessage, { type: 'error' }>['code'], message: string): void {
    this.deps.send({ type: 'error', code, message });
  }
}
