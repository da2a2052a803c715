import { useState, type FormEvent } from 'react';
import type { Comment } from '@core/review/wire';
import { errorMessage } from '@web/lib/api-client';
import { formatDateTime } from '@web/lib/format';
import { coachingApi } from '../api/coaching-api';

interface CommentThreadProps {
  sessionId: string;
  turnIndex: number;
  comments: Comment[];
  /** Called after a comment or answer is stored. */
  onChanged(): void;
  /** "Comment" for the coach, "Answer" for the leader. */
  verb: string;
}

function CommentForm({ sessionId, turnIndex, parentId, verb, onChanged }: { sessionId: string; turnIndex: number; parentId?: string; verb: string; onChanged(): void }) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await coachingApi.comment(sessionId, turnIndex, text, parentId);
      setText('');
      onChanged();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  const label = `${verb} on reply ${turnIndex}`;
  return (
    <form className="comment-form" onSubmit={submit}>
      <label className="visually-hidden" htmlFor={`c-${turnIndex}-${parentId ?? 'new'}`}>
        {label}
      </label>
      <textarea id={`c-${turnIndex}-${parentId ?? 'new'}`} value={text} onChange={(e) => setText(e.target.value)} rows={2} placeholder={parentId ? 'Answer…' : 'Add a comment…'} />
      <button type="submit" className="btn btn-small" disabled={busy || !text.trim()}>
        {busy ? 'Saving…' : parentId ? 'Answer' : verb}
      </button>
      {error && <p role="alert" className="form-error">{error}</p>}
    </form>
  );
}

/** Comments on one reply, answers indented under what they answer, and a box to add one. */
export function CommentThread({ sessionId, turnIndex, comments, onChanged, verb }: CommentThreadProps) {
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
          <CommentForm sessionId={sessionId} turnIndex={turnIndex} parentId={c.id} verb={verb} onChanged={onChanged} />
        </li>
      ))}</ul>}
      {verb === 'Comment' && <CommentForm sessionId={sessionId} turnIndex={turnIndex} verb={verb} onChanged={onChanged} />}
    </div>
  );
}
