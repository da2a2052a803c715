import { setTimeout as sleep } from 'node:timers/promises';
import { offlineDebrief } from '@core/feedback/debrief';
import { offlineTurnNote } from '@core/feedback/turn-note';
import { simulateReply } from '@core/simulator/simulate';
import { splitIntoWordDeltas } from '@core/simulator/words';
import { EngineError, type Engines } from './engines';
import { noteStates } from './note-states';

/**
 * Streams text word by word, pausing between words so the offline persona feels typed. The text is
 * ready at once, so the first word goes out without a pause.
 */
async function* streamWords(text: string, delayMs: number, signal: AbortSignal): AsyncGenerator<string, void> {
  const cancelled = () => new EngineError('aborted', 'The request was cancelled.');
  let pause = false;
  for (const word of splitIntoWordDeltas(text)) {
    if (signal.aborted) throw cancelled();
    // An abort during the pause ends the stream there, not one word later.
    if (pause && delayMs > 0)
      await sleep(delayMs, undefined, { signal }).catch(() => {
        throw cancelled();
      });
    pause = true;
    yield word;
  }
}

/** The embedded default: deterministic simulator persona and rubric-built notes, no network. */
export function createOfflineEngines(options: { wordDelayMs: number }): Engines {
  const { wordDelayMs } = options;
  return {
    mode: 'offline',
    persona: {
      async *reply(input, signal) {
        const leaderTurn = input.transcript[input.transcript.length - 1];
        const result = simulateReply({
          scenario: input.scenario,
          state: input.state,
          reading: input.reading,
          replyText: leaderTurn?.text ?? '',
          sessionId: input.sessionId,
        });
        yield* streamWords(result.text, wordDelayMs, signal);
        return result.state;
      },
    },
    feedback: {
      async *note(input, signal) {
        const note = offlineTurnNote({ ...input, ...noteStates(input.stateBefore, input.stateAfter) });
        yield* streamWords(note, wordDelayMs, signal);
      },
    },
    debrief: {
      async *debrief(input) {
        yield offlineDebrief(input);
      },
    },
  };
}
