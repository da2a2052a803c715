import { useState } from 'react';
import { Banner } from '@web/components/banner';
import { errorMessage } from '@web/lib/api-client';
import { formatDateTime } from '@web/lib/format';
import { href } from '@web/lib/router';
import { useAsync } from '@web/lib/use-async';
import { coachingApi } from '../api/coaching-api';

/** A leader opens a coach's invite link and decides whether to share their practice. */
export function AcceptInvite({ code, sharingPath }: { code: string; sharingPath: string }) {
  const preview = useAsync(() => coachingApi.previewInvite(code), code);
  const [accepted, setAccepted] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (preview.status === 'loading') return null;
  if (preview.status === 'error')
    return <Banner>This invite is not valid: it may have expired, been revoked or been used already. Ask your coach for a new one.</Banner>;
  const coach = preview.data.coach;
  if (accepted)
    return (
      <Banner tone="info" actions={<a className="btn btn-small" href={href(sharingPath)}>Who I share with</a>}>
        You now share your practice with {accepted}.
      </Banner>
    );
  const accept = async () => {
    setBusy(true);
    setError(null);
    try {
      setAccepted((await coachingApi.acceptInvite(code)).coach.name);
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };
  return (
    <section className="card accept-invite" aria-labelledby="accept-heading">
      <h1 id="accept-heading">Share your practice with {coach.name}?</h1>
      <p>
        {coach.name} will be able to read your practice sessions and their scorecards, comment on your replies, and correct the automatic
        reading with a reason. They cannot reply in your sessions or end them. You can stop sharing at any time.
      </p>
      <p className="muted">This invite expires {formatDateTime(preview.data.expiresAt)}.</p>
      {error && <Banner>{error}</Banner>}
      <div className="page-actions">
        <button type="button" className="btn btn-primary" onClick={accept} disabled={busy}>
          {busy ? 'Sharing…' : `Share with ${coach.name}`}
        </button>
        <a className="btn" href={href('/')}>
          Not now
        </a>
      </div>
    </section>
  );
}
