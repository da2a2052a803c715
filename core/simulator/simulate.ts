import type { ReplyScore } from '../rubric/types';
import type { Scenario, ScenarioLines, SpeakingStyle } from '../scenario/schema';
import * as P from './phrases';
import { createRng, turnSeed, type Rng } from './random';
import { react, type Reaction, type ReactionKind } from './react';
import type { PersonaState } from './types';

export type { ReactionKind } from './react';

export interface SimulateInput {
  scenario: Scenario;
  state: PersonaState;
  reading: ReplyScore;
  replyText: string;
  sessionId: string;
}

export interface SimulateResult {
  text: string;
  state: PersonaState;
  revealedFactId?: string;
  reaction: ReactionKind;
}

/** Verbose personas drift off topic after these reactions. */
const TANGENT_AFTER = new Set<ReactionKind>(['reveal', 'general', 'idea', 'open_up', 'short_answer', 'comply']);
/** Upset and defensive personas settle once fully engaged. */
const SETTLED_AT = 0.8;

/**
 * The offline persona's answer to one leader reply. Pure and deterministic: what happens comes
 * from the rubric's reading and the scenario; the wording varies with hash(sessionId) + turn.
 * The reply text itself is never obeyed, only read through the rubric.
 */
export function simulateReply(input: SimulateInput): SimulateResult {
  const { scenario, state, reading, sessionId } = input;
  const reaction = react(scenario, state, reading);
  const seed = turnSeed(sessionId, reaction.state.leaderTurns);
  const text = render(scenario, reaction, createRng(seed), seed);
  return { text, state: reaction.state, revealedFactId: reaction.fact?.id, reaction: reaction.kind };
}

function styleOf(scenario: Scenario, engagement: number): SpeakingStyle {
  const style = scenario.persona.speakingStyle;
  return (style === 'upset' || style === 'defensive') && engagement >= SETTLED_AT ? 'plain' : style;
}

// Lead-ins and tangents are drawn from the seeded PRNG. The main line of a reaction rotates with
// the seed instead (hash(sessionId) + turn, modulo the choices), so the same reaction on
// consecutive turns, e.g. compliance with two tells in a row, never repeats word for word.
function render(scenario: Scenario, reaction: Reaction, rng: Rng, seed: number): string {
  const style = styleOf(scenario, reaction.state.engagement);
  const say = (bank: P.Bank) => rng.pick(P.bankFor(bank, style));
  const rotate = (items: readonly string[]) => items[seed % items.length];
  const line = (bank: P.Bank) => rotate(P.bankFor(bank, style));
  const own = (key: keyof ScenarioLines, bank: P.Bank) => rotate(scenario.lines?.[key] ?? P.bankFor(bank, style));
  const { ownIdea, ownership } = scenario;
  const ideaCommit = () => ownership.ideaCommits ?? `${rng.pick(P.IDEA_COMMIT_BRIDGE)} ${ownership.personaCommits}`;

  let parts: string[];
  switch (reaction.kind) {
    case 'reveal':
      parts = [say(P.REVEAL_LEAD), reaction.fact!.fact];
      break;
    case 'open_up':
      if (!reaction.fact) parts = [own('feelings', P.FEELINGS)];
      else if (reaction.volunteered) parts = [say(P.REFLECTED_LEAD), say(P.VOLUNTEER_LEAD), reaction.fact.fact];
      else parts = [say(P.REFLECTED_LEAD), reaction.fact.fact];
      break;
    case 'idea':
      parts = [say(P.IDEA_LEAD), ownIdea.text];
      break;
    case 'commit':
      if (reaction.ideaNow) parts = [say(P.IDEA_LEAD), ownIdea.text, ideaCommit()];
      else parts = [say(P.COMMIT_LEAD), reaction.state.ideaSurfaced ? ideaCommit() : ownership.personaCommits];
      break;
    case 'general':
      parts = [own('general', P.GENERAL)];
      break;
    case 'short_answer':
      parts = [line(P.SHORT), reaction.nearTopic ? say(P.SHORT_NEAR_HINT) : ''];
      break;
    case 'relief':
      parts = [own('relief', P.RELIEF)];
      break;
    case 'guarded':
      parts = [line(P.GUARDED)];
      break;
    case 'comply':
      parts = [line(P.COMPLY)];
      break;
    case 'curt':
      parts = [line(P.CURT)];
      break;
    case 'warm':
      parts = [line(P.WARM)];
      break;
    case 'prompt':
      parts = [line(P.PROMPT)];
      break;
  }
  if (style === 'verbose' && TANGENT_AFTER.has(reaction.kind) && rng.chance(0.6)) {
    parts.push(rng.pick(scenario.lines?.tangents ?? P.TANGENTS));
  }
  return parts.filter((p) => p !== '').join(' ');
}
