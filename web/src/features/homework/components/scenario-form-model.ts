import type { Scenario } from '@core/scenario/schema';

// The editor works on text fields; lists of words are typed comma-separated and split on save.

export interface FactDraft {
  id: string;
  fact: string;
  topics: string;
}

export interface ScenarioDraft {
  id: string;
  title: string;
  brief: string;
  learningFocus: string;
  difficulty: Scenario['difficulty'];
  persona: Scenario['persona'];
  openingLine: string;
  hiddenFacts: FactDraft[];
  ownIdea: { summary: string; text: string; keywords: string };
  wants: string;
  ownership: { personaCommits: string; leaderTakesOver: string; ideaCommits: string };
  /** Kept as loaded: the form does not edit the simulator's extra lines. */
  lines?: Scenario['lines'];
}

const words = (text: string) => text.split(',').map((w) => w.trim()).filter(Boolean);

export const emptyDraft = (): ScenarioDraft => ({
  id: '',
  title: '',
  brief: '',
  learningFocus: '',
  difficulty: 'medium',
  persona: { name: '', role: '', personality: '', mood: '', speakingStyle: 'plain' },
  openingLine: '',
  hiddenFacts: [
    { id: '', fact: '', topics: '' },
    { id: '', fact: '', topics: '' },
  ],
  ownIdea: { summary: '', text: '', keywords: '' },
  wants: '',
  ownership: { personaCommits: '', leaderTakesOver: '', ideaCommits: '' },
});

export const toDraft = (s: Scenario): ScenarioDraft => ({
  ...s,
  hiddenFacts: s.hiddenFacts.map((f) => ({ ...f, topics: f.topics.join(', ') })),
  ownIdea: { ...s.ownIdea, keywords: s.ownIdea.keywords.join(', ') },
  ownership: { ...s.ownership, ideaCommits: s.ownership.ideaCommits ?? '' },
});

/** The draft as the server's schema wants it; the server validates, so nothing is checked here. */
export function toScenario(d: ScenarioDraft): Scenario {
  const { ideaCommits, ...ownership } = d.ownership;
  return {
    ...d,
    hiddenFacts: d.hiddenFacts.map((f) => ({ ...f, topics: words(f.topics) })),
    ownIdea: { ...d.ownIdea, keywords: words(d.ownIdea.keywords) },
    ownership: ideaCommits.trim() ? { ...ownership, ideaCommits } : ownership,
    ...(d.lines ? { lines: d.lines } : {}),
  };
}
