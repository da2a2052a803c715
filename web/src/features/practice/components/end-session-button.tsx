import { useState } from 'react';
import { focusWhenShown } from '@web/lib/focus-when-shown';

/** Ending is final, so it asks once: "End session" -> "End and see scorecard" / "Keep practising". */
export function EndSessionButton({ disabled, onEnd }: { disabled: boolean; onEnd(): Promise<void> }) {
  const [step, setStep] = useState<'idle' | 'confirm' | 'ending'>('idle');
  if (step === 'idle')
    return (
      <button type="button" className="btn" disabled={disabled} onClick={() => setStep('confirm')}>
        End session
      </button>
    );
  const end = async () => {
    setStep('ending');
    await onEnd();
    setStep('idle');
  };
  return (
    <div className="confirm" role="group" aria-label="End this session?">
      <button type="button" className="btn btn-primary" disabled={disabled || step === 'ending'} onClick={end} ref={focusWhenShown}>
        {step === 'ending' ? 'Scoring the session…' : 'End and see scorecard'}
      </button>
      {step === 'confirm' && (
        <button type="button" className="btn btn-ghost" onClick={() => setStep('idle')}>
          Keep practising
        </button>
      )}
    </div>
  );
}
