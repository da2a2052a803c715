import { replyOf } from '@core/transcript/reply-numbers';
import { formatDateTime } from '@web/lib/format';
import { href } from '@web/lib/router';
import type { Session } from '@web/types/api';

interface BranchListProps {
  session: Session;
  practicePath(id: string): string;
  comparePath(other: string): string;
}

/** Where this session sits among its tries: the session it branched from, and its own branches. */
export function BranchList({ session, practicePath, comparePath }: BranchListProps) {
  const replyAt = (index: number) => replyOf(session.turns, index);
  return (
    <nav className="card branches" aria-label="Branches">
      {session.parentId && session.forkTurnIndex !== null && (
        <p>
          A branch from reply {replyAt(session.forkTurnIndex)} of <a href={href(practicePath(session.parentId))}>the original session</a>.{' '}
          <a href={href(comparePath(session.parentId))}>Compare side by side</a>
        </p>
      )}
      {session.branches.length > 0 && (
        <>
          <h2 className="branches-title">{session.branches.length === 1 ? '1 branch' : `${session.branches.length} branches`}</h2>
          <ul>
            {session.branches.map((b, i) => (
              <li key={b.id}>
                <a href={href(practicePath(b.id))}>
                  Branch {i + 1}, from reply {replyAt(b.forkTurnIndex)}
                </a>{' '}
                <span className="muted">
                  {b.status === 'open' ? 'in progress' : b.overall === null ? 'ended, not enough to score' : `ended, overall ${b.overall} / 5`} ·{' '}
                  {formatDateTime(b.createdAt)}
                </span>{' '}
                <a href={href(comparePath(b.id))}>
                  Compare<span className="visually-hidden"> with branch {i + 1}</span>
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </nav>
  );
}
