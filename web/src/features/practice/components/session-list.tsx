import { Banner } from '@web/components/banner';
import { Loading } from '@web/components/loading';
import { formatDateTime, plural } from '@web/lib/format';
import { href } from '@web/lib/router';
import { useAsync } from '@web/lib/use-async';
import { listSessions } from '../api/sessions-api';

interface SessionListProps {
  practicePath(id: string): string;
  scorecardPath(id: string): string;
}

export function SessionList({ practicePath, scorecardPath }: SessionListProps) {
  const sessions = useAsync(listSessions, 'sessions');
  if (sessions.status === 'loading') return <Loading label="Loading your sessions…" />;
  if (sessions.status === 'error') return <Banner>{sessions.error}</Banner>;
  if (sessions.data.length === 0)
    return (
      <p className="empty">
        No sessions yet. <a href={href('/')}>Pick a scenario</a> to start practising.
      </p>
    );
  return (
    <ul className="session-list">
      {sessions.data.map((s) => (
        <li key={s.id} className="card session-row">
          <div className="session-info">
            <h2>{s.scenarioTitle}</h2>
            <p className="muted">
              {s.status === 'open' ? 'Started' : 'Ended'} {formatDateTime(s.endedAt ?? s.createdAt)} ·{' '}
              {plural(s.leaderTurns, 'reply', 'replies')}
            </p>
          </div>
          {s.unread > 0 && <span className="pill unread">{s.unread} new from your coach</span>}
          <span className={`pill status-${s.kind === 'imported' ? 'imported' : s.status}`}>
            {s.kind === 'imported' ? 'Imported' : s.status === 'open' ? 'In progress' : 'Ended'}
          </span>
          {s.status === 'open' && s.kind === 'practice' ? (
            <a className="btn btn-primary" href={href(practicePath(s.id))}>
              Continue<span className="visually-hidden">: {s.scenarioTitle}</span>
            </a>
          ) : (
            <a className="btn" href={href(scorecardPath(s.id))}>
              Scorecard<span className="visually-hidden">: {s.scenarioTitle}</span>
            </a>
          )}
        </li>
      ))}
    </ul>
  );
}
