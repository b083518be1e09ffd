/**
 * The one way to write reader-facing text: both languages side by side, Indonesian first.
 * English is checked against the Indonesian shape, so a key missing from or extra in either
 * language, or a message that takes other values, fails the typecheck.
 */
import type { Lang } from './lang';

/** `defineText({ id: { … }, en: { … } })`: the Indonesian object sets the keys and the message parameters. */
export function defineText<T>(text: { id: T; en: NoInfer<T> }): Record<Lang, T> {
  return text;
}
