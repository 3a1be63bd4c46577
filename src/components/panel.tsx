import { useId, type ReactNode } from 'react';
import { formatNumber } from './format.ts';
import './panel.css';

interface PanelHeaderProps {
  /** Small label above the title: what kind of thing is shown ("Actor", "Link", "Article"). */
  eyebrow: string;
  title: ReactNode;
  children?: ReactNode;
  /** Controls at the top right (close, back). */
  actions?: ReactNode;
}

/**
 * The heading block of the side panel. The h2 takes focus (tabIndex -1) when the selection
 * changes, so keyboard and screen-reader users land on what they just opened.
 */
export function PanelHeader({ eyebrow, title, children, actions }: PanelHeaderProps) {
  return (
    <div className="panel-header">
      <div className="panel-header__top">
        <p className="panel-header__eyebrow">{eyebrow}</p>
        {actions && <div className="panel-header__actions">{actions}</div>}
      </div>
      <h2 className="panel-header__title" tabIndex={-1} data-panel-heading="">
        {title}
      </h2>
      {children}
    </div>
  );
}

interface PanelSectionProps {
  title: string;
  count?: number;
  children: ReactNode;
}

/** A titled part of a panel; the count is part of the heading so it is announced with it. */
export function PanelSection({ title, count, children }: PanelSectionProps) {
  const id = useId();
  return (
    <section className="panel-section" aria-labelledby={id}>
      <h3 id={id} className="panel-section__title">
        {title}
        {count !== undefined && (
          <>
            {' '}
            <span className="count">{formatNumber(count)}</span>
          </>
        )}
      </h3>
      {children}
    </section>
  );
}
