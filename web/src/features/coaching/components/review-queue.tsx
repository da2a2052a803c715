import type { CoachSessionSummary } from '@core/review/wire';
import { formatDateTime, plural } from '@web/lib/format';
import { href } from '@web/lib/router';

/** Sessions as a coach lists them: who, what, when, overall, and whether reviewed yet. */
interface ReviewQueueProps {
  sessions: CoachSessionSummary[];
  reviewPath(id: string): string;
  showLeader?: boolean;
  /** Each session's heading level: one below the heading the list sits under. */
  headingLevel?: 2 | 3;
}

export function ReviewQueue({ sessions, reviewPath, showLeader = true, headingLevel = 3 }: ReviewQueueProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  if (sessions.length === 0) return <p className="empty">Nothing to review yet.</p>;
  return (
    <ul className="session-list">
      {sessions.map((s) => (
        <li key={s.id} className="card session-row">
          <div className="session-info">
            <Heading>
              {showLeader ? `${s.leader.name}: ` : ''}
              {s.scenarioTitle}
            </Heading>
            <p className="muted">
              {s.status === 'open' ? 'In progress, started' : 'Ended'} {formatDateTime(s.endedAt ?? s.createdAt)} · {plural(s.leaderTurns, 'reply', 'replies')}
              {s.overall !== null ? ` · overall ${s.overall}` : ''}
              {s.comments > 0 ? ` · ${plural(s.comments, 'comment')}` : ''}
            </p>
          </div>
          <span className={`pill ${s.reviewedAt ? 'status-ended' : 'status-open'}`}>{s.reviewedAt ? 'Reviewed' : 'To review'}</span>
          <a className="btn" href={href(reviewPath(s.id))}>
            Review<span className="visually-hidden">: {s.leader.name}, {s.scenarioTitle}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
