import { useState, type FormEvent } from 'react';
import type { OverrideBody } from '@core/review/wire';
import { MOVE_KINDS, type MoveKind } from '@core/rubric/types';
import { errorMessage } from '@web/lib/api-client';
import { coachingApi } from '../api/coaching-api';
import { DELEGATION_VALUES, labelText } from './labels';

interface OverrideFormProps {
  sessionId: string;
  turnIndex: number;
  /** A move of the reply, or null for the reply's delegation level. */
  moveIndex: number | null;
  current: string;
  onDone(changed: boolean): void;
}

/** Relabel one move or the delegation level; a reason is required and kept with the change. */
export function OverrideForm({ sessionId, turnIndex, moveIndex, current, onDone }: OverrideFormProps) {
  const options = moveIndex === null ? DELEGATION_VALUES : [...MOVE_KINDS];
  const [to, setTo] = useState(options.find((o) => o !== current) ?? current);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = `o-${turnIndex}-${moveIndex ?? 'd'}`;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const body: OverrideBody =
      moveIndex === null
        ? { turnIndex, target: 'delegation', to: to === 'none' ? 'none' : Number(to), reason }
        : { turnIndex, target: 'move', moveIndex, to: to as MoveKind, reason };
    try {
      await coachingApi.override(sessionId, body);
      onDone(true);
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  };

  return (
    <form className="override-form" onSubmit={submit}>
      <label htmlFor={`${id}-to`}>{moveIndex === null ? 'Delegation level' : 'Label'}</label>
      <select id={`${id}-to`} value={to} onChange={(e) => setTo(e.target.value)}>
        {options.map((o) => (
          <option key={o} value={o} disabled={o === current}>
            {labelText(o)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-reason`}>Reason (required)</label>
      <input id={`${id}-reason`} value={reason} onChange={(e) => setReason(e.target.value)} required maxLength={500} />
      <div className="override-actions">
        <button type="submit" className="btn btn-small btn-primary" disabled={busy || !reason.trim()}>
          {busy ? 'Saving…' : 'Save override'}
        </button>
        <button type="button" className="btn btn-small btn-ghost" onClick={() => onDone(false)}>
          Cancel
        </button>
      </div>
      {error && <p role="alert" className="form-error">{error}</p>}
    </form>
  );
}
