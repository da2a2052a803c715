import type { ReactNode } from 'react';

export interface BannerProps {
  tone?: 'error' | 'info';
  children: ReactNode;
  /** Extra buttons, e.g. Retry. */
  actions?: ReactNode;
  onDismiss?: () => void;
}

export function Banner({ tone = 'error', children, actions, onDismiss }: BannerProps) {
  return (
    <div className={`banner banner-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <div className="banner-text">{children}</div>
      <div className="banner-actions">
        {actions}
        {onDismiss && (
          <button type="button" className="btn btn-ghost btn-small" onClick={onDismiss}>
            Dismiss
          </button>
        )}
      </div>
    </div>
  );
}
