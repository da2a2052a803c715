import type { HiddenFact, Scenario } from '@core/scenario/schema';

// When does a persona turn say a hidden fact or the persona's idea? A model puts things in its own
// words, so exact quotes are useless; a turn "carries" a passage when it holds enough of the
// passage's content words. The rule (used by the derived persona state and by eval:persona):
//   content words = words of 3+ letters, lower-cased, not stopwords, reduced by a light stemmer
//                   ("waiting" ~ "waited" ~ "wait"), minus the words of the scene everyone already
//                   has (the brief and the opening line), which say nothing new;
//   carried       = the turn holds at least 40% of them and at least 3 (all of them when the
//                   passage has 3 or fewer).

const STOPWORDS = new Set(
  `about above after again against all also and any are aren't because been before being below between both but can
  can't could couldn't did didn't does doesn't doing don't down during each even ever every few for from further had
  hadn't has hasn't have haven't having her here hers herself him himself his how i'd i'll i'm i've into isn't it's its
  itself just let's like many may might more most much must mustn't myself near need not now off once one only other
  ought our ours ourselves out over own quite rather really said same say says shall she she'd she'll she's should
  shouldn't since some still such than that that's the their theirs them themselves then there there's these they
  they'd they'll they're they've thing things this those though through too under until upon very was wasn't we'd
  we'll we're we've well were weren't what what's when where which while who whom whose why will with won't would
  wouldn't yes yet you you'd you'll you're you've your yours yourself actually okay yeah got get gets going went`.split(/\s+/),
);

/** Light suffix stripping so inflections meet; never shorter than three letters. */
const stem = (word: string): string => {
  for (const suffix of ['ing', 'ed', 'es', 's', 'e']) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) return word.slice(0, -suffix.length);
  }
  return word;
};

/** The stemmed content words of a text. */
export function contentWords(text: string): Set<string> {
  const words = text.toLowerCase().replace(/[’‘]/g, "'").match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? [];
  return new Set(words.filter((w) => w.length >= 3 && !STOPWORDS.has(w)).map(stem));
}

/** Share of a passage's content words a turn must hold, and the least count that still means something. */
const SHARE = 0.4;
const AT_LEAST = 3;

/** The content words that identify `passage` once `context` (what the conversation already has) is set aside. */
function distinctiveWords(passage: string, context: ReadonlySet<string> = new Set()): Set<string> {
  return new Set([...contentWords(passage)].filter((w) => !context.has(w)));
}

/** True when `turn` holds enough of `passage`'s distinctive content words to count as saying it. */
export function carries(turn: string, passage: string, context: ReadonlySet<string> = new Set()): boolean {
  const wanted = distinctiveWords(passage, context);
  if (wanted.size === 0) return false;
  const said = contentWords(turn);
  const hits = [...wanted].filter((w) => said.has(w)).length;
  const needed = wanted.size <= AT_LEAST ? wanted.size : Math.max(AT_LEAST, Math.ceil(SHARE * wanted.size));
  return hits >= needed;
}

/** What a scenario's conversation has from the start: brief and opening line. */
const sceneWords = (scenario: Scenario): Set<string> => contentWords(`${scenario.brief} ${scenario.openingLine}`);

/** Reads persona turns of one scenario for its facts, idea and commitment. */
export class PersonaContent {
  private readonly context: Set<string>;

  constructor(private readonly scenario: Scenario) {
    this.context = sceneWords(scenario);
  }

  carriesFact(turn: string, fact: HiddenFact): boolean {
    return carries(turn, fact.fact, this.context);
  }

  /** The facts a turn carries, in scenario order. */
  factsIn(turn: string): HiddenFact[] {
    return this.scenario.hiddenFacts.filter((fact) => this.carriesFact(turn, fact));
  }

  /** The idea in the persona's words or in its summary. */
  carriesIdea(turn: string): boolean {
    const { text, summary } = this.scenario.ownIdea;
    return carries(turn, text, this.context) || carries(turn, summary, this.context);
  }

  /** The persona committing to the next step itself: its usual commitment, or the one to its own idea. */
  carriesCommitment(turn: string): boolean {
    const { personaCommits, ideaCommits } = this.scenario.ownership;
    return carries(turn, personaCommits, this.context) || (ideaCommits !== undefined && carries(turn, ideaCommits, this.context));
  }
}
