/**
 * Type-level tests of the text catalogue, checked by `npm run typecheck` (tsc): each line marked
 * @ts-expect-error must stay an error, so the guard cannot be weakened without tsc failing.
 */
import type { Namespaces } from '../../src/i18n/catalogue';
import { defineText } from '../../src/i18n/define-text';

// A key missing from English.
// @ts-expect-error Property 'b' is missing
defineText({ id: { a: 'satu', b: 'dua' }, en: { a: 'one' } });

// A key only English has.
// @ts-expect-error Object literal may only specify known properties
defineText({ id: { a: 'satu' }, en: { a: 'one', b: 'two' } });

// A nested key missing, and a message taking other values.
// @ts-expect-error Property 'c' is missing
defineText({ id: { a: { b: 'x', c: 'y' } }, en: { a: { b: 'x' } } });
// @ts-expect-error Types of parameters are incompatible
defineText({ id: { count: (n: number) => `${n} baris` }, en: { count: (n: string) => n } });

// Every namespace of the catalogue has the same shape in both languages, even one not built with defineText.
type SameShape<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type AllTrue<T> = T[keyof T] extends true ? true : false;
export const everyNamespaceHasOneShape: AllTrue<{ [N in keyof Namespaces]: SameShape<Namespaces[N]['id'], Namespaces[N]['en']> }> = true;

// …and the check above is not vacuous: two shapes that differ make it false.
export const differentShapesAreCaught: SameShape<{ a: string }, { a: string; b: string }> = false;
