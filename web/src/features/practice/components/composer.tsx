import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { MAX_REPLY_CHARS } from '@core/transcript/limits';

interface ComposerProps {
  personaName: string;
  /** Why nothing can be sent right now (a reply in flight, reconnecting), or null when ready. */
  waitingFor: string | null;
  /** Returns false when the reply could not be sent; the draft is kept. */
  onSend(text: string): boolean;
  /** Optional extra under the textarea (the live meter), given the current draft. */
  renderHint?(draft: string): ReactNode;
}

export function Composer({ personaName, waitingFor, onSend, renderHint }: ComposerProps) {
  const busy = waitingFor !== null;
  const [draft, setDraft] = useState('');
  const input = useRef<HTMLTextAreaElement>(null);
  const refocus = useRef(false);
  const id = useId();
  const text = draft.trim();
  const tooLong = text.length > MAX_REPLY_CHARS;

  // Disabling the textarea drops focus; give it back when the reply has landed.
  useEffect(() => {
    if (!busy && refocus.current) {
      refocus.current = false;
      input.current?.focus();
    }
  }, [busy]);

  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    if (busy || !text || tooLong) return;
    refocus.current = document.activeElement === input.current;
    if (onSend(text)) setDraft('');
    else refocus.current = false;
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      submit();
    }
  };

  return (
    <form className="composer" onSubmit={submit}>
      <label htmlFor={`${id}-reply`} className="composer-label">
        Your reply to {personaName}
      </label>
      <div className="composer-row">
        <textarea
          id={`${id}-reply`}
          ref={input}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={onKeyDown}
          disabled={busy}
          rows={2}
          placeholder={waitingFor ?? 'Type your reply. Enter sends, Shift+Enter adds a line.'}
          aria-describedby={`${id}-hint`}
        />
        <button type="submit" className="btn btn-primary" disabled={busy || !text || tooLong}>
          Send
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
