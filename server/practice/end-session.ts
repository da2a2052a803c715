import type { FastifyBaseLogger } from 'fastify';
import { offlineDebrief } from '@core/feedback/debrief';
import { scoreSession } from '@core/rubric/score-session';
import type { Scenario } from '@core/scenario/schema';
import type { Repos } from '../plugins/db';
import type { Engines } from './engines';

const DEBRIEF_TIMEOUT_MS = 60_000;

/** Scores the whole transcript and writes the debrief; ending twice keeps the first scorecard. */
export async function endSession(
  deps: { repos: Repos; engines: Engines; log: FastifyBaseLogger },
  sessionId: string,
  scenario: Scenario,
): Promise<void> {
  const { repos, engines, log } = deps;
  const transcript = await repos.turns.list(sessionId);
  const scorecard = scoreSession(transcript, scenario);
  let debrief = '';
  try {
    const signal = AbortSignal.timeout(DEBRIEF_TIMEOUT_MS);
    for await (const delta of engines.debrief.debrief({ scenario, transcript, scorecard }, signal)) debrief += delta;
  } catch (err) {
    // The scorecard stands on its own; a failed model debrief falls back to the rubric-built one.
    log.warn({ err, sessionId }, 'debrief failed; using the offline debrief');
    debrief = offlineDebrief({ scenario, transcript, scorecard });
  }
  await repos.practiceSessions.end(sessionId, scorecard, debrief.trim());
}
