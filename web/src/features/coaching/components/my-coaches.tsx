import { useRef, useState } from 'react';
import { useFocusById } from '@web/lib/focus-by-id';
import { Banner } from '@web/components/banner';
import { Loading } from '@web/components/loading';
import { errorMessage } from '@web/lib/api-client';
import { useDocumentTitle } from '@web/lib/document-title';
import { formatDateTime } from '@web/lib/format';
import { focusHeading } from '@web/lib/heading-focus';
import { useAsync } from '@web/lib/use-async';
import { coachingApi } from '../api/coaching-api';

/** The coaches a leader shares their practice with, and a way to stop sharing with each. */
export function MyCoaches() {
  const coaches = useAsync(coachingApi.myCoaches, 'my-coaches', { keep: true });
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [stopped, setStopped] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // The confirm buttons replace "Stop sharing" (and the other way round): focus follows the one shown.
  const [focusId, setFocusId] = useState<string | null>(null);
  useDocumentTitle('Who I share with');
  useFocusById(focusId, confirming);

  const ask = (id: string | null, focus: string | null) => {
    setConfirming(id);
    setFocusId(focus);
  };
  const stop = async (id: string, name: string) => {
    setError(null);
    try {
      await coachingApi.stopSharing(id);
      ask(null, null);
      setStopped(name);
      // That coach's row is gone: focus goes back to the top of the page, where the confirmation shows.
      focusHeading(heading.current);
      coaches.reload();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <>
      <div className="page-head">
        <h1 ref={heading}>Who I share with</h1>
        <p className="muted">These coaches can read your sessions, comment on your replies and correct their reading. Stopping takes effect at once.</p>
      </div>
      {stopped && (
        <Banner tone="info" onDismiss={() => setStopped(null)}>
          You stopped sharing your practice with {stopped}.
        </Banner>
      )}
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
                  <span className="confirm" role="group" aria-label={`Stop sharing with ${c.name}?`}>
                    <button type="button" id={`stop-yes-${c.id}`} className="btn btn-primary" onClick={() => stop(c.id, c.name)}>
                      Yes, stop sharing with {c.name}
                    </button>
                    <button type="button" className="btn btn-ghost" onClick={() => ask(null, `stop-${c.id}`)}>
                      Keep sharing
                    </button>
                  </span>
                ) : (
                  <button type="button" id={`stop-${c.id}`} className="btn" onClick={() => ask(c.id, `stop-yes-${c.id}`)}>
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
