import type { ReactNode } from 'react';
import './alert.css';

interface AlertProps {
  title: string;
  children?: ReactNode;
  /** Shown as a button under the message. */
  action?: { label: string; onClick: () => void };
  /** Further buttons, after `action`, drawn as secondary. */
  moreActions?: readonly { label: string; onClick: () => void }[];
  tone?: 'error' | 'info';
}

/** A message the user must notice: role="alert" for errors, a plain status otherwise. */
export function Alert({ title, children, action, moreActions = [], tone = 'error' }: AlertProps) {
  return (
    <div className={`alert alert--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <p className="alert__title">{title}</p>
      {children !== undefined && <div className="alert__body">{children}</div>}
      {(action || moreActions.length > 0) && (
        <div className="alert__actions">
          {action && (
            <button type="button" className="button button--primary" onClick={action.onClick}>
              {action.label}
            </button>
          )}
          {moreActions.map((a) => (
            <button key={a.label} type="button" className="button" onClick={a.onClick}>
              {a.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
