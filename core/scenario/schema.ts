import { Type, type Static } from 'typebox';

// The scenario file format (prompts/scenarios/*.yaml). One schema, shared by the loader,
// the simulator, the LLM persona prompt and the web app.

const NonEmpty = (description: string) => Type.String({ minLength: 1, description });
const Id = Type.String({ pattern: '^[a-z0-9][a-z0-9-]*$', minLength: 2, maxLength: 64 });

export const HiddenFactSchema = Type.Object(
  {
    id: Id,
    fact: NonEmpty('what the persona knows, in its own words when revealed'),
    topics: Type.Array(Type.String({ minLength: 2 }), {
      minItems: 1,
      description: 'words or short phrases a good question must touch to reveal the fact',
    }),
  },
  { additionalProperties: false },
);

export const PersonaSchema = Type.Object(
  {
    name: NonEmpty('first name the leader uses'),
    role: NonEmpty('job title and relation to the leader'),
    personality: NonEmpty('temperament in a sentence'),
    mood: NonEmpty('emotional state and its reason'),
    speakingStyle: Type.Union(
      [
        Type.Literal('plain'),
        Type.Literal('reserved'),
        Type.Literal('verbose'),
        Type.Literal('upset'),
        Type.Literal('people-pleasing'),
        Type.Literal('defensive'),
      ],
      { description: 'conversation style the persona plays' },
    ),
  },
  { additionalProperties: false },
);

export const OwnIdeaSchema = Type.Object(
  {
    summary: NonEmpty('the idea in a few words, used to spot when the leader proposes it'),
    text: NonEmpty('how the persona says it when asked for its view'),
    keywords: Type.Array(Type.String({ minLength: 2 }), {
      minItems: 1,
      description: 'words that show the leader has proposed this idea themselves',
    }),
  },
  { additionalProperties: false },
);

export const OwnershipSchema = Type.Object(
  {
    personaCommits: NonEmpty('what the persona committing to the next step sounds like (an action and a time)'),
    leaderTakesOver: NonEmpty('what the leader taking the problem back looks like'),
    ideaCommits: Type.Optional(
      NonEmpty('the commitment (an action and a time) when the persona goes ahead with its own idea'),
    ),
  },
  { additionalProperties: false },
);

const Lines = (description: string) =>
  Type.Optional(Type.Array(Type.String({ minLength: 1 }), { minItems: 1, description }));

/** Optional extra wording for the offline simulator; generic lines stand in for any list left out. */
export const LinesSchema = Type.Object(
  {
    general: Lines('answers to open questions that touch no hidden fact: talks around the problem'),
    feelings: Lines('what the persona says about how it feels when a reflection lands'),
    relief: Lines('what the persona says when the leader takes the problem over'),
    tangents: Lines('asides a verbose persona drifts into'),
  },
  { additionalProperties: false },
);

export const ScenarioSchema = Type.Object(
  {
    id: Id,
    title: NonEmpty('short title'),
    brief: NonEmpty('what the leader reads before starting: who, what happened, no hints'),
    learningFocus: NonEmpty('the one skill this scenario practises'),
    difficulty: Type.Union([Type.Literal('easy'), Type.Literal('medium'), Type.Literal('hard')]),
    persona: PersonaSchema,
    openingLine: NonEmpty('the persona’s first turn'),
    hiddenFacts: Type.Array(HiddenFactSchema, { minItems: 2, maxItems: 6 }),
    ownIdea: OwnIdeaSchema,
    wants: NonEmpty('what the persona wants from the conversation'),
    ownership: OwnershipSchema,
    lines: Type.Optional(LinesSchema),
  },
  { additionalProperties: false },
);

export type Scenario = Static<typeof ScenarioSchema>;
export type HiddenFact = Static<typeof HiddenFactSchema>;
export type Persona = Static<typeof PersonaSchema>;
export type SpeakingStyle = Persona['speakingStyle'];
export type ScenarioLines = Static<typeof LinesSchema>;

/** What a leader may see before and during practice: never the hidden facts or the persona's idea. */
export const ScenarioBriefSchema = Type.Object({
  id: Type.String(),
  title: Type.String(),
  brief: Type.String(),
  learningFocus: Type.String(),
  difficulty: ScenarioSchema.properties.difficulty,
  persona: Type.Object({ name: Type.String(), role: Type.String() }),
});
export type ScenarioBrief = Static<typeof ScenarioBriefSchema>;

export const toBrief = (s: Scenario): ScenarioBrief => ({
  id: s.id,
  title: s.title,
  brief: s.brief,
  learningFocus: s.learningFocus,
  difficulty: s.difficulty,
  persona: { name: s.persona.name, role: s.persona.role },
});
