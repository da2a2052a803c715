import { useEffect, useRef, useState } from 'react';
import { Banner } from '@web/components/banner';
import { PageMessage } from '@web/components/page-message';
import { errorMessage } from '@web/lib/api-client';
import { useDocumentTitle } from '@web/lib/document-title';
import { formatDateTime } from '@web/lib/format';
import { focusHeading } from '@web/lib/heading-focus';
import { href } from '@web/lib/router';
import { useAsync } from '@web/lib/use-async';
import { coachingApi } from '../api/coaching-api';

/** A leader opens a coach's invite link and decides whether to share their practice. */
export function AcceptInvite({ code, sharingPath }: { code: string; sharingPath: string }) {
  const preview = useAsync(() => coachingApi.previewInvite(code), code);
  const [accepted, setAccepted] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const coach = preview.data?.coach;
  useDocumentTitle(accepted ? `Sharing with ${accepted}` : coach ? `Invite from ${coach.name}` : 'Invite');
  // The button pressed is gone once accepted: focus goes to the heading that now says so.
  useEffect(() => {
    if (accepted) focusHeading(heading.current);
  }, [accepted]);

  if (preview.status === 'loading') return null;
  if (preview.status === 'error')
    return (
      <PageMessage title="This invite is not valid">
        It may have expired, been revoked or been used already. Ask your coach for a new one.
      </PageMessage>
    );
  if (accepted)
    return (
      <>
        <div className="page-head">
          <h1 ref={heading}>Sharing with {accepted}</h1>
        </div>
        <Banner tone="info" actions={<a className="btn btn-small" href={href(sharingPath)}>Who I share with</a>}>
          You now share your practice with {accepted}.
        </Banner>
      </>
    );
  const accept = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      setAccepted((await coachingApi.acceptInvite(code)).coach.name);
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };
  const name = preview.data.coach.name;
  return (
    <section className="card accept-invite" aria-labelledby="accept-heading">
      <h1 id="accept-heading">Share your practice with {name}?</h1>
      <p>
        {name} will be able to read your practice sessions and their scorecards, comment on your replies, and correct the automatic
        reading with a reason. They cannot reply in your sessions or end them. You can stop sharing at any time.
      </p>
      <p className="muted">This invite expires {formatDateTime(preview.data.expiresAt)}.</p>
      {error && <Banner>{error}</Banner>}
      <div className="page-actions">
        {/* Not disabled while sharing: a disabled button drops the focus of the keyboard user who pressed it. */}
        <button type="button" className="btn btn-primary" onClick={accept} aria-disabled={busy}>
          {busy ? 'Sharing…' : `Share with ${name}`}
        </button>
        <a className="btn" href={href('/')}>
          Not now
        </a>
      </div>
    </section>
  );
}
