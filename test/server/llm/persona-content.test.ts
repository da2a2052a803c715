import { describe, expect, it } from 'vitest';
import { playScript } from '@server/cli/persona-play';
import { SCRIPTS, scriptFor } from '@server/cli/persona-scripts';
import { carries, contentWords, PersonaContent } from '@server/llm/persona-content';
import { createOfflineEngines } from '@server/practice/offline-engines';
import { loadScenarios } from '@server/scenarios/load-scenarios';
import { loadScenario } from './fixtures';

// The rule for "a persona turn says this fact / idea": at least 40% and at least 3 of the passage's
// distinctive content words (all of them when it has 3 or fewer), scene words set aside.

describe('content words', () => {
  it('keeps words of 3+ letters that are not stopwords, lightly stemmed', () => {
    expect([...contentWords("I've been waiting nine days for IT to confirm the laptops.")]).toEqual(['wait', 'nin', 'day', 'confirm', 'laptop']);
    expect(contentWords('waited')).toEqual(contentWords('waiting'));
  });
});

describe('carries', () => {
  const fact = "I've been waiting nine days for IT to confirm the new laptop setup steps. I chased them twice.";
  // Distinctive words: wait, nine, day, confirm, new, laptop, setup, step, chas, twice -> 4 needed.

  it('counts the fact said verbatim or in other words that keep enough of it', () => {
    expect(carries(fact, fact)).toBe(true);
    expect(carries('Honestly, IT still has not confirmed the laptop setup. Nine days now.', fact)).toBe(true);
  });

  it('does not count a turn that only brushes a few of its words', () => {
    expect(carries("I'm waiting on a few things, it's been a long few days.", fact)).toBe(false);
    expect(carries('New laptop? No idea.', fact)).toBe(false);
  });

  it('sets aside the words everyone has from the scene', () => {
    const context = contentWords('Nine new laptops need a setup by the 1st.');
    expect(carries('Nine new laptops, setup, and the rest.', fact)).toBe(true);
    expect(carries('Nine new laptops, setup, and the rest.', fact, context)).toBe(false);
  });

  it('needs every word of a passage with three or fewer', () => {
    expect(carries('I could call her today.', 'call Dana today')).toBe(false);
    expect(carries("I'll call Dana today.", 'call Dana today')).toBe(true);
  });

  it('spots the idea by its own wording or its summary', async () => {
    const maya = new PersonaContent(await loadScenario('vendor-sign-off'));
    expect(maya.carriesIdea("I'd pick Chatwise, but on a three-month contract with an opt-out.")).toBe(true);
    expect(maya.carriesIdea('Chatwise was the best in the trial.')).toBe(false);
    expect(maya.carriesCommitment("I'll ask their sales rep for the three-month opt-out contract and have it signed by next Friday.")).toBe(true);
  });
});

describe('the rule on the offline simulator', () => {
  it('finds exactly the facts and the idea the simulator recorded, in every scenario and script', async () => {
    const engine = createOfflineEngines({ wordDelayMs: 0 }).persona;
    const scenarios = await loadScenarios(new URL('../../../prompts/scenarios/', import.meta.url).pathname);
    let checked = 0;
    for (const scenario of scenarios.values()) {
      const content = new PersonaContent(scenario);
      for (const script of SCRIPTS) {
        for (let run = 0; run < 3; run++) {
          const { turns } = await playScript(engine, scenario, scriptFor(script, run), `rule-${script}-${run}`);
          let before = { facts: [] as string[], idea: false };
          for (const turn of turns) {
            const newFacts = turn.state.factsRevealed.filter((id) => !before.facts.includes(id));
            const found = content.factsIn(turn.persona).map((f) => f.id).filter((id) => !before.facts.includes(id));
            expect({ scenario: scenario.id, turn: turn.persona, facts: found }).toEqual({ scenario: scenario.id, turn: turn.persona, facts: newFacts });
            if (!before.idea) expect(content.carriesIdea(turn.persona)).toBe(turn.state.ideaSurfaced);
            before = { facts: turn.state.factsRevealed, idea: turn.state.ideaSurfaced };
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(200);
  });
});
