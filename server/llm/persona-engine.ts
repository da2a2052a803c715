import type { PersonaState } from '@core/simulator/types';
import type { PersonaEngine, PersonaTurnInput } from '../practice/engines';
import type { ChatModel } from './chat-model';
import { gatePersona } from './persona-gate';
import { latestLeaderText, personaMessages, type PersonaPrompt } from './persona-prompt';
import type { PersonaStateTracker } from './persona-state';

/** The persona played by the model: reply streamed first, then the state it implies. */
export class LlmPersonaEngine implements PersonaEngine {
  constructor(
    private readonly model: ChatModel,
    private readonly prompt: PersonaPrompt,
    private readonly tracker: PersonaStateTracker,
  ) {}

  async *reply(input: PersonaTurnInput, signal: AbortSignal): AsyncGenerator<string, PersonaState> {
    const { scenario, state, reading, transcript } = input;
    const leaderText = latestLeaderText(transcript);
    // One decision on what the persona may know, shared by its prompt and the state derived after it.
    const gate = gatePersona(scenario, state, reading, leaderText);
    let text = '';
    for await (const delta of this.model.stream(personaMessages(this.prompt, input, gate), { signal })) {
      text += delta;
      yield delta;
    }
    return this.tracker.next({ scenario, state, reading, leaderText, personaText: text, gate }, signal);
  }
}
