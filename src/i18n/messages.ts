import type { Lang } from './lang';

/** A message: fixed text, or a function of its values (numbers come in already formatted). */
export type Message = string | ((...values: never[]) => string);

/** The messages of one part of the UI, by key. */
export type Messages = Record<string, Message>;

/** One part's messages in every language: the Chinese must have every English key, same shape. */
export type Catalog<M extends Messages> = Readonly<Record<Lang, M>>;

/**
 * Declares a part's messages. The English object fixes the keys and the signature of each
 * message; TypeScript then checks that the Chinese has them all, with the same parameters.
 *
 *     const messages = defineMessages({
 *       en: { step: 'Step forward', at: (t: number) => `time step ${t}` },
 *       zh: { step: '前进一步', at: (t) => `第 ${t} 个时间步` },
 *     });
 */
export function defineMessages<M extends Messages>(catalog: { en: M; zh: NoInfer<M> }): Catalog<M> {
  return catalog;
}
