import { useState } from 'react';
import { focusWhenShown } from '@web/lib/focus-when-shown';

/**
 * Deleting is final, so it asks once, in place: "Delete" -> "Delete for good" / "Keep". `onDelete`
 * resolves to false when the delete failed (the list shows why): the confirm comes back to try again.
 */
export function DeleteSessionButton({ title, onDelete }: { title: string; onDelete(): Promise<boolean> }) {
  const [step, setStep] = useState<'idle' | 'confirm' | 'deleting'>('idle');
  if (step === 'idle')
    return (
      <button type="button" className="btn btn-ghost" onClick={() => setStep('confirm')}>
        Delete<span className="visually-hidden">: {title}</span>
      </button>
    );
  return (
    <span className="confirm" role="group" aria-label={`Delete ${title}?`}>
      <button
        type="button"
        className="btn btn-danger"
        ref={focusWhenShown}
        disabled={step === 'deleting'}
        onClick={async () => {
          setStep('deleting');
          if (!(await onDelete())) setStep('confirm');
        }}
      >
        {step === 'deleting' ? 'Deleting…' : 'Delete for good'}
      </button>
      <button type="button" className="btn btn-ghost" onClick={() => setStep('idle')}>
        Keep
      </button>
    </span>
  );
}
