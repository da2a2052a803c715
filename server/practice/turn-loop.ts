import type { FastifyBaseLogger } from 'fastify';
import { scoreReply } from '@core/rubric/score-reply';
import type { ReplyScore } from '@core/rubric/types';
import { offlineTurnNote } from '@core/feedback/turn-note';
import type { Scenario } from '@core/scenario/schema';
import { initialPersonaState, type PersonaState } from '@core/simulator/types';
import type { StoredTurn } from '../db/turns-repo';
import type { Repos } from '../plugins/db';
import type { InFlightTurns } from '../plugins/practice';
import { EngineError, type Engines, type JudgeChange } from './engines';
import type { ClientMessage, ServerMessage } from './messages';
import { noteStates } from './note-states';
import { publicTurn } from './session-view';

export interface TurnLoopDeps {
  sessionId: string;
  scenario: Scenario;
  repos: Repos;
  engines: Engines;
  inFlightTurns: InFlightTurns;
  log: FastifyBaseLogger;
  /** To every socket on the session: the turns as they happen, and failures that leave a turn unfinished. */
  send: (message: ServerMessage) => void;
  /** To the socket that asked only: refusals (busy, nothing to edit...) that change nothing. */
  reply?: (message: ServerMessage) => void;
  /** True while this node drains: no new turn starts here. */
  draining?: () => boolean;
}

/** The abort reason of a turn the leader stopped on purpose (its partial reply is kept, marked stopped). */
export const STOPPED = 'stopped';

const lastPersonaState = (turns: StoredTurn[]): PersonaState =>
  turns.findLast((turn) => turn.speaker === 'persona' && turn.state)?.state ?? initialPersonaState();

/** The persona turn the leader was answering (context for telling a reflection from new information). */
const previousPersonaText = (transcript: StoredTurn[]): string | undefined =>
  transcript.findLast((turn) => turn.speaker === 'persona')?.text;

/**
 * One leader reply, end to end: persist -> score -> stream persona -> stream feedback.
 * The leader turn is stored before anything streams back, so every later failure leaves a
 * transcript that `retry` can complete.
 */
export class TurnLoop {
  constructor(private readonly deps: TurnLoopDeps) {}

  /**
   * `authorized` is the check that the sender may still write (its auth session is live), already
   * under way: it runs beside the claim so a reply waits one round trip, not two, and nothing is
   * stored or streamed until it has passed.
   */
  async handle(message: ClientMessage, authorized: Promise<boolean> = Promise.resolve(true)): Promise<void> {
    const { inFlightTurns, sessionId } = this.deps;
    if (message.type === 'stop') {
      if (!(await authorized)) return;
      if (!(await inFlightTurns.stop(sessionId))) this.error('nothing_to_stop', 'Nothing is being answered right now.');
      return;
    }
    if (this.deps.draining?.()) {
      this.error('draining', 'This server is restarting; reconnect to continue (your transcript is saved).');
      return;
    }
    // A reply reads its session and transcript beside taking the claim (on PostgreSQL one round trip
    // instead of two before it is stored); `reply` checks what it read once the claim is held.
    const earlyRead = message.type === 'reply' ? this.readSession() : undefined;
    earlyRead?.catch(() => {}); // awaited by `reply`; only a refused claim leaves it unread
    const [controller, allowed] = await Promise.all([inFlightTurns.start(sessionId), authorized]);
    if (!allowed) {
      if (controller) await inFlightTurns.finish(sessionId, controller);
      return;
    }
    if (!controller) {
      if (await inFlightTurns.isEnding(sessionId)) this.error('session_ended', 'This session is ending; start a new one to keep practising.');
      else this.error('busy', 'Still answering your last reply; wait for it to finish.');
      return;
    }
    try {
      if (message.type === 'reply') await this.reply(message.text, controller.signal, earlyRead ?? this.readSession());
      else if (message.type === 'edit') await this.edit(message.text, controller.signal);
      else if (message.type === 'regenerate') await this.regenerate(controller.signal);
      else await this.retry(controller.signal);
    } catch (err) {
      if (controller.signal.reason === STOPPED) this.deps.send({ type: 'stopped' });
      else if (controller.signal.aborted) this.deps.log.debug({ sessionId: this.deps.sessionId }, 'turn aborted');
      else this.fail(err);
    } finally {
      await inFlightTurns.finish(sessionId, controller);
    }
  }

  private async isOpen(): Promise<boolean> {
    const { repos, sessionId } = this.deps;
    return this.refuseUnlessOpen(await repos.practiceSessions.findById(sessionId));
  }

