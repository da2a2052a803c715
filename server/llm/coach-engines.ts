import type { DebriefEngine, DebriefInput, FeedbackEngine, FeedbackInput } from '../practice/engines';
import type { ChatModel } from './chat-model';
import { debriefMessages, type DebriefPrompt } from './debrief-prompt';
import { feedbackMessages, type FeedbackPrompt } from './feedback-prompt';

// Coaching text worded by the model from the rubric's figures; the figures themselves never come from it.

export class LlmFeedbackEngine implements FeedbackEngine {
  constructor(
    private readonly model: ChatModel,
    private readonly prompt: FeedbackPrompt,
  ) {}

  note(input: FeedbackInput, signal: AbortSignal): AsyncGenerator<string, void> {
    return this.model.stream(feedbackMessages(this.prompt, input), { signal });
  }
}

export class LlmDebriefEngine implements DebriefEngine {
  constructor(
    private readonly model: ChatModel,
    private readonly prompt: DebriefPrompt,
  ) {}

  debrief(input: DebriefInput, signal: AbortSignal): AsyncGenerator<string, void> {
    return this.model.stream(debriefMessages(this.prompt, input), { signal });
  }
}
