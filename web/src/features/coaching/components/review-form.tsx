import { useRef, useState, type FormEvent } from 'react';
import type { Review } from '@core/review/wire';
import { errorMessage } from '@web/lib/api-client';
import { formatDateTime } from '@web/lib/format';
import { coachingApi } from '../api/coaching-api';

/** The coach's summary note; saving it marks the session reviewed. Earlier summaries stay listed. */
export function ReviewForm({ sessionId, reviews, onChanged }: { sessionId: string; reviews: Review[]; onChanged(done?: string): void }) {
  const [summary, setSummary] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await coachingApi.review(sessionId, summary);
      // The emptied box disables the button that had focus: focus goes to the heading, which now says
      // "Reviewed", with the summary just saved under it.
      heading.current?.focus();
      setSummary('');
      onChanged('Marked reviewed; the leader can read your summary.');
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card review-form" aria-labelledby="review-heading">
      <h2 id="review-heading" ref={heading} tabIndex={-1}>{reviews.length > 0 ? 'Reviewed' : 'Mark reviewed'}</h2>
      {reviews.map((r) => (
        <blockquote key={r.id} className="review-summary">
          <p>{r.summary}</p>
          <footer className="muted">
            {r.coach.name}, {formatDateTime(r.createdAt)}
          </footer>
        </blockquote>
      ))}
      <form onSubmit={submit}>
        <label htmlFor="review-summary">Summary for the leader</label>
        <textarea id="review-summary" rows={3} value={summary} onChange={(e) => setSummary(e.target.value)} maxLength={4000} />
        {/* Not disabled while saving: a disabled button drops the focus of the keyboard user who pressed it. */}
        <button type="submit" className="btn btn-primary" disabled={!summary.trim()} aria-disabled={busy}>
          {busy ? 'Saving…' : reviews.length > 0 ? 'Add a new summary' : 'Mark reviewed'}
        </button>
        {error && <p role="alert" className="form-error">{error}</p>}
      </form>
    </section>
  );
}
