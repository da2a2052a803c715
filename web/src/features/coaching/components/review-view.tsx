import { Banner } from '@web/components/banner';
import { Loading } from '@web/components/loading';
import { formatDateTime } from '@web/lib/format';
import { href } from '@web/lib/router';
import { useLiveSession } from '../hooks/use-live-session';
import { AdjustedScorecardNote } from './adjusted-scorecard-note';
import { ReviewForm } from './review-form';
import { ReviewReply } from './review-reply';

/** A coach's review of one session: the transcript with moves, evidence, delegation and revealed facts, threads, overrides, summary. */
export function ReviewView({ sessionId, leaderPath }: { sessionId: string; leaderPath(id: string): string }) {
  const { session, accessEnded, reload } = useLiveSession(sessionId);
  if (accessEnded)
    return <Banner tone="info">This leader stopped sharing their practice with you; the session is no longer available.</Banner>;
  if (session.status === 'loading') return <Loading label="Loading the transcript…" />;
  if (session.status === 'error') return <Banner>{session.error}</Banner>;
  const s = session.data;
  const facts = (turnIndex: number) => s.revealedFacts.filter((f) => f.turnIndex === turnIndex);

  return (
    <>
      <div className="page-head">
        <p className="eyebrow">
          <a href={href(leaderPath(s.leader.id))}>{s.leader.name}</a> · {s.status === 'open' ? 'in progress' : `ended ${formatDateTime(s.endedAt)}`}
        </p>
        <h1>{s.title}</h1>
        <AdjustedScorecardNote session={s} />
      </div>
      <ol className="review-transcript">
        {s.turns.map((turn) => (
          <li key={turn.index} className={`review-turn review-turn-${turn.speaker}`}>
            <p className="speaker">{turn.speaker === 'leader' ? `${s.leader.name} · reply ${turn.index}` : s.scenario?.persona.name ?? turn.speakerName ?? 'Other speaker'}</p>
            {turn.speaker === 'leader' && turn.score ? (
              <ReviewReply
                sessionId={s.id}
                turnIndex={turn.index}
                text={turn.text}
                score={turn.score}
                overrides={s.overrides}
                comments={s.comments}
                canOverride={s.viewer === 'coach'}
                commentVerb="Comment"
                onChanged={reload}
              />
            ) : (
              <div className="bubble bubble-persona">{turn.text}</div>
            )}
            {facts(turn.index).map((f) => (
              <p key={f.id} className="revealed-fact">
                <span className="pill">Fact revealed</span> {f.fact}
              </p>
            ))}
          </li>
        ))}
      </ol>
      {s.viewer === 'coach' && <ReviewForm sessionId={s.id} reviews={s.reviews} onChanged={reload} />}
    </>
  );
}
