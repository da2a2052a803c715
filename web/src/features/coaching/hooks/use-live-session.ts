import { useCallback, useEffect, useRef, useState } from 'react';
import type { SessionEvent } from '@core/review/events';
import type { Announcement } from '@web/components/live-announcer';
import { openSocket, wsUrl } from '@web/lib/socket-client';
import { coachingApi, type ReviewedSession } from '../api/coaching-api';
import { newFromOthers } from './news';
import { useAsync } from '@web/lib/use-async';

/**
 * A session with its coaching layer, kept current through the review socket: any change reloads it
 * (keeping the page, and focus, in place), and `accessEnded` turns true the moment the leader stops
 * sharing. What the other side adds while the page is open (`from`: the leader's answers on a coach's
 * page, the coach's notes on the leader's) becomes one `announcement` for the page's live region;
 * `changed(done)` reloads after the page's own change and announces `done` ("Comment posted") once the
 * page shows it: announced earlier, a screen reader would read it over the old page (focus on a heading
 * that does not say "Reviewed" yet), the more so when the socket's own change event restarts the
 * reload. `initial`: the session as the page already loaded it, so it is not fetched a second time on open.
 */
export function useLiveSession(sessionId: string, from: 'leader' | 'coach', initial?: ReviewedSession) {
  const session = useAsync(() => coachingApi.session(sessionId), sessionId, { keep: true, initial });
  const [accessEnded, setAccessEnded] = useState(false);
  const [announcement, setAnnouncement] = useState<Announcement | null>(null);
  const shown = useRef<ReviewedSession | null>(null);
  const { reload } = session;

  const announce = useCallback((text: string) => setAnnouncement((a) => ({ id: (a?.id ?? 0) + 1, text })), []);
  const confirmation = useRef<string | null>(null);
  const changed = useCallback(
    (done?: string) => {
      if (done) confirmation.current = done;
      reload();
    },
    [reload],
  );

  useEffect(() => {
    if (confirmation.current === null || session.status === 'loading' || session.reloading) return;
    // Only a load started after the change answered reaches here (useAsync drops earlier ones).
    if (session.status === 'ready') announce(confirmation.current);
    confirmation.current = null;
  }, [session.status, session.reloading, session.data, announce]);

  useEffect(() => {
    if (session.status !== 'ready' || session.data === shown.current) return;
    const news = shown.current ? newFromOthers(shown.current, session.data, from) : null;
    shown.current = session.data;
    if (news) announce(news);
  }, [session.status, session.data, from, announce]);

  useEffect(() => {
    const socket = openSocket<SessionEvent, never>(wsUrl(coachingApi.eventsPath(sessionId)), {
      onMessage: (event) => {
        if (event.type === 'access.ended') {
          setAccessEnded(true);
          socket.close();
        } else reload();
      },
      onReconnected: reload,
    });
    return () => socket.close();
  }, [sessionId, reload]);

  return { session, accessEnded, changed, announcement };
}
