import { plural } from '@web/lib/format';
import { useState } from 'react';
import { Banner } from '@web/components/banner';
import { Loading } from '@web/components/loading';
import { PageMessage } from '@web/components/page-message';
import { errorMessage } from '@web/lib/api-client';
import { useDocumentTitle } from '@web/lib/document-title';
import { href, navigate } from '@web/lib/router';
import { useAsync } from '@web/lib/use-async';
import { createSession } from '@web/features/practice/api/sessions-api';
import { coachingApi } from '@web/features/coaching/api/coaching-api';
import { Transcript } from '@web/features/practice/components/transcript';
import { ScorecardView } from '@web/features/scorecard/components/scorecard-view';
import { CoachingNotes } from '@web/features/coaching/components/coaching-notes';
import { paths } from '../paths';

export function ScorecardRoute({ sessionId }: { sessionId: string }) {
  // The session with its coaching layer (the same GET /api/sessions/:id): the notes below start from it.
  const session = useAsync(() => coachingApi.session(sessionId), sessionId);
  const [error, setError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  useDocumentTitle(session.data ? `Scorecard: ${session.data.title}` : 'Scorecard');

  if (session.status === 'loading') return <Loading label="Loading the scorecard…" />;
  if (session.status === 'error') return <PageMessage title="Scorecard">{session.error}</PageMessage>;
  const s = session.data;
  if (s.status === 'open')
    return (
      <PageMessage
        title={`Scorecard: ${s.title}`}
        tone="info"
        actions={<a className="btn btn-small" href={href(paths.practice(s.id))}>Continue</a>}
      >
        This session is still open: end it to see its scorecard.
      </PageMessage>
    );

  const again = async () => {
    if (!s.scenarioId) return navigate(paths.importConversation);
    setStarting(true);
    try {
      navigate(paths.practice((await createSession(s.scenarioId)).id));
    } catch (e) {
      setError(errorMessage(e));
      setStarting(false);
    }
  };

  return (
    <>
      <ScorecardView session={s} />
      <CoachingNotes session={s} />
      <details className="card transcript-review">
        <summary>Transcript ({plural(s.turns.filter((t) => t.speaker === 'leader').length, 'reply', 'replies')}, {plural(s.turns.length, 'turn')})</summary>
        <Transcript turns={s.turns} personaName={s.scenario?.persona.name ?? 'Other speaker'} />
      </details>
      {error && <Banner onDismiss={() => setError(null)}>{error}</Banner>}
      <div className="page-actions">
        <button type="button" className="btn btn-primary" onClick={again} disabled={starting}>
          {starting ? 'Starting…' : s.kind === 'imported' && !s.scenario ? 'Score another conversation' : 'Practise this scenario again'}
        </button>
        <a className="btn" href={href(paths.sessions)}>
          All my sessions
        </a>
      </div>
    </>
  );
}
