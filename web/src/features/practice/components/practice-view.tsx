import { Suspense, useCallback, useEffect, useState, type ReactNode } from 'react';
import { Banner } from '@web/components/banner';
import { ChunkBoundary } from '@web/components/chunk-boundary';
import { LiveAnnouncer } from '@web/components/live-announcer';
import { Loading } from '@web/components/loading';
import { PageMessage } from '@web/components/page-message';
import { useDocumentTitle } from '@web/lib/document-title';
import { followBottom } from '@web/lib/follow-bottom';
import { lazyNamed } from '@web/lib/lazy-named';
import { focusHeading } from '@web/lib/heading-focus';
import { href, navigate } from '@web/lib/router';
import type { Turn } from '@web/types/api';
import { StreamStoreContext } from '../hooks/stream-store';
import { replyMissing } from '../hooks/transcript';
import { usePracticeSession } from '../hooks/use-practice-session';
import { DownloadLinks } from '@web/components/download-links';
import { Composer } from './composer';
import { EndSessionButton } from './end-session-button';
import { FeedbackToggle } from './feedback-toggle';
import { StreamingReply } from './streaming-reply';
import { BranchList } from './branch-list';
import { Transcript } from './transcript';

const TITLE_ID = 'practice-title';

// The live meter carries the whole rubric (about 60 KB gzip): only this page loads it, in a chunk of its own.
const LiveMeter = lazyNamed(() => import('./live-meter'), 'LiveMeter');

/** Errors after which the stored leader turn can be answered again with `{type:"retry"}`. */
// `unanswered`: the last reply has no answer yet (its socket dropped); retrying it comes first.
const RETRYABLE = new Set(['llm_error', 'internal', 'unanswered']);

interface PracticeViewProps {
  sessionId: string;
  /** Where the scorecard of this session lives. */
  scorecardPath: string;
  onEnded(): void;
  /** Where a session (a new branch) is practised. */
  practicePath(id: string): string;
  /** The side-by-side comparison of this session with another. */
  comparePath(other: string): string;
  /** Shown under the title, beside the live figures: e.g. the homework target this session is an attempt at. */
  aside?: ReactNode;
}

type PracticeSession = ReturnType<typeof usePracticeSession>;

export function PracticeView(props: PracticeViewProps) {
  const p = usePracticeSession(props.sessionId);
  // The live region is there from the first render, before the session has loaded, so what it says
  // when it loads is heard (a region inserted already holding words is not read).
  return (
    <>
      <LiveAnnouncer announcement={p.announcement} />
      <PracticePage {...props} p={p} />
    </>
  );
}

