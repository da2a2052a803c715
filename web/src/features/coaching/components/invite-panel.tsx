import { useRef, useState } from 'react';
import type { InviteCreated } from '@core/review/wire';
import { Banner } from '@web/components/banner';
import { errorMessage } from '@web/lib/api-client';
import { formatDateTime } from '@web/lib/format';
import { coachingApi } from '../api/coaching-api';
import { useAsync } from '@web/lib/use-async';

/** Create an invite (a code and a link) and see, revoke the ones already sent. */
export function InvitePanel() {
  const invites = useAsync(coachingApi.listInvites, 'invites', { keep: true });
  const list = useRef<HTMLElement>(null);
  const [revoked, setRevoked] = useState<string | null>(null);
  const [created, setCreated] = useState<InviteCreated | null>(null);
  const [error, setError] = useState<string | null>(null);

  const create = async () => {
    setError(null);
    try {
      setCreated(await coachingApi.createInvite());
      invites.reload();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const revoke = async (code: string) => {
    try {
      await coachingApi.revokeInvite(code);
      if (created?.code === code) setCreated(null);
      // Its Revoke button goes with it: focus returns to the list's summary, and the change is announced.
      list.current?.focus();
      setRevoked(`Invite ${code.slice(0, 8)}… revoked.`);
      invites.reload();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <section className="card invite-panel" aria-labelledby="invite-heading">
      <h2 id="invite-heading">Invite a leader</h2>
      <p className="muted">A leader who opens the link (or enters the code) shares their practice with you. Invites work once and expire after 7 days.</p>
      <button type="button" className="btn btn-primary" onClick={create}>
        Create an invite
      </button>
      {error && <Banner onDismiss={() => setError(null)}>{error}</Banner>}
      {/* The status region is always in the page, so the new code and link are read when they appear. */}
      <div className="invite-created" role="status">
        {created && (
          <>
          <p>
            Code <code data-testid="invite-code">{created.code}</code>
          </p>
          <p>
            Link <input className="invite-url" readOnly value={created.url} aria-label="Invite link" onFocus={(e) => e.target.select()} />
          </p>
          <p className="muted">Expires {formatDateTime(created.expiresAt)}</p>
          </>
        )}
      </div>
      <p className="visually-hidden" role="status">
        {revoked}
      </p>
      {invites.status === 'ready' && invites.data.length > 0 && (
        <details className="invite-list">
          <summary ref={list}>Sent invites ({invites.data.length})</summary>
          <ul>
            {invites.data.map((i) => (
              <li key={i.code}>
                <code>{i.code.slice(0, 8)}…</code> <span className="pill">{i.status}</span>{' '}
                {i.acceptedBy ? `by ${i.acceptedBy.name}` : `expires ${formatDateTime(i.expiresAt)}`}{' '}
                {i.status === 'pending' && (
                  <button type="button" className="btn btn-ghost btn-small" onClick={() => revoke(i.code)}>
                    Revoke<span className="visually-hidden"> invite {i.code.slice(0, 8)}…</span>
                  </button>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
