import { useState, type FormEvent } from 'react';
import type { Review } from '@core/review/wire';
import { errorMessage } from '@web/lib/api-client';
import { formatDateTime } from '@web/lib/format';
import { coachingApi } from '../api/coaching-api';

/** The coach's summary note; saving it marks the session reviewed. Earlier summaries stay listed. */
export function ReviewForm({ sessionId, reviews, onChanged }: { sessionId: string; reviews: Review[]; onChanged(): void }) {
  const [summary, setSummary] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await coachingApi.review(sessionId, summary);
      setSummary('');
      onChanged();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card review-form" aria-labelledby="review-heading">
      <h2 id="review-heading">{reviews.length > 0 ? 'Reviewed' : 'Mark reviewed'}</h2>
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
        <button type="submit" className="btn btn-primary" disabled={busy || !summary.trim()}>
          {busy ? 'Saving…' : reviews.length > 0 ? 'Add a new summary' : 'Mark reviewed'}
        </button>
        {error && <p role="alert" className="form-error">{error}</p>}
      </form>
    </section>
  );
}
