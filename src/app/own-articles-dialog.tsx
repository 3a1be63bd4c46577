import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
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
  const choice = workspaceChoice(useCorpusUrl());
  const show = useShowWorkspace();
  const openDialog = useCallback(() => setOpen(true), []);
  // This host sees every URL change (a search typed, a filter): the dialog's form is rendered
  // again only when its workspace changes, not on each of those.
  const form = useMemo(() => <OwnArticles choice={choice} onShow={show} />, [choice, show]);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open) warmIngestWorker();
    if (open && !element.open) element.showModal?.();
    if (!open && element.open) element.close();
  }, [open]);
  return (
    <OpenOwnArticles.Provider value={openDialog}>
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
        {form}
      </dialog>
    </OpenOwnArticles.Provider>
  );
}
