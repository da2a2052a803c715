import { useEffect, useState } from 'react';
import type { SessionEvent } from '@core/review/events';
import { openSocket, wsUrl } from '@web/lib/socket-client';
import { useAsync } from '@web/lib/use-async';
import { coachingApi } from '../api/coaching-api';

/**
 * A session with its coaching layer, kept current through the review socket: any change reloads it,
 * and `accessEnded` turns true the moment the leader stops sharing.
 */
export function useLiveSession(sessionId: string) {
  const session = useAsync(() => coachingApi.session(sessionId), sessionId);
  const [accessEnded, setAccessEnded] = useState(false);
  const { reload } = session;

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

  return { session, accessEnded, reload };
}
