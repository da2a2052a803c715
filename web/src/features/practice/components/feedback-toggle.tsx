import { useId, useState } from 'react';

interface FeedbackToggleProps {
  enabled: boolean;
  disabled: boolean;
  onChange(enabled: boolean): Promise<void>;
}

export function FeedbackToggle({ enabled, disabled, onChange }: FeedbackToggleProps) {
  const [saving, setSaving] = useState(false);
  const id = useId();
  const change = async () => {
    setSaving(true);
    await onChange(!enabled);
    setSaving(false);
  };
  return (
    <div className="switch">
      <input
        id={id}
        type="checkbox"
        role="switch"
        checked={enabled}
        disabled={disabled || saving}
        onChange={change}
      />
      <label htmlFor={id}>Coaching notes</label>
    </div>
  );
}
