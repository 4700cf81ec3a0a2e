export { LANGS, LANG_NAMES, LANG_TAGS, preferredLang, type Lang } from './lang';
export { defineMessages, type Catalog, type Message, type Messages } from './messages';
export { LangProvider, useLang, useMessages } from './LangContext';
export { capitalize, quantityTerm, substepTitle, termMessages, type TermKey } from './terms';
