import type { PersonaState } from '../../core/simulator/types';
import type { PersonaEngine, PersonaTurnInput } from '../practice/engines';
import type { ChatModel } from './chat-model';
import { personaMessages, type PersonaPrompt } from './persona-prompt';
import type { PersonaStateTracker } from './persona-state';

/** The persona played by the model: reply streamed first, then the state it implies. */
export class LlmPersonaEngine implements PersonaEngine {
  constructor(
    private readonly model: ChatModel,
    private readonly prompt: PersonaPrompt,
    private readonly tracker: PersonaStateTracker,
  ) {}

  async *reply(input: PersonaTurnInput, signal: AbortSignal): AsyncGenerator<string, PersonaState> {
    let text = '';
    for await (const delta of this.model.stream(personaMessages(this.prompt, input), { signal })) {
      text += delta;
      yield delta;
    }
    const leaderTurn = input.transcript.findLast((turn) => turn.speaker === 'leader');
    return this.tracker.next(
      { scenario: input.scenario, state: input.state, reading: input.reading, leaderText: leaderTurn?.text ?? '', personaText: text },
      signal,
    );
  }
}
