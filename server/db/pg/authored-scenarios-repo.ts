import { and, asc, count, desc, eq, inArray } from 'drizzle-orm';
import type { Scenario } from '@core/scenario/schema';
import type { AuthoredScenarioRow } from '@db/schema';
import { authoredScenarios, practiceSessions, scenarioVersions } from '@db/schema.pg';
import type { AuthoredScenario, AuthoredScenariosRepo } from '../authored-scenarios-repo';
import type { PgDb } from './open-pg';

export function createPgAuthoredScenariosRepo(db: PgDb): AuthoredScenariosRepo {
  // Each scenario with its current version's content, in one query (a list is not one query per scenario).
  const withContent = () =>
    db
      .select({ row: authoredScenarios, body: scenarioVersions.body })
      .from(authoredScenarios)
      .innerJoin(scenarioVersions, and(eq(scenarioVersions.scenarioId, authoredScenarios.id), eq(scenarioVersions.version, authoredScenarios.currentVersion)));
  const toAuthored = ({ row, body }: { row: unknown; body: unknown }): AuthoredScenario => ({ ...(row as AuthoredScenarioRow), scenario: body as Scenario });
  const now = () => new Date().toISOString();
  return {
    exists: async (id) => (await db.select({ id: authoredScenarios.id }).from(authoredScenarios).where(eq(authoredScenarios.id, id))).length > 0,
    async create(coachId, scenario) {
      await db.transaction(async (tx) => {
        await tx.insert(authoredScenarios).values({ id: scenario.id, coachId, updatedAt: now() });
        await tx.insert(scenarioVersions).values({ scenarioId: scenario.id, version: 1, body: scenario });
      });
    },
    find: async (id) => {
      const [found] = await withContent().where(eq(authoredScenarios.id, id));
      return found && toAuthored(found);
    },
    version: async (id, version) =>
      (await db.select({ body: scenarioVersions.body }).from(scenarioVersions).where(and(eq(scenarioVersions.scenarioId, id), eq(scenarioVersions.version, version))))[0]
        ?.body as Scenario | undefined,
    listByCoach: async (coachId) =>
      (await withContent().where(eq(authoredScenarios.coachId, coachId)).orderBy(desc(authoredScenarios.updatedAt), asc(authoredScenarios.id))).map(toAuthored),
    listPublishedBy: async (coachIds) =>
      coachIds.length === 0
        ? []
        : (
            await withContent()
              .where(and(inArray(authoredScenarios.coachId, coachIds), eq(authoredScenarios.status, 'published')))
              .orderBy(asc(authoredScenarios.id))
          ).map(toAuthored),
    update: (id, scenario) =>
      db.transaction(async (tx) => {
        // Locked: two nodes saving the same scenario at once must not both write version n+1.
        const [row] = await tx.select().from(authoredScenarios).where(eq(authoredScenarios.id, id)).for('update');
        const [{ n }] = await tx
          .select({ n: count() })
          .from(practiceSessions)
          .where(and(eq(practiceSessions.scenarioId, id), eq(practiceSessions.scenarioVersion, row.currentVersion)));
        if (row.status === 'published' || n > 0) {
          const version = row.currentVersion + 1;
          await tx.insert(scenarioVersions).values({ scenarioId: id, version, body: scenario });
          await tx.update(authoredScenarios).set({ currentVersion: version, updatedAt: now() }).where(eq(authoredScenarios.id, id));
          return version;
        }
        await tx
          .update(scenarioVersions)
          .set({ body: scenario })
          .where(and(eq(scenarioVersions.scenarioId, id), eq(scenarioVersions.version, row.currentVersion)));
        await tx.update(authoredScenarios).set({ updatedAt: now() }).where(eq(authoredScenarios.id, id));
        return row.currentVersion;
      }),
    async setStatus(id, status) {
      await db.update(authoredScenarios).set({ status, updatedAt: now() }).where(eq(authoredScenarios.id, id));
    },
  };
}
