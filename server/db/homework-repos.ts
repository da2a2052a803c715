import { createAssignmentsRepo } from './assignments-repo';
import { createAuthoredScenariosRepo } from './authored-scenarios-repo';
import type { Db } from './open-database';

/** Scenario authoring and homework, added to `app.repos` beside the practice and coaching ones. */
export const createHomeworkRepos = (db: Db) => ({
  authoredScenarios: createAuthoredScenariosRepo(db),
  assignments: createAssignmentsRepo(db),
});
