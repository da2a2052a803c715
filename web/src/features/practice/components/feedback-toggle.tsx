import { useId, useState } from 'react';

interface FeedbackToggleProps {
  enabled: boolean;
  disabled: boolean;
  onChange(enabled: boolean): Promise<void>;
}

/**
 * Flips at once and says it is saving (aria-busy) until the server agrees; it stays focusable
 * meanwhile, since disabling the focused switch would drop a keyboard user's focus.
 */
export function FeedbackToggle({ enabled, disabled, onChange }: FeedbackToggleProps) {
  const [saving, setSaving] = useState<boolean | null>(null);
  const id = useId();
  const checked = saving ?? enabled;
  const change = async () => {
    if (saving !== null) return;
    setSaving(!checked);
    await onChange(!checked); // On failure the session keeps its old value and the switch shows it again.
    setSaving(null);
  };
  return (
    <div className="switch">
      <input
        id={id}
        type="checkbox"
        role="switch"
        checked={checked}
        disabled={disabled}
        aria-busy={saving !== null || undefined}
        onChange={change}
      />
      <label htmlFor={id}>Coaching notes</label>
    </div>
  );
}
