import type { Scenario } from '@core/scenario/schema';
import { askwellCall } from './fake-askwell-calls';
import type { FakeOpenAiServer, FakeResponse, RecordedRequest } from './fake-openai-server';

// Deterministic stand-ins for a model playing the persona, answering through the fake OpenAI
// server. They read the persona prompt the way a model would and either keep to it or break it,
// so eval:persona can be pinned on them:
//   faithful - says the one fact it was given, its idea once the prompt holds it, commits when
//              handed the decision, hands the task back on a takeover; nothing else.
//   blurting - ignores every instruction to hold back and says everything its prompt holds, each
//              turn: it leaks exactly what the prompt gives away, so a prompt that gives away too
//              much shows up as unasked reveals.
//   leaking  - knows the scenario beyond its prompt and opens with its idea on turn 1.
// The persona-state call gets `{}` or plain words, never usable JSON, so the state is always derived.

export type PersonaBehaviour = 'faithful' | 'blurting' | 'leaking';
export type StateAnswer = 'empty' | 'words';

type Message = { role: string; content: string };

/** A fact line of the persona prompt: "- [topics] fact" or "- (already shared) [topics] fact". */
const FACT_LINE = /^- (\(already shared\) )?\[[^\]]*\] (.+)$/gm;
const IDEA = /How you would put it: "([^"]+)"/;
const COMMITMENT = /commit to a concrete next step, for example: "([^"]+)"/;
const READING = /latest message came across as: (.+)$/m;

function personaReply(system: string, behaviour: PersonaBehaviour, turn: number, scenarios: Scenario[]): string {
  const facts = [...system.matchAll(FACT_LINE)].map((m) => ({ shared: Boolean(m[1]), text: m[2] }));
  const idea = system.match(IDEA)?.[1];
  const reading = system.match(READING)?.[1] ?? '';
  const ideaShared = system.includes('- Your idea: already on the table');
  if (behaviour === 'leaking' && turn === 1) {
    const scenario = scenarios.find((s) => system.startsWith(`You are ${s.persona.name}, ${s.persona.role}.`));
    return scenario ? `Honestly? ${scenario.ownIdea.text}` : 'Okay.';
  }
  if (behaviour === 'blurting') return [...facts.map((f) => f.text), idea ?? ''].filter(Boolean).join(' ') || 'Okay.';
  if (/\btakeover\b/.test(reading)) return "Okay. Thanks, it's yours then.";
  const parts: string[] = [];
  const unshared = facts.find((f) => !f.shared);
  if (unshared) parts.push(unshared.text);
  else if (idea && !ideaShared) parts.push(idea);
  if (reading.includes('the decision is yours')) parts.push(system.match(COMMITMENT)?.[1] ?? 'I will take it from here.');
  return parts.join(' ') || 'Okay.';
}

/** Answers every persona call by `behaviour` and every persona-state call unusably; other calls are not expected. */
export function playPersona(
  fake: FakeOpenAiServer,
  behaviour: PersonaBehaviour,
  scenarios: Scenario[],
  stateAnswer: StateAnswer = 'empty',
): void {
  fake.fallback((req: RecordedRequest): FakeResponse => {
    const call = askwellCall(req);
    if (call === 'persona_state') {
      return stateAnswer === 'empty' ? { kind: 'json', value: {} } : { kind: 'text', tokens: ['The persona answered the manager.'] };
    }
    if (call !== 'persona') return { kind: 'status', status: 400, headers: { 'x-should-retry': 'false' } };
    const messages = req.body.messages as Message[];
    const turn = messages.filter((m) => m.role === 'user').length;
    const text = personaReply(messages[0].content, behaviour, turn, scenarios);
    return { kind: 'text', tokens: text.split(/(?<= )/) };
  });
}