  private refuseUnlessOpen(session: { status: string } | undefined): boolean {
    if (session?.status === 'open') return true;
    this.error('session_ended', 'This session has ended; start a new one to keep practising.');
    return false;
  }

  /** The session and its transcript, read together (on PostgreSQL, one round trip). */
  private readSession(): Promise<[{ status: string } | undefined, StoredTurn[]]> {
    const { repos, sessionId } = this.deps;
    return Promise.all([repos.practiceSessions.findById(sessionId), repos.turns.list(sessionId)]);
  }

  /**
   * `read` may have run before the claim was taken, so it can predate the final writes of the turn
   * before (on another node): a refusal, or a store declined because the transcript moved on, is
   * decided again on a fresh read under the claim.
   */
  private async reply(text: string, signal: AbortSignal, read: ReturnType<TurnLoop['readSession']>): Promise<void> {
    let [session, earlier] = await read;
    for (let fresh = false; ; fresh = true) {
      // A transcript alternates: an unanswered leader turn (its socket closed before the persona
      // spoke) is retried before a new reply is taken.
      const acceptable = session?.status === 'open' && earlier.at(-1)?.speaker !== 'leader';
      if (acceptable && (await this.take(text, earlier, signal))) return;
      if (!acceptable && fresh) {
        if (this.refuseUnlessOpen(session)) this.error('unanswered', 'Your previous reply has no answer yet; retry it first.');
        return;
      }
      if (fresh) throw new Error('the transcript changed while this node held the turn claim');
      [session, earlier] = await this.readSession();
    }
  }

  /**
   * Stores, scores and answers a reply to the transcript `earlier`; false, with nothing stored, when
   * the transcript no longer ends where `earlier` does or the session has closed.
   */
  private async take(text: string, earlier: StoredTurn[], signal: AbortSignal): Promise<boolean> {
    const { repos, sessionId } = this.deps;
    // The rubric is pure and fast, so the turn is stored with its reading in one write; a bug in the
    // rubric must still not lose the reply, so then the turn is stored unscored and scored on retry.
    let reading: ReplyScore | undefined;
    try {
      reading = this.read(text, earlier);
    } catch (err) {
      this.deps.log.error({ err, sessionId }, 'rubric failed on a reply');
    }
    const leaderTurn = await repos.turns.appendReply(sessionId, (earlier.at(-1)?.index ?? -1) + 1, { speaker: 'leader', text, score: reading });
    if (!leaderTurn) return false;
    this.deps.send({ type: 'turn.saved', turn: publicTurn(leaderTurn) });
    if (reading) this.deps.send({ type: 'score', turnIndex: leaderTurn.index, score: reading });
    await this.answer([...earlier, leaderTurn], signal, true);
    return true;
  }

  /**
   * Regenerates, once, what a reconnect finds cut off: a persona reply interrupted by a dropped
   * connection (not one the leader stopped), or a fresh branch's fork turn still waiting for its answer.
   */
  async resume(forkTurnIndex: number | null, stillConnected: () => boolean): Promise<void> {
    const { inFlightTurns, repos, sessionId } = this.deps;
    // A socket that closed at once (or a server closing) reads nothing.
    if (!stillConnected()) return;
    const awaitsAnswer = async () => {
      const last = (await repos.turns.list(sessionId)).at(-1);
      const cutOff = last?.speaker === 'persona' && last.interrupted && !last.stopped;
      const forkAwaitingAnswer = last?.speaker === 'leader' && last.index === forkTurnIndex;
      return cutOff || forkAwaitingAnswer;
    };
    // Most sockets open on a transcript with nothing to answer: one read settles it, unless a turn
    // here is being cut off (it is about to store its partial reply).
    if (!inFlightTurns.runsHere(sessionId) && !(await awaitsAnswer())) return;
    // A live turn (on any node) reaches this socket through the fan-out; one being cut off by a closed socket is let finish storing first.
    if (await inFlightTurns.isLive(sessionId)) return;
    await inFlightTurns.settled(sessionId);
    // A socket that has gone meanwhile (its own turn cut off by its close) leaves the next one to resume.
    if (!stillConnected() || (await repos.practiceSessions.findById(sessionId))?.status !== 'open') return;
    if (await awaitsAnswer()) await this.handle({ type: 'retry' });
  }

