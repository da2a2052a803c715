import type { Scenario } from '@core/scenario/schema';
import type { AuthoredScenariosRepo } from '../db/authored-scenarios-repo';
import type { CoachLinksRepo } from '../db/coach-links-repo';

/** A scenario anyone may see: the built-in library, or one a coach wrote. */
export interface CatalogEntry {
  scenario: Scenario;
  version: number;
  source: 'builtin' | 'coach';
  status: 'draft' | 'published' | 'archived';
  /** The coach who wrote it; null for a built-in. */
  authorId: string | null;
}

/** Built-in files are a single version: the file as loaded at start-up. */
export const BUILTIN_VERSION = 1;

/**
 * Every scenario, built-in and coach-written, behind one lookup. Sessions resolve theirs by id and
 * version so a transcript reads against what was played; lists answer by who is asking.
 */
export function createScenarioCatalog(builtins: ReadonlyMap<string, Scenario>, authored: AuthoredScenariosRepo, links: CoachLinksRepo) {
  const builtin = (scenario: Scenario): CatalogEntry => ({ scenario, version: BUILTIN_VERSION, source: 'builtin', status: 'published', authorId: null });
  const find = async (id: string): Promise<CatalogEntry | undefined> => {
    const fixed = builtins.get(id);
    if (fixed) return builtin(fixed);
    const row = await authored.find(id);
    return row && { scenario: row.scenario, version: row.currentVersion, source: 'coach', status: row.status, authorId: row.coachId };
  };
  return {
    find,
    /** The scenario as a session played it. */
    async resolve(id: string, version: number): Promise<Scenario | undefined> {
      const fixed = builtins.get(id);
      if (fixed) return version === BUILTIN_VERSION ? fixed : undefined;
      return authored.version(id, version);
    },
    /** Whether an id is free for a new coach-written scenario. */
    isFree: async (id: string) => !builtins.has(id) && !(await authored.exists(id)),
    /** What a user may play: built-ins, their own drafts and published scenarios, and the published ones of coaches they share with. */
    async visibleTo(userId: string): Promise<CatalogEntry[]> {
      const own = (await authored.listByCoach(userId)).filter((s) => s.status !== 'archived');
      const theirCoaches = await authored.listPublishedBy((await links.coachesOf(userId)).map((c) => c.id));
      return [
        ...[...builtins.values()].map(builtin),
        ...[...own, ...theirCoaches].map((row): CatalogEntry => ({ scenario: row.scenario, version: row.currentVersion, source: 'coach', status: row.status, authorId: row.coachId })),
      ];
    },
  };
}
export type ScenarioCatalog = ReturnType<typeof createScenarioCatalog>;
