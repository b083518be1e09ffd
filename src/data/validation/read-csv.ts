/**
 * Turns the bytes of an editor's CSV file into a header and rows with line numbers, or into
 * problems an editor can act on. Accepts what Excel's "CSV UTF-8" writes (a byte-order mark,
 * CRLF line endings); names the fix for what other export options write.
 */
import { parse } from 'csv-parse/sync';
import type { Problem } from './problems';

export interface CsvRow {
  /** Line of the file where the row starts; the header is line 1. */
  line: number;
  cells: string[];
  /** The raw text of the row's line(s), to locate a cell for annotations. */
  raw: string;
}

export interface CsvFile {
  header: string[];
  rows: CsvRow[];
  /** The decoded text, without the byte-order mark and with LF line endings. */
  text: string;
  hadBom: boolean;
  hadCrlf: boolean;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** Byte offset of the first sequence that is not valid UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need = 0;
    let min = 0;
    if (b < 0x80) {
      i += 1;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Splits one CSV line into the 1-based character column where each cell starts. */
export function cellColumns(rawLine: string): number[] {
  const starts = [1];
  let quoted = false;
  for (let i = 0; i < rawLine.length; i++) {
    const ch = rawLine[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) starts.push(i + 2);
  }
  return starts;
}

/** A file that could be read has `file`; problems may come with it (a row with broken quotes). */
export interface ReadResult {
  file?: CsvFile;
  problems: Problem[];
}

export function readCsv(bytes: Uint8Array): ReadResult {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { problems: [{ type: 'encoding-error', key: 'utf16', rowNumber: 1 }] };
  }
  const hadBom = UTF8_BOM.every((b, i) => bytes[i] === b);
  const body = hadBom ? bytes.subarray(3) : bytes;
  const bad = firstInvalidUtf8(body);
  if (bad >= 0) {
    const byte = body[bad]!;
    return {
      problems: [
        {
          type: 'encoding-error',
          key: 'not-utf8',
          rowNumber: lineAt(body, bad),
          params: { byte: `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`, latin1: String.fromCharCode(byte) },
        },
      ],
    };
  }
  const decoded = new TextDecoder('utf-8').decode(body);
  if (decoded.trim() === '') return { problems: [{ type: 'source-error', key: 'file-empty' }] };
  const hadCrlf = decoded.includes('\r');
  const text = decoded.replace(/\r\n?/g, '\n');

  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? undefined : text.indexOf('\n'));
  const commas = firstLine.split(',').length - 1;
  const semicolons = firstLine.split(';').length - 1;
  const tabs = firstLine.split('\t').length - 1;
  if (semicolons > commas) return { problems: [{ type: 'format-error', key: 'semicolon-delimiter', rowNumber: 1 }] };
  if (tabs > commas) return { problems: [{ type: 'format-error', key: 'tab-delimiter', rowNumber: 1 }] };

  const problems: Problem[] = [];
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      relax_column_count: true,
      skip_empty_lines: false,
      info: true,
      skip_records_with_error: true,
      on_skip: (err: unknown) => {
        const e = err as { lines?: number; code?: string };
        problems.push({ type: 'format-error', key: 'csv-syntax', rowNumber: e.lines ?? 1, params: { code: e.code ?? 'unknown' } });
        return undefined;
      },
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (err) {
    const e = err as { lines?: number; code?: string };
    return { problems: [{ type: 'format-error', key: 'csv-syntax', rowNumber: e.lines ?? 1, params: { code: e.code ?? 'unknown' } }] };
  }
  const lines = text.split('\n');
  const rows: CsvRow[] = [];
  for (const { record, info } of records) {
    // A record spans several lines only through line breaks inside quoted cells.
    const spanned = record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
    const start = info.lines - spanned;
    rows.push({ line: start, cells: record, raw: lines.slice(start - 1, info.lines).join('\n') });
  }
  const headerRow = rows.shift();
  if (!headerRow || headerRow.line !== 1) return { problems: [{ type: 'source-error', key: 'file-empty' }, ...problems] };
  return { file: { header: headerRow.cells, rows, text, hadBom, hadCrlf }, problems };
}