  /** Edit-and-resend: the latest leader turn and the answer to it go to history; `text` takes its place. */
  private async edit(text: string, signal: AbortSignal): Promise<void> {
    const { repos, sessionId } = this.deps;
    if (!(await this.isOpen())) return;
    const turns = await repos.turns.list(sessionId);
    const latest = turns.findLast((turn) => turn.speaker === 'leader');
    if (!latest) {
      this.error('nothing_to_edit', 'There is no reply of yours to edit yet.');
      return;
    }
    await repos.turns.replaceFrom(sessionId, latest.index, 'edited');
    this.deps.send({ type: 'turns.removed', fromIndex: latest.index });
    // What replaceFrom left, without reading the session and its transcript again.
    if (!(await this.take(text, turns.filter((turn) => turn.index < latest.index), signal)))
      throw new Error('the transcript changed while this node held the turn claim');
  }

  /** A new answer to the latest leader turn; the old answer goes to history. */
  private async regenerate(signal: AbortSignal): Promise<void> {
    const { repos, sessionId } = this.deps;
    if (!(await this.isOpen())) return;
    const turns = await repos.turns.list(sessionId);
    const leaderTurn = turns.findLast((turn) => turn.speaker === 'leader');
    if (!leaderTurn) {
      this.error('nothing_to_regenerate', 'There is no reply of yours to answer yet.');
      return;
    }
    const upToLeader = turns.filter((turn) => turn.index <= leaderTurn.index);
    if (turns.length > upToLeader.length) {
      await repos.turns.replaceFrom(sessionId, leaderTurn.index + 1, 'regenerated');
      this.deps.send({ type: 'turns.removed', fromIndex: leaderTurn.index + 1 });
    }
    await this.answer(upToLeader, signal, !leaderTurn.score);
  }

  private async retry(signal: AbortSignal): Promise<void> {
    const { repos, sessionId } = this.deps;
    if (!(await this.isOpen())) return;
    const turns = await repos.turns.list(sessionId);
    const leaderTurn = turns.findLast((turn) => turn.speaker === 'leader');
    const upToLeader = leaderTurn ? turns.filter((turn) => turn.index <= leaderTurn.index) : [];
    const after = leaderTurn ? turns.filter((turn) => turn.index > leaderTurn.index) : [];
    const answered = after.find((turn) => !turn.interrupted);
    if (leaderTurn?.score && answered && leaderTurn.feedback === undefined && (await this.feedbackEnabled())) {
      await this.feedback(upToLeader, leaderTurn.score, answered, signal);
      return;
    }
    if (!leaderTurn || answered) {
      this.error('nothing_to_retry', 'The last reply has already been answered.');
      return;
    }
    for (const turn of after) await repos.turns.deleteTurn(sessionId, turn.index);
    if (after.length > 0) this.deps.send({ type: 'turns.removed', fromIndex: leaderTurn.index + 1 });
    await this.answer(upToLeader, signal, !leaderTurn.score);
  }

  /** `transcript` ends with the leader turn being answered; the judge is asked on a fresh reading only. */
  private async answer(transcript: StoredTurn[], signal: AbortSignal, askJudge: boolean): Promise<void> {
    const leaderTurn = transcript[transcript.length - 1];
    const reading = leaderTurn.score ?? (await this.score(transcript));
    // The judge only refines the rubric's reading, so the persona does not wait for it. The judge's
    // request goes out once the persona has started answering, keeping the first token's path clear;
    // its refined score follows as a second `score` message.
    let releaseJudge!: () => void;
    const judgeMayStart = new Promise<void>((resolve) => (releaseJudge = resolve));
    const refined = askJudge ? judgeMayStart.then(() => this.refine(transcript, reading, signal)) : Promise.resolve(reading);
    // `refine` never rejects; waiting for it even when the persona fails keeps the turn's writes in this turn.
    const personaTurn = await this.persona(transcript, reading, signal, releaseJudge).finally(() => {
      releaseJudge();
      return refined;
    });
    const finalReading = await refined;
    if (!personaTurn) return;
    if (await this.feedbackEnabled()) await this.feedback(transcript, finalReading, personaTurn, signal);
    else await this.holdNoteForDebrief(transcript, finalReading, personaTurn);
  }

  private async feedbackEnabled(): Promise<boolean> {
    return (await this.deps.repos.practiceSessions.findById(this.deps.sessionId))?.feedbackEnabled ?? false;
  }

  /** With per-turn feedback off the rubric-built note is stored silently and shown with the debrief. */
  private async holdNoteForDebrief(transcript: StoredTurn[], reading: ReplyScore, personaTurn: StoredTurn): Promise<void> {
    const { repos, sessionId, scenario } = this.deps;
    const stateBefore = lastPersonaState(transcript);
    const note = offlineTurnNote({ ...noteStates(stateBefore, personaTurn.state ?? stateBefore), reading, scenario });
    await repos.turns.setFeedback(sessionId, transcript[transcript.length - 1].index, note);
  }

