import { Banner } from '@web/components/banner';
import { Loading } from '@web/components/loading';
import { useDocumentTitle } from '@web/lib/document-title';
import { href } from '@web/lib/router';
import { useAsync } from '@web/lib/use-async';
import { coachingApi } from '../api/coaching-api';
import { ReviewQueue } from './review-queue';

/** One leader's sessions, newest first, for their coach. */
export function LeaderPage({ leaderId, dashboardPath, reviewPath }: { leaderId: string; dashboardPath: string; reviewPath(id: string): string }) {
  const sessions = useAsync(() => coachingApi.leaderSessions(leaderId), leaderId);
  const leaders = useAsync(coachingApi.leaders, 'leaders');
  const leader = leaders.status === 'ready' ? leaders.data.find((l) => l.id === leaderId) : undefined;
  useDocumentTitle(leader ? `Coaching: ${leader.name}` : 'Coaching: leader');
  return (
    <>
      <div className="page-head">
        <p className="eyebrow">
          <a href={href(dashboardPath)}>Coaching</a>
        </p>
        <h1>{leader?.name ?? 'Leader'}</h1>
        {leader && <p className="muted">{leader.email}</p>}
      </div>
      {sessions.status === 'loading' && <Loading label="Loading sessions…" />}
      {sessions.status === 'error' && <Banner>{sessions.error}</Banner>}
      {sessions.status === 'ready' && <ReviewQueue sessions={sessions.data} reviewPath={reviewPath} showLeader={false} headingLevel={2} />}
    </>
  );
}
