import { useState } from 'react';
import { Banner } from '@web/components/banner';
import { Loading } from '@web/components/loading';
import { errorMessage } from '@web/lib/api-client';
import { formatDateTime } from '@web/lib/format';
import { useAsync } from '@web/lib/use-async';
import { coachingApi } from '../api/coaching-api';

/** The coaches a leader shares their practice with, and a way to stop sharing with each. */
export function MyCoaches() {
  const coaches = useAsync(coachingApi.myCoaches, 'my-coaches');
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const stop = async (id: string) => {
    setError(null);
    try {
      await coachingApi.stopSharing(id);
      setConfirming(null);
      coaches.reload();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <>
      <div className="page-head">
        <h1>Who I share with</h1>
        <p className="muted">These coaches can read your sessions, comment on your replies and correct their reading. Stopping takes effect at once.</p>
      </div>
      {error && <Banner onDismiss={() => setError(null)}>{error}</Banner>}
      {coaches.status === 'loading' && <Loading label="Loading…" />}
      {coaches.status === 'error' && <Banner>{coaches.error}</Banner>}
      {coaches.status === 'ready' &&
        (coaches.data.length === 0 ? (
          <p className="empty">You do not share your practice with anyone. A coach can send you an invite link.</p>
        ) : (
          <ul className="session-list">
            {coaches.data.map((c) => (
              <li key={c.id} className="card session-row">
                <div className="session-info">
                  <h2>{c.name}</h2>
                  <p className="muted">
                    {c.email} · sharing since {formatDateTime(c.since)}
                  </p>
                </div>
                {confirming === c.id ? (
                  <span className="confirm">
                    <button type="button" className="btn btn-primary" onClick={() => stop(c.id)}>
                      Yes, stop sharing with {c.name}
                    </button>
                    <button type="button" className="btn btn-ghost" onClick={() => setConfirming(null)}>
                      Keep sharing
                    </button>
                  </span>
                ) : (
                  <button type="button" className="btn" onClick={() => setConfirming(c.id)}>
                    Stop sharing<span className="visually-hidden"> with {c.name}</span>
                  </button>
                )}
              </li>
            ))}
          </ul>
        ))}
    </>
  );
}
