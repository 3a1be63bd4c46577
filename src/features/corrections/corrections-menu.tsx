import { useId, useState } from 'react';
import type { SlimCorpus } from '../../corpus/slim-corpus.ts';
import { formatCount } from '../../components/format.ts';
import type { StoredCorrection } from '../../loader/stored-correction.ts';
import { describeCorrection } from './describe-correction.ts';
import './corrections-menu.css';

interface CorrectionsMenuProps {
  items: readonly StoredCorrection[];
  /** The corpus as loaded (merged-away actors still have their names here). */
  corpus: Pick<SlimCorpus, 'actors' | 'quotes'>;
  onUndo: () => void;
  onRemove: (id: string) => void;
  onDownload: () => void;
}

/** The header's Corrections menu: the list (each removable), Undo last, and the download. */
export function CorrectionsMenu({
  items,
  corpus,
  onUndo,
  onRemove,
  onDownload,
}: CorrectionsMenuProps) {
  const [open, setOpen] = useState(false);
  const popupId = useId();
  return (
    <div className="corrections-menu">
      <button
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={popupId}
        onClick={() => setOpen((v) => !v)}
      >
        Corrections{items.length > 0 ? ` (${items.length})` : ''}
      </button>
      <div className="corrections-menu__popup" id={popupId} hidden={!open}>
        <h2 className="corrections-menu__title">Corrections</h2>
        {items.length === 0 ? (
          <p className="corrections-menu__note">
            None yet. Merge actors or add aliases from an actor’s panel; change a speaker or reject
            a quote from its card. They are kept in this browser for this corpus.
          </p>
        ) : (
          <>
            <p className="corrections-menu__note">
              {formatCount(items.length, 'correction')}, kept in this browser for this corpus.
            </p>
            <ol className="corrections-menu__list">
              {items.map((item) => {
                const text = describeCorrection(item.correction, corpus);
                return (
                  <li key={item.id}>
                    <span>{text}</span>
                    <button
                      type="button"
                      className="button button--small button--ghost"
                      aria-label={`Remove correction: ${text}`}
                      onClick={() => onRemove(item.id)}
                    >
                      Remove
                    </button>
                  </li>
                );
              })}
            </ol>
          </>
        )}
        <div className="corrections-menu__actions">
          <button
            type="button"
            className="button button--small"
            disabled={items.length === 0}
            onClick={onUndo}
          >
            Undo last correction
          </button>
          <button
            type="button"
            className="button button--small"
            disabled={items.length === 0}
            onClick={onDownload}
          >
            Download overrides file
          </button>
        </div>
      </div>
    </div>
  );
}
