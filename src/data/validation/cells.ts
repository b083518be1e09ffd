/**
 * One cell at a time: hygiene checks that apply to every text cell, then the cast from CSV
 * text to the column's Table Schema type. Returns the typed value or one problem.
 */
import { DATE_PATTERN, LIST_SEPARATOR, anchored, isCalendarDate, type CellType } from '../schema/fields';
import type { MessageKey } from './messages';
import type { ErrorType } from './problems';

export type CellResult = { ok: true; value: unknown } | { ok: false; type: ErrorType; key: MessageKey; params?: Record<string, string> };

// C0 and C1 controls, DEL, line/paragraph separators, bidirectional overrides and isolates, BOM.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/;
const MARKUP = /<\s*\/?\s*[a-z!?][^>]*>?|&(?:#\d+|#x[0-9a-f]+|[a-z]+);/i;
const FORMULA_START = /^[=+\-@]/;
const INTEGER = /^-?\d+$/;
const NUMBER = /^-?\d+(?:\.\d+)?$/;
const DATE = anchored(DATE_PATTERN);

// A cell with none of these characters, and with a plain first and last character, passes hygiene:
// the common case is decided with one scan instead of four.
// eslint-disable-next-line no-control-regex
const SUSPECT = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff<&]/;
const plainEnd = (code: number) => code > 0x20 && code < 0x7f;

/** Checks that apply to a cell whatever its column: invisible characters, stray spaces, formulas, markup. */
export function hygiene(cell: string, type: CellType): CellResult | undefined {
  const first = cell.charCodeAt(0);
  // = + - @ start a formula.
  if (plainEnd(first) && first !== 0x3d && first !== 0x2b && first !== 0x2d && first !== 0x40 && plainEnd(cell.charCodeAt(cell.length - 1)) && !SUSPECT.test(cell)) {
    return undefined;
  }
  const control = CONTROL.exec(cell);
  if (control) {
    const codepoint = `U+${control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    return { ok: false, type: 'control-character', key: 'control-character', params: { codepoint } };
  }
  if (/^\s|\s$/.test(cell)) return { ok: false, type: 'surrounding-whitespace', key: 'surrounding-whitespace' };
  // In a numeric column a leading minus is a sign; a malformed number gets the type error that names its fix.
  const numeric = (type === 'integer' || type === 'number') && /^-?[\d.,]+$/.test(cell);
  if (FORMULA_START.test(cell) && !numeric) {
    return { ok: false, type: 'formula-injection', key: 'formula-injection', params: { first: cell[0]! } };
  }
  const markup = MARKUP.exec(cell);
  if (markup) return { ok: false, type: 'html-markup', key: 'html-markup', params: { markup: markup[0].slice(0, 40) } };
  return undefined;
}

/** "17/10/2025", "17-10-2025" or "17.10.2025" → "2025-10-17", or undefined if it is not day-month-year. */
function dayMonthYear(cell: string): string | undefined {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(cell);
  if (!m) return undefined;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isCalendarDate(iso) ? iso : undefined;
}

/** Casts a non-empty cell to its column type. */
export function cast(cell: string, type: CellType): CellResult {
  switch (type) {
    case 'string':
      return { ok: true, value: cell };
    case 'integer':
      if (INTEGER.test(cell)) return { ok: true, value: Number(cell) };
      return { ok: false, type: 'type-error', key: 'type-integer' };
    case 'number': {
      if (NUMBER.test(cell)) return { ok: true, value: Number(cell) };
      if (/^-?\d+,\d+$/.test(cell)) {
        return { ok: false, type: 'type-error', key: 'decimal-comma', params: { suggestion: cell.replace(',', '.') } };
      }
      return { ok: false, type: 'type-error', key: 'type-number' };
    }
    case 'date': {
      if (DATE.test(cell)) {
        return isCalendarDate(cell) ? { ok: true, value: cell } : { ok: false, type: 'type-error', key: 'not-a-calendar-day' };
      }
      const suggestion = dayMonthYear(cell);
      if (suggestion) return { ok: false, type: 'type-error', key: 'date-dmy', params: { suggestion } };
      return { ok: false, type: 'type-error', key: 'type-date' };
    }
    case 'boolean':
      if (cell === 'true') return { ok: true, value: true };
      if (cell === 'false') return { ok: true, value: false };
      return { ok: false, type: 'type-error', key: 'type-boolean' };
    case 'list': {
      const items = cell.split(LIST_SEPARATOR);
      const wellFormed = items.every((item) => item !== '' && item.trim() === item);
      if (!wellFormed) {
        const suggestion = items
          .map((item) => item.trim())
          .filter(Boolean)
          .join(LIST_SEPARATOR);
        return { ok: false, type: 'type-error', key: 'type-list', params: { suggestion } };
      }
      // Item patterns are checked by zod; the cast only splits.
      return { ok: true, value: items };
    }
  }
}
