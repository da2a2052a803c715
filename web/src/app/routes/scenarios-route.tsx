import { useState } from 'react';
import { Banner } from '@web/components/banner';
import { errorMessage } from '@web/lib/api-client';
import { useDocumentTitle } from '@web/lib/document-title';
import { navigate } from '@web/lib/router';
import { createSession } from '@web/features/practice/api/sessions-api';
import { HomeworkList } from '@web/features/homework/components/homework-list';
import { ScenarioList } from '@web/features/scenarios/components/scenario-list';
import { paths } from '../paths';

export function ScenariosRoute() {
  const [startingId, setStartingId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useDocumentTitle('Scenarios');

  const start = async (scenarioId: string) => {
    setError(null);
    setStartingId(scenarioId);
    try {
      const session = await createSession(scenarioId);
      navigate(paths.practice(session.id));
    } catch (e) {
      setError(errorMessage(e));
      setStartingId(null);
    }
  };

  return (
    <>
      <div className="page-head">
        <h1>Choose a conversation</h1>
        <p className="muted">
          Each scenario puts a person in front of you with a problem. Your replies are scored on asking versus telling and on
          how much you hand over.
        </p>
      </div>
      {error && <Banner onDismiss={() => setError(null)}>{error}</Banner>}
      <HomeworkList onStarted={(id) => navigate(paths.practice(id))} />
      <ScenarioList startingId={startingId} onStart={start} />
    </>
  );
}
