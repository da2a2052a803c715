import type { ReactNode } from 'react';
import { useAuth } from '@web/features/auth/components/auth-provider';
import { HomeworkPage } from '@web/features/homework/components/homework-page';
import { ScenarioEditor } from '@web/features/homework/components/scenario-editor';
import { matchPath, navigate } from '@web/lib/router';
import { paths } from '../paths';

function Homework() {
  const { user } = useAuth();
  return <HomeworkPage userId={user!.id} paths={{ editScenario: paths.editScenario, newScenario: paths.newScenario, review: paths.coachReview }} />;
}

/** The coach's homework and scenario-writing screens; null when the path is not one of them. */
export function homeworkRoute(path: string): ReactNode | null {
  const editor = (id: string | null) => (
    <ScenarioEditor
      key={id ?? 'new'}
      scenarioId={id}
      onSaved={(saved) => navigate(paths.editScenario(saved))}
      onTry={(sessionId) => navigate(paths.practice(sessionId))}
      onDone={() => navigate(paths.homework)}
    />
  );
  if (path === paths.homework) return <Homework />;
  if (path === paths.newScenario) return editor(null);
  const params = matchPath('/coaching/scenarios/:id', path);
  return params ? editor(params.id) : null;
}
