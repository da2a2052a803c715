import { useCallback, useEffect, useRef, useState } from 'react';
import type { Announcement } from '@web/components/live-announcer';
import { errorMessage, UNAUTHORIZED_EVENT } from '@web/lib/api-client';
import { openSocket, wsUrl, type ReconnectingSocket, type SocketStatus } from '@web/lib/socket-client';
import type { ClientMessage, ServerMessage, Session } from '@web/types/api';
import { createBranch, endSession, getSession, setFeedbackEnabled, streamPath } from '../api/sessions-api';
import { createStreamStore } from './stream-store';
import { lastLeaderIndex, patchTurn, upsertTurn } from './transcript';

/** What the turn loop is doing: nothing, waiting for the first token, streaming the persona, streaming the note. */
export type Phase = 'idle' | 'waiting' | 'persona' | 'feedback';

export interface StreamProblem {
  code: string;
  message: string;
}

/**
 * Said when an open session loads. Focus may start in the reply box, where a screen reader reads the
 * box, not the page: this says which conversation it is and where it stands.
 */
function openingAnnouncement(s: Session): string {
  const persona = s.scenario?.persona;
  const who = persona ? `, with ${persona.name}, ${persona.role}` : '';
  const last = s.turns.at(-1);
  const said = last?.speaker === 'persona' ? ` ${last.speakerName ?? persona?.name ?? 'They'} said: ${last.text}` : '';
  return `Practice: ${s.title}${who}.${said}`;
}

