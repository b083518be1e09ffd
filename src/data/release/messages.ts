/**
 * What the release command says, typed by the catalogue: the words are in
 * t(lang).release.messages (src/i18n/text/release.ts), each message a function of its values.
 */
import { t, type Text } from '../../i18n/catalogue';
import type { Lang } from '../../i18n/lang';

type Messages = Text['release']['messages'];
export type ReleaseMessageKey = keyof Messages;
export type ReleaseMessageParams<K extends ReleaseMessageKey> = Parameters<Messages[K]>;

export function releaseMessage<K extends ReleaseMessageKey>(lang: Lang, key: K, ...params: ReleaseMessageParams<K>): string {
  const message = t(lang).release.messages[key] as (...args: ReleaseMessageParams<K>) => string;
  return message(...params);
}
