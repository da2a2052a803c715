import { useState } from 'react';
import { useFocusById } from '@web/lib/focus-by-id';
import { correctScore } from '@core/review/apply-overrides';
import type { Comment, Override } from '@core/review/wire';
import type { ReplyScore } from '@core/rubric/types';
import { segmentText } from '@web/lib/spans';
import { CommentThread } from './comment-thread';
import { EarlierVersions } from './earlier-versions';
import { labelText } from './labels';
import { OverrideForm } from './override-form';

interface ReviewReplyProps {
  sessionId: string;
  turnIndex: number;
  /** The reply's number as the leader counts them ("reply 2"); `turnIndex` is the transcript's, for the API. */
  reply: number;
  text: string;
  score: ReplyScore;
  overrides: Override[];
  comments: Comment[];
  /** Coaches may override; the leader reads. */
  canOverride: boolean;
  commentVerb: string;
  /** After a change is stored; `done` says what, for the page's announcement. */
  onChanged(done?: string): void;
}

function OverrideNote({ override }: { override: Override }) {
  return (
    <p className="override-note">
      Overridden by <strong>{override.coach.name}</strong>: was {labelText(override.from)}. <span className="muted">Reason: {override.reason}</span>
    </p>
  );
}

/** One leader reply as a coach reads it: evidence marked, each move and the delegation level with its override, and the thread. */
export function ReviewReply({ sessionId, turnIndex, reply, text, score, overrides, comments, canOverride, commentVerb, onChanged }: ReviewReplyProps) {
  const [editing, setEditing] = useState<number | 'delegation' | null>(null);
  // The Override button a closed form hands focus back to.
  const [returnTo, setReturnTo] = useState<string | null>(null);
  useFocusById(returnTo);
  const buttonId = (target: number | 'delegation') => `override-${turnIndex}-${target}`;
  const onThisReply = <T extends { turnIndex: number; earlierVersion?: unknown }>(items: T[], earlier: boolean) =>
    items.filter((x) => x.turnIndex === turnIndex && Boolean(x.earlierVersion) === earlier);
  const live = onThisReply(overrides, false).filter((o) => o.active);
  const effective = correctScore(score, live.map((o) => ({ turnIndex, target: o.target, moveIndex: o.moveIndex, to: o.to })));
  const overrideOf = (moveIndex: number | null) => live.find((o) => (moveIndex === null ? o.target === 'delegation' : o.moveIndex === moveIndex));
  const done = (saved: string | null) => {
    if (editing !== null) setReturnTo(buttonId(editing));
    setEditing(null);
    if (saved) onChanged(saved);
  };
  const open = (target: number | 'delegation') => {
    setReturnTo(null);
    setEditing(target);
  };

  return (
    <article className="card review-reply" aria-label={`Reply ${reply}`}>
      <p className="review-text">
        {segmentText(text, effective.moves).map((seg, i) =>
          seg.mark ? (
            <mark key={i} className={`evidence evidence-${seg.mark.family}`}>
              {seg.text}
            </mark>
          ) : (
            <span key={i}>{seg.text}</span>
          ),
        )}
      </p>
      <ol className="review-moves">
        {effective.moves.map((move, i) => (
          <li key={i} className="review-move">
            <span className={`chip chip-static chip-${move.family}`}>{labelText(move.kind)}</span> <q>{move.text}</q>
            {overrideOf(i) && <OverrideNote override={overrideOf(i)!} />}
            {canOverride &&
              (editing === i ? (
                <OverrideForm sessionId={sessionId} turnIndex={turnIndex} reply={reply} moveIndex={i} current={move.kind} onDone={done} />
              ) : (
                <button type="button" id={buttonId(i)} className="btn btn-ghost btn-small" onClick={() => open(i)}>
                  Override<span className="visually-hidden"> move {i + 1} of reply {reply}</span>
                </button>
              ))}
          </li>
        ))}
        <li className="review-move">
          <span className="chip chip-static chip-other">Delegation: {labelText(String(effective.delegation.level))}</span>{' '}
          {effective.delegation.evidence.map((e, i) => (
            <q key={i} className="evidence evidence-delegation">
              {e.text}
            </q>
          ))}
          {overrideOf(null) && <OverrideNote override={overrideOf(null)!} />}
          {canOverride &&
            (editing === 'delegation' ? (
              <OverrideForm sessionId={sessionId} turnIndex={turnIndex} reply={reply} moveIndex={null} current={String(effective.delegation.level)} onDone={done} />
            ) : (
              <button type="button" id={buttonId('delegation')} className="btn btn-ghost btn-small" onClick={() => open('delegation')}>
                Override<span className="visually-hidden"> delegation of reply {reply}</span>
              </button>
            ))}
        </li>
      </ol>
      <CommentThread sessionId={sessionId} turnIndex={turnIndex} reply={reply} comments={onThisReply(comments, false)} onChanged={onChanged} verb={commentVerb} />
      <EarlierVersions
        sessionId={sessionId}
        turnIndex={turnIndex}
        reply={reply}
        comments={onThisReply(comments, true)}
        overrides={onThisReply(overrides, true)}
        verb={commentVerb}
        onChanged={onChanged}
      />
    </article>
  );
}
