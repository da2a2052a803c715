import { useEffect } from 'react';
import { Loading } from '@web/components/loading';
import { Banner } from '@web/components/banner';
import { LiveAnnouncer } from '@web/components/live-announcer';
import { formatDateTime } from '@web/lib/format';
import { coachingApi, type ReviewedSession } from '../api/coaching-api';
import { useLiveSession } from '../hooks/use-live-session';
import { AdjustedScorecardNote } from './adjusted-scorecard-note';
import { ReviewReply } from './review-reply';
import { replyNumbers } from '@core/transcript/reply-numbers';

/**
 * The leader's view of what their coaches said: summaries, the adjusted scorecard, and each commented
 * or overridden reply. `session`: as the scorecard page loaded it; live changes reload it from here.
 */
export function CoachingNotes({ session: loaded }: { session: ReviewedSession }) {
  const sessionId = loaded.id;
  const { session, changed, announcement } = useLiveSession(sessionId, 'coach', loaded);
  const hasNotes = session.status === 'ready' && (session.data.comments.length + session.data.overrides.length + session.data.reviews.length > 0);
  useEffect(() => {
    // Opening the notes clears the unread marker on the sessions list.
    if (hasNotes) void coachingApi.markSeen(sessionId).catch(() => undefined);
  }, [hasNotes, sessionId, session.data]);
  if (session.status === 'loading') return <Loading label="Loading your coach’s notes…" />;
  if (session.status === 'error') return <Banner>{session.error}</Banner>;
  const s = session.data;
  const replies = replyNumbers(s.turns);
  const noted = s.turns.filter(
    (t) => t.speaker === 'leader' && t.score && (s.comments.some((c) => c.turnIndex === t.index) || s.overrides.some((o) => o.turnIndex === t.index)),
  );
  // The live region is in the page from the start, so a first note that arrives while it is open is heard.
  return (
    <>
      <LiveAnnouncer announcement={announcement} />
      {hasNotes && (
        <section className="card coaching-notes" aria-labelledby="coaching-notes-heading">
          <h2 id="coaching-notes-heading">From your coach</h2>
          {s.reviews.map((r) => (
            <blockquote key={r.id} className="review-summary">
              <p>{r.summary}</p>
              <footer className="muted">
                {r.coach.name}, reviewed {formatDateTime(r.createdAt)}
              </footer>
            </blockquote>
          ))}
          <AdjustedScorecardNote session={s} />
          {noted.map((t) => (
            <div key={t.index}>
              <h3 className="speaker">Your reply {replies.get(t.index)}</h3>
              <ReviewReply
                sessionId={s.id}
                turnIndex={t.index}
                reply={replies.get(t.index)!}
                text={t.text}
                score={t.score!}
                overrides={s.overrides}
                comments={s.comments}
                canOverride={false}
                commentVerb="Answer"
                onChanged={changed}
              />
            </div>
          ))}
        </section>
      )}
    </>
  );
}
