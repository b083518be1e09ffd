/**
 * Numbers, values and dates as a reader expects them in each language: 1.234,5 and
 * "sekitar 20%" in Indonesian, 1,234.5 and "about 20%" in English.
 */
import type { Indicator } from '../data/schema/index';
import { t } from './catalogue';
import { LOCALES, type Lang } from './lang';

// Intl formatters are slow to create and a build formats thousands of values: one per language and options.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>();

function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>(
  kind: string,
  lang: Lang,
  options: object,
  create: () => F,
): F {
  const key = `${kind}|${lang}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = create()));
  return formatter as F;
}

const numberFormat = (lang: Lang, options: Intl.NumberFormatOptions) =>
  cached('number', lang, options, () => new Intl.NumberFormat(LOCALES[lang], options));

const dateFormat = (lang: Lang, options: Intl.DateTimeFormatOptions) =>
  cached('date', lang, options, () => new Intl.DateTimeFormat(LOCALES[lang], options));

export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 1): string {
  return numberFormat(lang, { maximumFractionDigits }).format(value);
}

/** Rupiah in words a reader says aloud: Rp2,5 juta, Rp3 miliar / Rp2.5 million, Rp3 billion. */
function rupiah(value: number, lang: Lang): { amount: string; scale: string } {
  const words = t(lang).ui;
  const scales = [
    { size: 1e12, word: words.trillion },
    { size: 1e9, word: words.billion },
    { size: 1e6, word: words.million },
  ];
  const scale = scales.find((s) => Math.abs(value) >= s.size);
  if (!scale) return { amount: formatNumber(value, lang, 0), scale: '' };
  return { amount: formatNumber(value / scale.size, lang, 2), scale: scale.word };
}

/** An indicator's value with its range, unit and "about" when the source gives an estimate. */
export function formatIndicatorValue(row: Pick<Indicator, 'value' | 'value_high' | 'unit' | 'approximate'>, lang: Lang): string {
  const dash = '–';
  let text: string;
  if (row.unit === 'rupiah') {
    const low = rupiah(row.value, lang);
    const high = row.value_high === undefined ? undefined : rupiah(row.value_high, lang);
    if (high && high.scale === low.scale) text = `Rp${low.amount}${dash}${high.amount} ${low.scale}`;
    else if (high) text = `Rp${low.amount} ${low.scale}${dash}Rp${high.amount} ${high.scale}`;
    else text = `Rp${low.amount}${low.scale ? ` ${low.scale}` : ''}`;
  } else {
    const range =
      row.value_high === undefined
        ? formatNumber(row.value, lang)
        : `${formatNumber(row.value, lang)}${dash}${formatNumber(row.value_high, lang)}`;
    if (row.unit === 'percent') text = `${range}%`;
    else if (row.unit === 'members') text = `${range} ${t(lang).ui.members}`;
    else text = range;
  }
  return row.approximate ? `${t(lang).ui.approximately} ${text}` : text;
}

const utcDay = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
};

/** "17 Oktober 2025" / "17 October 2025" for an ISO date. */
export function formatDate(iso: string, lang: Lang): string {
  return dateFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(utcDay(iso));
}

/** "17 Okt 2025" — the short form used in tables and charts. */
export function formatShortDate(iso: string, lang: Lang): string {
  return dateFormat(lang, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(utcDay(iso));
}

/** "Okt 2025" / "Oct 2025" for a yyyy-mm string. */
export function formatMonth(yearMonth: string, lang: Lang, month: 'short' | 'long' = 'short'): string {
  const [y, m] = yearMonth.split('-').map(Number) as [number, number];
  return dateFormat(lang, { month, year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 1)));
}

/** "Okt" / "Oct": the month of a yyyy-mm string without its year, for chart axes. */
export function formatMonthName(yearMonth: string, lang: Lang): string {
  return dateFormat(lang, { month: 'short', timeZone: 'UTC' }).format(new Date(`${yearMonth}-01T00:00:00Z`));
}

/** Joins words as a sentence would: "a, b dan c" / "a, b and c". */
export function formatList(items: string[], lang: Lang): string {
  return cached('list', lang, {}, () => new Intl.ListFormat(LOCALES[lang], { style: 'long', type: 'conjunction' })).format(items);
}

/** A file size for readers: 12.3 KB, with the language's decimal mark. */
export function formatBytes(bytes: number, lang: Lang): string {
  const words = t(lang).data.files;
  const number = (n: number) => formatNumber(n, lang, 1);
  if (bytes < 1024) return words.bytes(number(bytes));
  if (bytes < 1024 * 1024) return words.kilobytes(number(bytes / 1024));
  return words.megabytes(number(bytes / (1024 * 1024)));
}
