import { createContext, useContext } from 'react';

/** The "Add your articles" dialog's opener, provided by OwnArticlesHost. */
export const OpenOwnArticles = createContext<() => void>(() => {});

/** Opens the "Add your articles" dialog (for the header's button). */
export function useOpenOwnArticles(): () => void {
  return useContext(OpenOwnArticles);
}