  /** The deterministic rubric reading of a reply to the persona's last turn in `earlier`. */
  private read(text: string, earlier: StoredTurn[]): ReplyScore {
    // Once the persona has put its idea on the table, a question building on it is not leading.
    const personaIdea = lastPersonaState(earlier).ideaSurfaced ? this.deps.scenario.ownIdea.summary : undefined;
    return scoreReply(text, { previousTurn: previousPersonaText(earlier), scenario: { personaIdea } });
  }

  /** Scores a stored leader turn that has no reading yet (the rubric failed when it arrived). */
  private async score(transcript: StoredTurn[]): Promise<ReplyScore> {
    const { repos, sessionId } = this.deps;
    const leaderTurn = transcript[transcript.length - 1];
    const reading = this.read(leaderTurn.text, transcript.slice(0, -1));
    await repos.turns.setScore(sessionId, leaderTurn.index, reading);
    this.deps.send({ type: 'score', turnIndex: leaderTurn.index, score: reading });
    return reading;
  }

  /** Asks the judge, when there is one; any failure keeps the rubric's reading. */
  private async refine(transcript: StoredTurn[], reading: ReplyScore, signal: AbortSignal): Promise<ReplyScore> {
    const { repos, sessionId, scenario, engines } = this.deps;
    if (!engines.judge || signal.aborted) return reading;
    const leaderTurn = transcript[transcript.length - 1];
    let result: { reading: ReplyScore; changes: JudgeChange[] };
    try {
      result = await engines.judge.refine({ reply: leaderTurn.text, previousTurn: previousPersonaText(transcript), scenario, reading }, signal);
    } catch (err) {
      if (!signal.aborted) this.deps.log.warn({ err, sessionId }, 'judge failed; keeping the rubric reading');
      return reading;
    }
    if (result.changes.length === 0) return reading;
    await repos.turns.setScore(sessionId, leaderTurn.index, result.reading, result.changes);
    this.deps.send({ type: 'score', turnIndex: leaderTurn.index, score: result.reading, judgeChanges: result.changes });
    return result.reading;
  }

  private async persona(
    transcript: StoredTurn[],
    reading: ReplyScore,
    signal: AbortSignal,
    onFirstDelta: () => void,
  ): Promise<StoredTurn | undefined> {
    const { repos, sessionId, scenario, engines } = this.deps;
    const state = lastPersonaState(transcript);
    const stream = engines.persona.reply({ sessionId, scenario, transcript, reading, state }, signal);
    let text = '';
    try {
      for (;;) {
        const next = await stream.next();
        if (next.done) {
          const turn = await repos.turns.append(sessionId, { speaker: 'persona', text, state: next.value });
          this.deps.send({ type: 'persona.done', turn: publicTurn(turn) });
          return turn;
        }
        text += next.value;
        this.deps.send({ type: 'persona.delta', text: next.value });
        onFirstDelta();
      }
    } catch (err) {
      // Keep what the leader already saw, marked so it is never mistaken for a complete turn.
      const stopped = signal.reason === STOPPED;
      if (text) {
        const turn = await repos.turns.append(sessionId, { speaker: 'persona', text, state, interrupted: true, stopped });
        // Every socket shows the stopped reply as it stands.
        if (stopped) this.deps.send({ type: 'persona.done', turn: publicTurn(turn) });
      }
      throw err;
    }
  }

  private async feedback(transcript: StoredTurn[], reading: ReplyScore, personaTurn: StoredTurn, signal: AbortSignal): Promise<void> {
    const { repos, sessionId, scenario, engines } = this.deps;
    const leaderTurn = transcript[transcript.length - 1];
    const stateBefore = lastPersonaState(transcript);
    const stream = engines.feedback.note(
      {
        scenario,
        transcript: [...transcript, personaTurn],
        turnIndex: leaderTurn.index,
        reading,
        stateBefore,
        stateAfter: personaTurn.state ?? stateBefore,
      },
      signal,
    );
    let text = '';
    for await (const delta of stream) {
      text += delta;
      this.deps.send({ type: 'feedback.delta', text: delta });
    }
    await repos.turns.setFeedback(sessionId, leaderTurn.index, text);
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
    (this.deps.reply ?? this.deps.send)({ type: 'error', code, message });
  }
}
