import { scoreReply } from '@core/rubric/score-reply';
import type { ReplyScore } from '@core/rubric/types';
import type { Scenario } from '@core/scenario/schema';
import { initialPersonaState, type PersonaState } from '@core/simulator/types';
import type { TranscriptTurn } from '@core/transcript/types';
import { EngineError, type PersonaEngine } from '../practice/engines';

// One scripted conversation against a persona engine, read by the rubric exactly as the turn loop
// reads a reply (previous persona turn as context, the idea counted as the persona's once surfaced).

export interface PlayedTurn {
  leader: string;
  reading: ReplyScore;
  persona: string;
  /** The persona state after this turn. */
  state: PersonaState;
}

export interface PlayedRun {
  turns: PlayedTurn[];
  /** A model failure ends the run; the turns before it still count. */
  error?: EngineError;
}

export async function playScript(engine: PersonaEngine, scenario: Scenario, replies: string[], sessionId: string): Promise<PlayedRun> {
  const transcript: TranscriptTurn[] = [{ index: 0, speaker: 'persona', text: scenario.openingLine }];
  const turns: PlayedTurn[] = [];
  let state = initialPersonaState();
  for (const leader of replies) {
    const reading = scoreReply(leader, {
      previousTurn: transcript[transcript.length - 1].text,
      scenario: { personaIdea: state.ideaSurfaced ? scenario.ownIdea.summary : undefined },
    });
    transcript.push({ index: transcript.length, speaker: 'leader', text: leader, score: reading });
    let persona = '';
    try {
      const stream = engine.reply({ sessionId, scenario, transcript: [...transcript], reading, state }, new AbortController().signal);
      for (let next = await stream.next(); ; next = await stream.next()) {
        if (next.done) {
          state = next.value;
          break;
        }
        persona += next.value;
      }
    } catch (err) {
      if (err instanceof EngineError) return { turns, error: err };
      throw err;
    }
    transcript.push({ index: transcript.length, speaker: 'persona', text: persona, state });
    turns.push({ leader, reading, persona, state });
  }
  return { turns };
}