function PracticePage({ scorecardPath, onEnded, practicePath, comparePath, aside, p }: PracticeViewProps & { p: PracticeSession }) {
  const [editing, setEditing] = useState<{ reply: number; text: string; id: number } | null>(null);
  const idleNow = p.phase === 'idle';
  const open = p.session?.status === 'open';
  const { branchFrom, regenerate } = p;

  const tryAgainFrom = useCallback(
    async (turn: Turn) => {
      const id = await branchFrom(turn.index);
      if (id) navigate(practicePath(id));
    },
    [branchFrom, practicePath],
  );

  // Stable per phase, so the memoised transcript re-renders only when turns or the phase change.
  const replyActions = useCallback(
    (turn: Turn, reply: number, latest: boolean) => (
      <>
        {latest && open && (
          <button type="button" className="btn btn-small btn-ghost" disabled={!idleNow} onClick={() => setEditing({ reply, text: turn.text, id: Date.now() })}>
            Edit and resend<span className="visually-hidden"> reply {reply}</span>
          </button>
        )}
        <button type="button" className="btn btn-small btn-ghost" disabled={!idleNow} onClick={() => void tryAgainFrom(turn)}>
          Try again from here<span className="visually-hidden"> (reply {reply})</span>
        </button>
      </>
    ),
    [idleNow, open, tryAgainFrom],
  );
  const lastAnswerActions = useCallback(
    () =>
      open ? (
        <button type="button" className="btn btn-small btn-ghost" disabled={!idleNow} onClick={() => regenerate()}>
          Regenerate their reply
        </button>
      ) : null,
    [idleNow, open, regenerate],
  );
  const session = p.session;
  const loaded = session !== null;
  useDocumentTitle(session ? `Practice: ${session.title}` : 'Practice');

  useEffect(() => {
    if (loaded) followBottom(true);
  }, [loaded]);

  if (p.loadError) return <PageMessage title="Practice">{p.loadError}</PageMessage>;
  if (!session) return <Loading label="Opening the session…" />;

  const { scenario, turns } = session;
  if (!scenario || session.kind === 'imported')
    return (
      <Banner tone="info" actions={<a className="btn btn-small" href={href(scorecardPath)}>View scorecard</a>}>
        This is a conversation you imported: it has a scorecard to review, not a practice to continue.
      </Banner>
    );
  const name = scenario.persona.name;
  const idle = idleNow;
  const canRetry = open && idle && replyMissing(turns);
  const previousTurn = turns.findLast((t) => t.speaker === 'persona')?.text;

  // The Retry button goes away once pressed; keep focus on the page rather than let it fall to <body>.
  const retry = () => {
    p.retry();
    focusHeading(document.getElementById(TITLE_ID));
  };

  const end = async () => {
    if (await p.end()) onEnded();
  };

  return (
    <StreamStoreContext value={p.store}>
      <section className="practice" aria-labelledby={TITLE_ID}>
        <header className="practice-head">
          <div>
            <h1 id={TITLE_ID} tabIndex={-1}>
              {scenario.title}
            </h1>
            <p className="muted">
              With <strong>{name}</strong>, {scenario.persona.role}
            </p>
            {aside}
          </div>
          {open ? (
            <div className="practice-actions">
              <FeedbackToggle enabled={session.feedbackEnabled} disabled={!idle} onChange={p.toggleFeedback} />
              <EndSessionButton disabled={!idle} onEnd={end} />
            </div>
          ) : (
            <div className="practice-actions">
              <DownloadLinks sessionId={session.id} />
              <a className="btn btn-primary" href={href(scorecardPath)}>
                View scorecard
              </a>
            </div>
          )}
        </header>
        <details className="brief">
          <summary>Brief and learning focus</summary>
          <p>{scenario.brief}</p>
          <p>
            <span className="focus-label">Learning focus</span> {scenario.learningFocus}
          </p>
        </details>

        {(session.parentId || session.branches.length > 0) && (
          <BranchList session={session} practicePath={practicePath} comparePath={comparePath} />
        )}
        <Transcript turns={turns} personaName={name} replyActions={replyActions} lastAnswerActions={lastAnswerActions} />
        <StreamingReply name={name} waiting={p.phase === 'waiting'} />
        {open && (p.phase === 'waiting' || p.phase === 'persona') && (
          <div className="stop-row">
            <button type="button" className="btn btn-small" onClick={p.stop}>
              Stop {name}’s reply
            </button>
          </div>
        )}

        {open && (
          <div className="composer-dock">
            {p.connection === 'reconnecting' && (
              // Announced through the LiveAnnouncer, once per drop.
              <p className="connection">Connection lost. Reconnecting…</p>
            )}
            {p.problem && (
              <Banner
                onDismiss={p.dismissProblem}
                actions={
                  RETRYABLE.has(p.problem.code) && canRetry ? (
                    <button type="button" className="btn btn-small" onClick={retry}>
                      Retry
                    </button>
                  ) : null
                }
              >
                {p.problem.message}
              </Banner>
            )}
            {!p.problem && canRetry && p.connection === 'open' && (
              <Banner
                tone="info"
                actions={
                  <button type="button" className="btn btn-small" onClick={retry}>
                    Retry
                  </button>
                }
              >
                {name}’s reply did not arrive.
              </Banner>
            )}
            <Composer
              personaName={name}
              waitingFor={p.connection !== 'open' ? 'Reconnecting…' : idle ? null : `${name} is replying…`}
              onSend={(text) => {
                if (!editing) return p.send(text);
                const sent = p.edit(text);
                if (sent) setEditing(null);
                return sent;
              }}
              sessionId={session.id}
              fill={editing ? { id: editing.id, text: editing.text } : p.returned}
              editing={editing ? { reply: editing.reply, onCancel: () => setEditing(null) } : null}
              renderHint={(draft) => (
                // A hint: if its chunk cannot arrive, the leader types without it (the server still scores every reply).
                <ChunkBoundary failed={null}>
                  <Suspense fallback={null}>
                    <LiveMeter draft={draft} previousTurn={previousTurn} />
                  </Suspense>
                </ChunkBoundary>
              )}
            />
          </div>
        )}
      </section>
    </StreamStoreContext>
  );
}
