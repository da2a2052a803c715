import { useRef, useState, type FormEvent } from 'react';
import type { Review } from '@core/review/wire';
import { formatDateTime } from '@web/lib/format';
import { coachingApi } from '../api/coaching-api';
import { useSaving } from '../hooks/use-saving';

/** The coach's summary note; saving it marks the session reviewed. Earlier summaries stay listed. */
export function ReviewForm({ sessionId, reviews, onChanged }: { sessionId: string; reviews: Review[]; onChanged(done?: string): void }) {
  const [summary, setSummary] = useState('');
  const { busy, error, save } = useSaving();
  const heading = useRef<HTMLHeadingElement>(null);
  const submit = (e: FormEvent) =>
    save(e, async () => {
      await coachingApi.review(sessionId, summary);
      // The emptied box disables the button that had focus: focus goes to the heading, which now says
      // "Reviewed", with the summary just saved under it.
      heading.current?.focus();
      setSummary('');
      onChanged('Marked reviewed; the leader can read your summary.');
    });
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
        <button type="submit" className="btn btn-primary" disabled={!summary.trim()} aria-disabled={busy}>
          {busy ? 'Saving…' : reviews.length > 0 ? 'Add a new summary' : 'Mark reviewed'}
        </button>
        {error && <p role="alert" className="form-error">{error}</p>}
      </form>
    </section>
  );
}
