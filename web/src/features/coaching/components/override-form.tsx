import { useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import type { OverrideBody } from '@core/review/wire';
import { MOVE_KINDS, type MoveKind } from '@core/rubric/types';
import { coachingApi } from '../api/coaching-api';
import { useSaving } from '../hooks/use-saving';
import { DELEGATION_VALUES, labelText } from './labels';

interface OverrideFormProps {
  sessionId: string;
  turnIndex: number;
  /** The reply's number as the leader counts them ("reply 2"); `turnIndex` is the transcript's, for the API. */
  reply: number;
  /** A move of the reply, or null for the reply's delegation level. */
  moveIndex: number | null;
  current: string;
  /** `saved` says what changed, in words for the page's announcement; null when cancelled. */
  onDone(saved: string | null): void;
}

/** Relabel one move or the delegation level; a reason is required and kept with the change. */
export function OverrideForm({ sessionId, turnIndex, reply, moveIndex, current, onDone }: OverrideFormProps) {
  const options = moveIndex === null ? DELEGATION_VALUES : [...MOVE_KINDS];
  const [to, setTo] = useState(options.find((o) => o !== current) ?? current);
  const [reason, setReason] = useState('');
  const { busy, error, save } = useSaving();
  const id = `o-${turnIndex}-${moveIndex ?? 'd'}`;
  const first = useRef<HTMLSelectElement>(null);
  // Opened from its button, which the form replaces: focus goes to the form's first field. A layout effect, as
  // every focus move after a key here: Preact (the page's runtime) runs passive effects a frame later, after the next key.
  useLayoutEffect(() => first.current?.focus(), []);

  const submit = (e: FormEvent) =>
    save(e, async () => {
      const body: OverrideBody =
        moveIndex === null
          ? { turnIndex, target: 'delegation', to: to === 'none' ? 'none' : Number(to), reason }
          : { turnIndex, target: 'move', moveIndex, to: to as MoveKind, reason };
      await coachingApi.override(sessionId, body);
      onDone(`Override saved: ${labelText(to)}, was ${labelText(current)}.`);
    });

  return (
    // Escape cancels, as in a dialog; focus goes back to the Override button either way.
    <form className="override-form" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && onDone(null)} aria-label={moveIndex === null ? `Override: delegation of reply ${reply}` : `Override: move ${moveIndex + 1} of reply ${reply}`}>
      <label htmlFor={`${id}-to`}>{moveIndex === null ? 'Delegation level' : 'Label'}</label>
      <select id={`${id}-to`} ref={first} value={to} onChange={(e) => setTo(e.target.value)}>
        {options.map((o) => (
          <option key={o} value={o} disabled={o === current}>
            {labelText(o)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-reason`}>Reason (required)</label>
      <input id={`${id}-reason`} value={reason} onChange={(e) => setReason(e.target.value)} required maxLength={500} />
      <div className="override-actions">
        <button type="submit" className="btn btn-small btn-primary" disabled={!reason.trim()} aria-disabled={busy}>
          {busy ? 'Saving…' : 'Save override'}
        </button>
        <button type="button" className="btn btn-small btn-ghost" onClick={() => onDone(null)}>
          Cancel
        </button>
      </div>
      {error && <p role="alert" className="form-error">{error}</p>}
    </form>
  );
}
