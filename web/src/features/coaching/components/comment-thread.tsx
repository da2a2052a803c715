import { useRef, useState, type FormEvent } from 'react';
import type { Comment } from '@core/review/wire';
import { formatDateTime } from '@web/lib/format';
import { coachingApi } from '../api/coaching-api';
import { useSaving } from '../hooks/use-saving';

interface CommentThreadProps {
  sessionId: string;
  turnIndex: number;
  /** The reply's number as the leader counts them ("reply 2"); `turnIndex` is the transcript's, for the API. */
  reply: number;
  comments: Comment[];
  /** Called after a comment or answer is stored, with words for the page's announcement. */
  onChanged(done?: string): void;
  /** "Comment" for the coach, "Answer" for the leader. */
  verb: string;
  /** Whether a coach may start a new thread here (not on an earlier version of a reply, only answer). */
  allowNew?: boolean;
}

interface CommentFormProps {
  sessionId: string;
  turnIndex: number;
  reply: number;
  /** The comment this answers, if any. */
  parent?: Comment;
  verb: string;
  onChanged(done?: string): void;
}

function CommentForm({ sessionId, turnIndex, reply, parent, verb, onChanged }: CommentFormProps) {
  const parentId = parent?.id;
  const [text, setText] = useState('');
  const box = useRef<HTMLTextAreaElement>(null);
  const { busy, error, save } = useSaving();
  const submit = (e: FormEvent) =>
    save(e, async () => {
      await coachingApi.comment(sessionId, turnIndex, text, parentId);
      // The emptied box disables the button that had focus: the box takes it, ready for the next one.
      box.current?.focus();
      setText('');
      onChanged(`${parent ? 'Answer' : verb} posted on reply ${reply}.`);
    });
  // Each box names what it adds to, so two boxes under one reply do not share a name.
  const label = parent ? `Answer ${parent.author.name} on reply ${reply}` : `${verb} on reply ${reply}`;
  return (
    <form className="comment-form" onSubmit={submit}>
      <label className="visually-hidden" htmlFor={`c-${turnIndex}-${parentId ?? 'new'}`}>
        {label}
      </label>
      <textarea ref={box} id={`c-${turnIndex}-${parentId ?? 'new'}`} value={text} onChange={(e) => setText(e.target.value)} rows={2} placeholder={parentId ? 'Answer…' : 'Add a comment…'} />
      <button type="submit" className="btn btn-small" disabled={!text.trim()} aria-disabled={busy}>
        {busy ? 'Saving…' : parentId ? 'Answer' : verb}
      </button>
      {error && <p role="alert" className="form-error">{error}</p>}
    </form>
  );
}

/** Comments on one reply, answers indented under what they answer, and a box to add one. */
export function CommentThread({ sessionId, turnIndex, reply, comments, onChanged, verb, allowNew = true }: CommentThreadProps) {
  const roots = comments.filter((c) => c.parentId === null || !comments.some((p) => p.id === c.parentId));
  const answers = (id: string) => comments.filter((c) => c.parentId === id);
  const item = (c: Comment) => (
    <li key={c.id} className={`comment comment-${c.authorRole}`}>
      <p className="comment-meta">
        <strong>{c.author.name}</strong> <span className="muted">({c.authorRole}) · {formatDateTime(c.createdAt)}{c.previous.length > 0 ? ' · edited' : ''}</span>
      </p>
      <p className="comment-text">{c.text}</p>
      {answers(c.id).length > 0 && <ul className="comment-answers">{answers(c.id).map(item)}</ul>}
    </li>
  );
  return (
    <div className="comment-thread">
      {roots.length > 0 && <ul className="comments">{roots.map((c) => (
        <li key={c.id} className="comment-root">
          <ul>{item(c)}</ul>
          <CommentForm sessionId={sessionId} turnIndex={turnIndex} reply={reply} parent={c} verb={verb} onChanged={onChanged} />
        </li>
      ))}</ul>}
      {verb === 'Comment' && allowNew && <CommentForm sessionId={sessionId} turnIndex={turnIndex} reply={reply} verb={verb} onChanged={onChanged} />}
    </div>
  );
}