export function usePracticeSession(sessionId: string) {
  const [store] = useState(createStreamStore);
  const [session, setSession] = useState<Session | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [phase, setPhase] = useState<Phase>('idle');
  const [problem, setProblem] = useState<StreamProblem | null>(null);
  const [connection, setConnection] = useState<SocketStatus>('connecting');
  const socket = useRef<ReconnectingSocket<ClientMessage> | null>(null);
  // Read inside socket callbacks, which must not be re-created per render.
  const feedbackOn = useRef(true);
  const leaderIndex = useRef(-1);
  const personaName = useRef('');
  const connectionWas = useRef<SocketStatus>('connecting');
  const [announcement, setAnnouncement] = useState<Announcement | null>(null);
  /** The text of a reply the server refused as busy, handed back to the reply box so nothing typed is lost. */
  const [returned, setReturned] = useState<{ id: number; text: string } | null>(null);
  const lastSent = useRef('');
  const announce = useCallback((text: string) => setAnnouncement((a) => ({ id: (a?.id ?? 0) + 1, text })), []);

  const apply = useCallback((s: Session) => {
    setSession(s);
    personaName.current = s.scenario?.persona.name ?? 'The other person';
    feedbackOn.current = s.feedbackEnabled;
    leaderIndex.current = lastLeaderIndex(s.turns);
    if (s.status !== 'open') {
      socket.current?.close();
      socket.current = null;
    }
  }, []);

  const reload = useCallback(() => {
    getSession(sessionId).then(apply, (e: unknown) => setProblem({ code: 'reload', message: errorMessage(e) }));
  }, [sessionId, apply]);

  useEffect(() => {
    let live = true;
    const updateTurns = (fn: (s: Session) => Session['turns']) => setSession((s) => (s ? { ...s, turns: fn(s) } : s));

    const onMessage = (m: ServerMessage) => {
      switch (m.type) {
        case 'turn.saved':
          if (m.turn.speaker === 'leader') leaderIndex.current = m.turn.index;
          updateTurns((s) => upsertTurn(s.turns, m.turn));
          // Also a reply sent from another tab: this one waits for the answer with it.
          setPhase((p) => (p === 'idle' ? 'waiting' : p));
          return;
        case 'turns.removed':
          // An edit, a regenerate or a retry replaces turns: every tab drops them, then the new ones stream in.
          store.clearPersona();
          store.clearFeedback();
          updateTurns((s) => s.turns.filter((t) => t.index < m.fromIndex));
          setPhase('waiting');
          return;
        case 'stopped':
          store.clearPersona();
          store.clearFeedback();
          setPhase('idle');
          return;
        case 'score':
          updateTurns((s) => patchTurn(s.turns, m.turnIndex, { score: m.score, judgeChanges: m.judgeChanges }));
          return;
        case 'persona.delta':
          setPhase('persona');
          store.appendPersona(m.text);
          return;
        case 'persona.done':
          store.clearPersona();
          announce(`${personaName.current} said: ${m.turn.text}`);
          updateTurns((s) => upsertTurn(s.turns, m.turn));
          setPhase(feedbackOn.current && !m.turn.stopped ? 'feedback' : 'idle');
          return;
        case 'feedback.delta':
          setPhase('feedback');
          store.appendFeedback(leaderIndex.current, m.text);
          return;
        case 'feedback.done':
          store.clearFeedback();
          announce(`Coaching note: ${m.text}`);
          updateTurns((s) => patchTurn(s.turns, m.turnIndex, { feedback: m.text }));
          setPhase('idle');
          return;
        case 'error':
          setProblem({ code: m.code, message: m.message });
          if (m.code === 'busy') {
            // The reply in flight (maybe another tab's) streams here too; what this tab sent comes back to its box.
            setReturned((r) => ({ id: (r?.id ?? 0) + 1, text: lastSent.current }));
            setPhase((p) => (p === 'waiting' ? 'idle' : p));
            return;
          }
          store.clearPersona();
          store.clearFeedback();
          setPhase('idle');
          // What was stored (an interrupted turn, an ended session) is on the server: show that.
          if (m.code === 'llm_error' || m.code === 'session_ended' || m.code === 'unanswered') reload();
          // Logged out elsewhere or expired: the app shows the log-in screen.
          if (m.code === 'unauthorized') window.dispatchEvent(new Event(UNAUTHORIZED_EVENT));
          return;
      }
    };

    getSession(sessionId).then(
      (s) => {
        if (!live) return;
        apply(s);
        if (s.status !== 'open') return;
        announce(openingAnnouncement(s));
        socket.current = openSocket<ServerMessage, ClientMessage>(wsUrl(streamPath(sessionId)), {
          onMessage,
          onStatus: (status) => {
            // Said once per drop, not on every reconnect attempt.
            if (connectionWas.current === 'open' && status === 'reconnecting') announce('Connection lost. Reconnecting…');
            connectionWas.current = status;
            setConnection(status);
          },
          onReconnected: () => {
            announce('Connected again.');
            // Anything streamed while we were away is lost; the server has the stored turns.
            store.clearPersona();
            store.clearFeedback();
            setPhase('idle');
            reload();
          },
        });
      },
      (e: unknown) => live && setLoadError(errorMessage(e)),
    );
    return () => {
      live = false;
      socket.current?.close();
      socket.current = null;
    };
  }, [sessionId, store, apply, reload, announce]);

  // The callbacks the memoised transcript's buttons hold are stable (or change with the phase only),
  // so a render of the page (an announcement, the connection) does not re-render every turn.
  const sendMessage = useCallback(
    (message: ClientMessage): boolean => {
      if (!socket.current?.send(message)) {
        setProblem({ code: 'offline', message: 'Not connected to the practice session. Reconnecting, please try again in a moment.' });
        return false;
      }
      setProblem(null);
      setPhase('waiting');
      announce(`${personaName.current} is replying`);
      return true;
    },
    [announce],
  );

  const send = (text: string) => {
    lastSent.current = text;
    return phase === 'idle' && sendMessage({ type: 'reply', text });
  };

  /** Edit and resend the latest reply: the server keeps the old one in history. */
  const edit = (text: string) => {
    lastSent.current = text;
    return phase === 'idle' && sendMessage({ type: 'edit', text });
  };

  /** A new answer to the latest reply. */
  const regenerate = useCallback(() => phase === 'idle' && sendMessage({ type: 'regenerate' }), [phase, sendMessage]);

  /** Stops the persona mid-reply; what it said so far stays, marked stopped. */
  const stop = () => {
    socket.current?.send({ type: 'stop' });
  };

  /** "Try again from here": a branch holding the transcript up to that reply; resolves to its id. */
  const branchFrom = useCallback(
    async (turnIndex: number): Promise<string | null> => {
      try {
        return (await createBranch(sessionId, turnIndex)).id;
      } catch (e) {
        setProblem({ code: 'branch', message: errorMessage(e) });
        return null;
      }
    },
    [sessionId],
  );

  const retry = () => {
    if (phase !== 'idle' || !sendMessage({ type: 'retry' })) return;
    // The server drops an interrupted reply before regenerating it; so do we.
    setSession((s) => (s ? { ...s, turns: s.turns.filter((t) => t.index <= lastLeaderIndex(s.turns)) } : s));
  };

  const toggleFeedback = async (enabled: boolean) => {
    try {
      const s = await setFeedbackEnabled(sessionId, enabled);
      feedbackOn.current = s.feedbackEnabled;
      // Switched back on, the notes held back meanwhile come with the turns the server now shows.
      setSession((prev) => (prev ? { ...prev, feedbackEnabled: s.feedbackEnabled, turns: s.turns } : prev));
    } catch (e) {
      setProblem({ code: 'feedback', message: errorMessage(e) });
    }
  };

  const end = async (): Promise<boolean> => {
    try {
      apply(await endSession(sessionId));
      return true;
    } catch (e) {
      setProblem({ code: 'end', message: errorMessage(e) });
      return false;
    }
  };

  return {
    store,
    session,
    loadError,
    phase,
    problem,
    announcement,
    connection,
    dismissProblem: () => setProblem(null),
    send,
    edit,
    regenerate,
    stop,
    branchFrom,
    returned,
    retry,
    toggleFeedback,
    end,
  };
}
