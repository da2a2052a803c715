import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Scenario } from '@core/scenario/schema';
import { authoredScenarios, practiceSessions, scenarioVersions, type AuthoredScenarioRow } from '@db/schema';
import { asAsync, type AsyncRepo } from './async-repo';
import type { Db } from './open-database';

/** A coach-written scenario with the content of its current version. */
export interface AuthoredScenario extends AuthoredScenarioRow {
  scenario: Scenario;
}

function createAuthoredScenariosRepoSync(db: Db) {
  // Each scenario with its current version's content, in one query (a list is not one query per scenario).
  const withContent = () =>
    db
      .select({ row: authoredScenarios, body: scenarioVersions.body })
      .from(authoredScenarios)
      .innerJoin(scenarioVersions, and(eq(scenarioVersions.scenarioId, authoredScenarios.id), eq(scenarioVersions.version, authoredScenarios.currentVersion)));
  const toAuthored = ({ row, body }: { row: AuthoredScenarioRow; body: unknown }): AuthoredScenario => ({ ...row, scenario: body as Scenario });
  const now = () => new Date().toISOString();
  return {
    /** Whether any scenario, in any state, holds the id. */
    exists: (id: string): boolean => db.select({ id: authoredScenarios.id }).from(authoredScenarios).where(eq(authoredScenarios.id, id)).get() !== undefined,
    create(coachId: string, scenario: Scenario): void {
      db.transaction((tx) => {
        tx.insert(authoredScenarios).values({ id: scenario.id, coachId, updatedAt: now() }).run();
        tx.insert(scenarioVersions).values({ scenarioId: scenario.id, version: 1, body: scenario }).run();
      });
    },
    find: (id: string): AuthoredScenario | undefined => {
      const found = withContent().where(eq(authoredScenarios.id, id)).get();
      return found && toAuthored(found);
    },
    /** The content of one version, as a session played it. */
    version: (id: string, version: number): Scenario | undefined =>
      db
        .select({ body: scenarioVersions.body })
        .from(scenarioVersions)
        .where(and(eq(scenarioVersions.scenarioId, id), eq(scenarioVersions.version, version)))
        .get()?.body as Scenario | undefined,
    /** A coach's own scenarios, newest change first. */
    listByCoach: (coachId: string): AuthoredScenario[] =>
      withContent()
        .where(eq(authoredScenarios.coachId, coachId))
        .orderBy(desc(authoredScenarios.updatedAt), asc(authoredScenarios.id))
        .all()
        .map(toAuthored),
    /** The published scenarios of these coaches. */
    listPublishedBy: (coachIds: string[]) =>
      coachIds.length === 0
        ? []
        : withContent()
            .where(and(inArray(authoredScenarios.coachId, coachIds), eq(authoredScenarios.status, 'published')))
            .orderBy(asc(authoredScenarios.id))
            .all()
            .map(toAuthored),
    /**
     * Saves new content. A published scenario, or a version some session was played on, gets a new
     * version so old transcripts keep reading against what was played; an unplayed draft is changed in place.
     */
    update(id: string, scenario: Scenario): number {
      return db.transaction((tx) => {
        const row = tx.select().from(authoredScenarios).where(eq(authoredScenarios.id, id)).get()!;
        const played =
          tx
            .select({ n: sql<number>`count(*)` })
            .from(practiceSessions)
            .where(and(eq(practiceSessions.scenarioId, id), eq(practiceSessions.scenarioVersion, row.currentVersion)))
            .get()!.n > 0;
        if (row.status === 'published' || played) {
          const version = row.currentVersion + 1;
          tx.insert(scenarioVersions).values({ scenarioId: id, version, body: scenario }).run();
          tx.update(authoredScenarios).set({ currentVersion: version, updatedAt: now() }).where(eq(authoredScenarios.id, id)).run();
          return version;
        }
        tx.update(scenarioVersions)
          .set({ body: scenario })
          .where(and(eq(scenarioVersions.scenarioId, id), eq(scenarioVersions.version, row.currentVersion)))
          .run();
        tx.update(authoredScenarios).set({ updatedAt: now() }).where(eq(authoredScenarios.id, id)).run();
        return row.currentVersion;
      });
    },
    setStatus: (id: string, status: AuthoredScenarioRow['status']) =>
      db.update(authoredScenarios).set({ status, updatedAt: now() }).where(eq(authoredScenarios.id, id)).run(),
  };
}
export type AuthoredScenariosRepo = AsyncRepo<ReturnType<typeof createAuthoredScenariosRepoSync>>;

export const createAuthoredScenariosRepo = (db: Db): AuthoredScenariosRepo => asAsync(createAuthoredScenariosRepoSync(db));
