import { createContext, useContext, type ReactNode } from 'react';
import type { Lang } from './lang';
import type { Catalog, Messages } from './messages';

const LangContext = createContext<Lang>('en');

/** Sets the UI language for everything inside (outside any provider it is English). */
export function LangProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return <LangContext.Provider value={lang}>{children}</LangContext.Provider>;
}

/** The UI language. */
export const useLang = (): Lang => useContext(LangContext);

/** A part's messages in the current language. */
export function useMessages<M extends Messages>(catalog: Catalog<M>): M {
  return catalog[useContext(LangContext)];
}
