import { useEffect } from 'react';
import { LiveAnnouncer } from '@web/components/live-announcer';
import { Loading } from '@web/components/loading';
import { PageMessage } from '@web/components/page-message';
import { useDocumentTitle } from '@web/lib/document-title';
import { formatDateTime } from '@web/lib/format';
import { focusHeading } from '@web/lib/heading-focus';
import { href } from '@web/lib/router';
import { useLiveSession } from '../hooks/use-live-session';
import { AdjustedScorecardNote } from './adjusted-scorecard-note';
import { ReviewForm } from './review-form';
import { ReviewReply } from './review-reply';
import { replyNumbers } from '@core/transcript/reply-numbers';
import { TurnCutMark } from '@web/components/turn-cut-mark';

/** A coach's review of one session: the transcript with moves, evidence, delegation and revealed facts, threads, overrides, summary. */
export function ReviewView({ sessionId, leaderPath }: { sessionId: string; leaderPath(id: string): string }) {
  const { session, accessEnded, changed, announcement } = useLiveSession(sessionId, 'leader');
  useDocumentTitle(session.data ? `Review: ${session.data.title} (${session.data.leader.name})` : 'Review');
  useEffect(() => {
    // The page the coach was on has gone from under their focus: give it to the message's heading.
    if (accessEnded && document.activeElement === document.body) focusHeading(document.querySelector<HTMLElement>('main h1'));
  }, [accessEnded]);
  if (accessEnded)
    return (
      <PageMessage title="Review" tone="info">
        This leader stopped sharing their practice with you; the session is no longer available.
      </PageMessage>
    );
  if (session.status === 'loading') return <Loading label="Loading the transcript…" />;
  if (session.status === 'error') return <PageMessage title="Review">{session.error}</PageMessage>;
  const review = session.data;
  const replies = replyNumbers(review.turns);
  const facts = (turnIndex: number) => review.revealedFacts.filter((f) => f.turnIndex === turnIndex);

  return (
    <>
      <LiveAnnouncer announcement={announcement} />
      <div className="page-head">
        <p className="eyebrow">
          <a href={href(leaderPath(review.leader.id))}>{review.leader.name}</a> ·{' '}
          {review.status === 'open' ? 'in progress' : `ended ${formatDateTime(review.endedAt)}`}
        </p>
        <h1>{review.title}</h1>
        <AdjustedScorecardNote session={review} />
      </div>
      <ol className="review-transcript" aria-label="Transcript">
        {review.turns.map((turn) => (
          <li key={turn.index} className={`review-turn review-turn-${turn.speaker}`}>
            {/* Each reply is a heading, so a screen-reader user can go from reply to reply. */}
            {turn.speaker === 'leader' ? (
              <h2 className="speaker">
                {review.leader.name} · reply {replies.get(turn.index)}
              </h2>
            ) : (
              <p className="speaker">{review.scenario?.persona.name ?? turn.speakerName ?? 'Other speaker'}</p>
            )}
            {turn.speaker === 'leader' && turn.score ? (
              <ReviewReply
                sessionId={review.id}
                turnIndex={turn.index}
                reply={replies.get(turn.index)!}
                text={turn.text}
                score={turn.score}
                overrides={review.overrides}
                comments={review.comments}
                canOverride={review.viewer === 'coach'}
                commentVerb="Comment"
                onChanged={changed}
              />
            ) : (
              <div className="bubble bubble-persona">
                {turn.text}
                <TurnCutMark turn={turn} />
              </div>
            )}
            {facts(turn.index).map((f) => (
              <p key={f.id} className="revealed-fact">
                <span className="pill">Fact revealed</span> {f.fact}
              </p>
            ))}
          </li>
        ))}
      </ol>
      {review.viewer === 'coach' && <ReviewForm sessionId={review.id} reviews={review.reviews} onChanged={changed} />}
    </>
  );
}
