import { useEffect, useRef, useState, type ReactNode } from 'react';
import { OwnArticles } from '../features/own-articles/own-articles.tsx';
import { warmIngestWorker } from '../loader/ingest-client.ts';
import { OpenOwnArticles } from './open-own-articles.ts';
import { useCorpusUrl, useShowWorkspace, workspaceChoice } from './use-corpus.ts';

/**
 * Holds the "Add your articles" dialog above whatever screen the app shows, so a run in
 * progress and its result survive the switch from one corpus (and screen) to another.
 */
export function OwnArticlesHost({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const url = useCorpusUrl();
  const show = useShowWorkspace();
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open) warmIngestWorker();
    if (open && !element.open) element.showModal?.();
    if (!open && element.open) element.close();
  }, [open]);
  return (
    <OpenOwnArticles.Provider value={() => setOpen(true)}>
      {children}
      <dialog
        ref={dialog}
        className="own-articles-dialog"
        aria-labelledby="own-articles-title"
        onClose={() => setOpen(false)}
      >
        <div className="own-articles-dialog__head">
          <h2 id="own-articles-title">Your own articles</h2>
          <button type="button" className="button" onClick={() => setOpen(false)}>
            Close
          </button>
        </div>
        {/* Mounted while closed too: a run goes on, and its result stays, when the dialog closes. */}
        <OwnArticles choice={workspaceChoice(url)} onShow={show} />
      </dialog>
    </OpenOwnArticles.Provider>
  );
}
