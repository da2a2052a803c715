import { useState } from 'react';
import { Banner } from '@web/components/banner';
import { Loading } from '@web/components/loading';
import { errorMessage } from '@web/lib/api-client';
import { formatDateTime, plural } from '@web/lib/format';
import { href, navigate } from '@web/lib/router';
import { useAsync } from '@web/lib/use-async';
import type { SessionSummary } from '@web/types/api';
import { createSession, deleteSession, listSessions } from '../api/sessions-api';
import { DeleteSessionButton } from './delete-session-button';

interface SessionListProps {
  practicePath(id: string): string;
  scorecardPath(id: string): string;
}

/** The figures a row shows at a glance. */
const HEADLINE = ['askRatio', 'delegation', 'talkShare'] as const;

function Headline({ s }: { s: SessionSummary }) {
  if (s.status !== 'ended' || s.kind !== 'practice') return null;
  const shown = HEADLINE.map((key) => s.figures.find((f) => f.key === key)).filter((f) => f !== undefined);
  return (
    <p className="session-figures">
      <span className="overall-chip">{s.overall === null ? 'Not enough to score' : `Overall ${s.overall} / 5`}</span>
      {s.overall !== null &&
        shown.map((f) => (
          <span key={f.key} className="figure-chip">
            {f.label}: {f.display}
          </span>
        ))}
    </p>
  );
}

export function SessionList({ practicePath, scorecardPath }: SessionListProps) {
  const [error, setError] = useState<string | null>(null);
  // After a delete the list reloads in place rather than swapping to "Loading…" and back.
  const sessions = useAsync(listSessions, 'sessions', { keep: true });
  if (sessions.status === 'loading') return <Loading label="Loading your sessions…" />;
  if (sessions.status === 'error') return <Banner>{sessions.error}</Banner>;
  if (sessions.data.length === 0)
    return (
      <p className="empty">
        No sessions yet. <a href={href('/')}>Pick a scenario</a> to start practising.
      </p>
    );
  const remove = async (id: string) => {
    try {
      await deleteSession(id);
      sessions.reload();
      return true;
    } catch (e) {
      setError(errorMessage(e));
      return false;
    }
  };
  const newAttempt = async (scenarioId: string) => {
    try {
      navigate(practicePath((await createSession(scenarioId)).id));
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <>
      {error && <Banner onDismiss={() => setError(null)}>{error}</Banner>}
      <ul className="session-list">
        {sessions.data.map((s) => (
          <li key={s.id} className="card session-row">
            <div className="session-info">
              <h2>
                {s.scenarioTitle}
                {s.parentId && <span className="pill">Branch</span>}
              </h2>
              <p className="muted">
                {s.status === 'open' ? 'Started' : 'Ended'} {formatDateTime(s.endedAt ?? s.createdAt)} · {plural(s.leaderTurns, 'reply', 'replies')}
              </p>
              <Headline s={s} />
            </div>
            {s.unread > 0 && <span className="pill unread">{s.unread} new from your coach</span>}
            <span className={`pill status-${s.kind === 'imported' ? 'imported' : s.status}`}>
              {s.kind === 'imported' ? 'Imported' : s.status === 'open' ? 'In progress' : 'Ended'}
            </span>
            <div className="session-actions">
              {s.status === 'open' && s.kind === 'practice' ? (
                <a className="btn btn-primary" href={href(practicePath(s.id))}>
                  Resume<span className="visually-hidden">: {s.scenarioTitle}</span>
                </a>
              ) : (
                <a className="btn" href={href(scorecardPath(s.id))}>
                  Scorecard<span className="visually-hidden">: {s.scenarioTitle}</span>
                </a>
              )}
              {s.kind === 'practice' && s.scenarioId && s.status === 'ended' && (
                <details className="practise-again">
                  <summary className="btn">Practise again<span className="visually-hidden">: {s.scenarioTitle}</span></summary>
                  <div className="practise-again-menu">
                    <button type="button" className="btn btn-small" onClick={() => void newAttempt(s.scenarioId!)}>
                      New attempt
                    </button>
                    <a className="btn btn-small" href={href(practicePath(s.id))}>
                      Branch from a reply
                    </a>
                  </div>
                </details>
              )}
              {s.status === 'open' && <DeleteSessionButton title={s.scenarioTitle} onDelete={() => remove(s.id)} />}
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
