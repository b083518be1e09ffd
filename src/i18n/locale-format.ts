/**
 * Numbers, values and dates as a reader expects them in each language: 1.234,5 and
 * "sekitar 20%" in Indonesian, 1,234.5 and "about 20%" in English.
 */
import type { Indicator } from '../data/schema/index';
import type { Lang } from './lang';

const locale = (lang: Lang) => (lang === 'id' ? 'id-ID' : 'en-GB');

export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits }).format(value);
}

/** Rupiah in words a reader says aloud: Rp2,5 juta, Rp3 miliar / Rp2.5 million, Rp3 billion. */
function rupiah(value: number, lang: Lang): { amount: string; scale: string } {
  const scales = [
    { size: 1e12, id: 'triliun', en: 'trillion' },
    { size: 1e9, id: 'miliar', en: 'billion' },
    { size: 1e6, id: 'juta', en: 'million' },
  ];
  const scale = scales.find((s) => Math.abs(value) >= s.size);
  if (!scale) return { amount: formatNumber(value, lang, 0), scale: '' };
  return { amount: formatNumber(value / scale.size, lang, 2), scale: scale[lang] };
}

const APPROX = { id: 'sekitar', en: 'about' } as const;

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
    else if (row.unit === 'members') text = `${range} ${lang === 'id' ? 'anggota' : 'members'}`;
    else text = range;
  }
  return row.approximate ? `${APPROX[lang]} ${text}` : text;
}

/** "Okt 2025" / "Oct 2025" for a yyyy-mm string. */
export function formatMonth(yearMonth: string, lang: Lang, month: 'short' | 'long' = 'short'): string {
  const [y, m] = yearMonth.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(locale(lang), { month, year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 1)));
}

/** "17 Okt 2025" — the short form used in tables and charts. */
export function formatShortDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale(lang), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

/** Joins words as a sentence would: "a, b dan c" / "a, b and c". */
export function formatList(items: string[], lang: Lang): string {
  return new Intl.ListFormat(locale(lang), { style: 'long', type: 'conjunction' }).format(items);
}
