import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { MAX_REPLY_CHARS } from '@core/transcript/limits';
import { loadDraft, saveDraft } from '@web/lib/draft-storage';
import { INITIAL_FOCUS_ATTRIBUTE } from '@web/lib/heading-focus';

/** A mouse or trackpad (`pointer: fine`) comes with a keyboard: the placeholder names the keys. */
const keyboardAtHand = (): boolean => window.matchMedia('(pointer: fine)').matches;

/**
 * The page opens with the cursor in the reply box only with a keyboard at hand and a window wide
 * enough that the box is docked at its full size. On a phone or tablet an on-screen keyboard would
 * pop up over the persona's opening line before it is read; and below 700px wide (practice.css) the
 * box stays small until the user chooses to type, so focusing it on open would grow it at once and
 * shrink it back on the first click elsewhere, moving the page under the pointer. There focus goes
 * to the page heading as on every page, and a tap or click on the box starts typing.
 */
const startsFocused = (): boolean => window.matchMedia('(pointer: fine) and (min-width: 701px)').matches;

interface ComposerProps {
  personaName: string;
  /** Why nothing can be sent right now (a reply in flight, reconnecting), or null when ready. */
  waitingFor: string | null;
  /** Returns false when the reply could not be sent; the draft is kept. */
  onSend(text: string): boolean;
  /** Optional extra under the textarea (the live meter), given the current draft. */
  renderHint?(draft: string): ReactNode;
  /** The draft is kept per session in local storage until sent. */
  sessionId: string;
  /** Text handed back (a refused reply, a reply being edited): replaces the draft when its id changes. */
  fill?: { id: number; text: string } | null;
  /** Editing the latest reply: the label says so and a cancel button leaves edit mode. */
  editing?: { reply: number; onCancel(): void } | null;
}

export function Composer({ personaName, waitingFor, onSend, renderHint, sessionId, fill, editing }: ComposerProps) {
  const busy = waitingFor !== null;
  const [draft, setDraftState] = useState(() => loadDraft(sessionId));
  const setDraft = (text: string) => {
    setDraftState(text);
    saveDraft(sessionId, text);
  };
  const input = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const text = draft.trim();
  const tooLong = text.length > MAX_REPLY_CHARS;
  const [keyboard] = useState(keyboardAtHand);
  // Read once: the route's focus handling looks for it when the page opens.
  const [initialFocus] = useState(() => (startsFocused() ? { [INITIAL_FOCUS_ATTRIBUTE]: '' } : {}));

  useEffect(() => {
    if (!fill) return;
    setDraftState(fill.text);
    saveDraft(sessionId, fill.text);
    input.current?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new fill (its id) replaces the draft, not a re-render
  }, [fill?.id]);

  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    if (busy || !text || tooLong) return;
    if (onSend(text)) setDraft('');
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      submit();
    }
  };

  return (
    <form className="composer" onSubmit={submit}>
      <div className="composer-top">
        <label htmlFor={`${id}-reply`} className="composer-label">
          {editing ? `Edit reply ${editing.reply} and resend it to ${personaName}` : `Your reply to ${personaName}`}
        </label>
        {editing && (
          <button type="button" className="btn btn-ghost btn-small" onClick={editing.onCancel}>
            Cancel edit
          </button>
        )}
      </div>
      <div className="composer-row">
        <textarea
          id={`${id}-reply`}
          ref={input}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={onKeyDown}
          // Read-only, not disabled, while busy: a disabled box drops focus (to <body>) and the
          // cursor would have to be put back after each reply, or after the socket connects on open.
          readOnly={busy}
          aria-disabled={busy || undefined}
          rows={2}
          placeholder={waitingFor ?? (keyboard ? 'Type your reply. Enter sends, Shift+Enter adds a line.' : 'Type your reply')}
          aria-describedby={`${id}-hint`}
          {...initialFocus}
        />
        <button type="submit" className="btn btn-primary" disabled={busy || !text || tooLong}>
          {editing ? 'Resend' : 'Send'}
        </button>
      </div>
      <div id={`${id}-hint`} className="composer-hint">
        {renderHint?.(draft)}
        {text.length > MAX_REPLY_CHARS - 500 && (
          <span className={tooLong ? 'count count-over' : 'count'}>
            {text.length} / {MAX_REPLY_CHARS}
          </span>
        )}
      </div>
    </form>
  );
}
