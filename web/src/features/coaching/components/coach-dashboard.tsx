import { Banner } from '@web/components/banner';
import { Loading } from '@web/components/loading';
import { useDocumentTitle } from '@web/lib/document-title';
import { formatDateTime } from '@web/lib/format';
import { href } from '@web/lib/router';
import { useAsync } from '@web/lib/use-async';
import { coachingApi } from '../api/coaching-api';
import { InvitePanel } from './invite-panel';
import { ReviewQueue } from './review-queue';
import { Sparkline } from './sparkline';

const pct = (x: number | null | undefined) => (x === null || x === undefined ? '–' : `${Math.round(x * 100)}%`);
const overall = (x: number) => String(Math.round(x * 10) / 10);

/** Linked leaders with their latest figures and trends, the review queue, and invites. */
export function CoachDashboard({ leaderPath, reviewPath }: { leaderPath(id: string): string; reviewPath(id: string): string }) {
  const leaders = useAsync(coachingApi.leaders, 'leaders');
  const queue = useAsync(coachingApi.reviewQueue, 'queue');
  useDocumentTitle('Coaching');
  return (
    <>
      <div className="page-head">
        <h1>Coaching</h1>
        <p className="muted">The leaders who share their practice with you, and the sessions waiting for your review.</p>
      </div>
      <section aria-labelledby="leaders-heading">
        <div className="section-head">
          <h2 id="leaders-heading">Leaders</h2>
          {leaders.status === 'ready' && leaders.data.length > 0 && (
            <a
              className="btn btn-small"
              href={coachingApi.sessionFiguresCsvUrl}
              download
              title="One row per ended session of each leader: every scorecard figure and the overall, with the figures adjusted by overrides where there are some"
            >
              Download session figures (CSV)
            </a>
          )}
        </div>
        {leaders.status === 'loading' && <Loading label="Loading leaders…" />}
        {leaders.status === 'error' && <Banner>{leaders.error}</Banner>}
        {leaders.status === 'ready' &&
          (leaders.data.length === 0 ? (
            <p className="empty">No leader shares their practice with you yet. Create an invite below and send them the link.</p>
          ) : (
            // A wide table scrolls inside its own box on a narrow screen; the box is focusable so a keyboard can scroll it.
            <div className="table-scroll" role="region" aria-label="Table of leaders" tabIndex={0}>
              <table className="data-table leader-table">
                <thead>
                  <tr>
                    <th scope="col">Leader</th>
                    <th scope="col">Sessions</th>
                    <th scope="col">To review</th>
                    <th scope="col">Latest overall</th>
                    <th scope="col">Overall trend</th>
                    <th scope="col">Latest ask ratio</th>
                    <th scope="col">Ask ratio trend</th>
                    <th scope="col">Last practised</th>
                  </tr>
                </thead>
                <tbody>
                  {leaders.data.map((l) => (
                    <tr key={l.id}>
                      <th scope="row">
                        <a href={href(leaderPath(l.id))}>{l.name}</a>
                        <div className="muted">{l.email}</div>
                      </th>
                      <td>{l.sessions}</td>
                      <td>{l.toReview}</td>
                      <td>{l.latest?.overall ?? '–'}</td>
                      <td>
                        <Sparkline values={l.trend.map((p) => p.overall)} max={5} format={overall} label={`${l.name}: overall`} />
                      </td>
                      <td>{pct(l.latest?.askRatio)}</td>
                      <td>
                        <Sparkline values={l.trend.map((p) => p.askRatio)} max={1} format={pct} label={`${l.name}: ask ratio`} />
                      </td>
                      <td>{l.lastPractisedAt ? formatDateTime(l.lastPractisedAt) : 'never'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))}
      </section>
      <section aria-labelledby="queue-heading">
        <h2 id="queue-heading">Sessions to review</h2>
        {queue.status === 'loading' && <Loading label="Loading sessions…" />}
        {queue.status === 'error' && <Banner>{queue.error}</Banner>}
        {queue.status === 'ready' && <ReviewQueue sessions={queue.data} reviewPath={reviewPath} />}
      </section>
      <InvitePanel />
    </>
  );
}
