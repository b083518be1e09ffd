/**
 * Turns the bytes of an editor's CSV file into a header and rows with line numbers, or into
 * problems an editor can act on. Accepts what Excel's "CSV UTF-8" writes (a byte-order mark,
 * CRLF line endings); names the fix for what other export options write.
 *
 * The file is read in chunks and each record is handed on as soon as it is complete, so a
 * large table is never held as rows. The tokenizer is RFC 4180 with the choices csv-parse
 * makes (a record per line, an empty line is a record of one empty cell), plus what no parser
 * offers: the line and column of every cell, whether its quoting is the canonical one, and a
 * broken quote reported once, at the line where it is, with the rest of the file still read.
 */
import { isUtf8 } from 'node:buffer';
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import type { Problem } from './problems';

/** One record as the tokenizer hands it on. The arrays are reused for the next record: copy what you keep. */
export interface CsvRecord {
  /** Line of the file where the record starts; the header is line 1. */
  line: number;
  cells: string[];
  /** 1-based character column where each cell starts on the record's first line; 0 for a cell that starts on a later line. */
  columns: number[];
  /** True when the record is written as csv-stringify writes it: quotes exactly where a cell needs them. */
  minimal: boolean;
}

/** A broken quote, located. */
export interface QuoteProblem {
  kind: 'quote-unclosed' | 'text-after-quote' | 'quote-inside-cell';
  line: number;
  /** 1-based character column of the quote. */
  column: number;
  /** 0-based index of the cell in its record. */
  cellIndex: number;
}

export interface CsvReadHandlers {
  /** Every record in order, the header first. Return false to stop reading. */
  record: (record: CsvRecord) => boolean | void;
  quoteProblem: (problem: QuoteProblem) => void;
}

export interface CsvReadOutcome {
  /**
   * Problems with the whole file (encoding, delimiter, emptiness). When there is one, the
   * file is not a table: records already handed on must be discarded.
   */
  fatal?: Problem;
  hadBom: boolean;
  hadCrlf: boolean;
  /** The decoded text (after the byte-order mark, CRLF as LF) ends with a line break. */
  endsWithNewline: boolean;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const CHUNK_BYTES = 1 << 20;

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

/** Where a chunk can be cut without splitting a UTF-8 sequence: before a trailing incomplete one. */
function utf8Boundary(bytes: Uint8Array, end: number): number {
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const b = bytes[end - back]!;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: look further back
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? end - back : end;
  }
  return end;
}

/** A source of bytes in chunks: a whole buffer, or a file read piece by piece. */
export type ByteSource = Iterable<Uint8Array>;

export function* fileChunks(path: string, size = CHUNK_BYTES): Generator<Uint8Array> {
  const fd = openSync(path, 'r');
  try {
    let carry: Uint8Array = new Uint8Array(0);
    for (;;) {
      const buffer = new Uint8Array(carry.length + size);
      buffer.set(carry);
      const read = readSync(fd, buffer, carry.length, size, null);
      const filled = carry.length + read;
      if (read === 0) {
        if (filled > 0) yield buffer.subarray(0, filled);
        return;
      }
      const cut = utf8Boundary(buffer, filled);
      carry = buffer.slice(cut, filled);
      if (cut > 0) yield buffer.subarray(0, cut);
    }
  } finally {
    closeSync(fd);
  }
}

const QUOTE = 34;
const COMMA = 44;
const LF = 10;

/** The 1-based line and column tokenizer state, shared by the scanning functions. */
class Tokenizer {
  private line = 1;
  /** Offset in `text` where the current line starts (may be negative after a cut). */
  private lineStart = 0;
  private readonly record: CsvRecord = { line: 1, cells: [], columns: [], minimal: true };
  private stopped = false;

  constructor(private readonly handlers: CsvReadHandlers) {}

  get done(): boolean {
    return this.stopped;
  }

  /**
   * Scans complete records of `text` from the start; returns the offset of the first record
   * that is not complete yet (the caller keeps that tail for the next chunk). With `final`,
   * everything is scanned.
   */
  scan(text: string, final: boolean): number {
    const n = text.length;
    let pos = 0;
    while (pos < n && !this.stopped) {
      const next = this.scanRecord(text, pos, final);
      if (next < 0) break;
      pos = next;
    }
    this.lineStart -= pos;
    return pos;
  }

  /** Scans one record from `start`; returns the offset after its line break, or -1 when it needs more text. */
  private scanRecord(text: string, start: number, final: boolean): number {
    const n = text.length;
    const record = this.record;
    const cells = record.cells;
    const columns = record.columns;
    cells.length = 0;
    columns.length = 0;
    const firstLine = this.line;
    const firstLineStart = this.lineStart;
    let line = this.line;
    let lineStart = this.lineStart;
    let minimal = true;
    let problems: QuoteProblem[] | undefined;
    let pos = start;
    /** The first line break at or after `pos`, found once per line rather than once per cell. */
    let newline = -1;
    for (;;) {
      const cellStart = pos;
      columns.push(line === firstLine ? cellStart - firstLineStart + 1 : 0);
      let value: string;
      if (pos < n && text.charCodeAt(pos) === QUOTE) {
        // A quoted cell: up to the quote that is not doubled.
        let from = pos + 1;
        let parts = '';
        let closed = -1;
        let spansLines = false;
        for (;;) {
          const q = text.indexOf('"', from);
          if (q < 0 || q + 1 >= n) {
            if (!final) return -1;
            if (q < 0) break;
          }
          if (q + 1 < n && text.charCodeAt(q + 1) === QUOTE) {
            parts += text.slice(from, q + 1);
            from = q + 2;
            continue;
          }
          closed = q;
          break;
        }
        const after = closed < 0 ? -1 : closed + 1 < n ? text.charCodeAt(closed + 1) : LF;
        const inner = closed < 0 ? '' : parts + text.slice(from, closed);
        if (closed >= 0) {
          if (newline < pos) newline = text.indexOf('\n', pos);
          spansLines = newline >= 0 && newline < closed;
        }
        if (closed >= 0 && (after === COMMA || after === LF)) {
          value = inner;
          if (spansLines) {
            for (let i = text.indexOf('\n', pos); i >= 0 && i < closed; i = text.indexOf('\n', i + 1)) {
              line++;
              lineStart = i + 1;
            }
          }
          pos = closed + 1;
          if (!(value.includes(',') || value.includes('"') || value.includes('\n'))) minimal = false;
        } else if (closed >= 0 && !spansLines) {
          // "Perum" Bulog: text after the closing quote. The cell is read as written, up to the next comma.
          const end = this.unquotedEnd(text, closed + 1);
          if (end >= n && !final) return -1;
          (problems ??= []).push({ kind: 'text-after-quote', line, column: closed - lineStart + 1, cellIndex: cells.length });
          value = text.slice(pos, end);
          pos = end;
          minimal = false;
        } else {
          // The quote is never closed on its line: it is a stray quote. Read the line as if it were text.
          const end = this.unquotedEnd(text, pos + 1);
          if (end >= n && !final) return -1;
          (problems ??= []).push({ kind: 'quote-unclosed', line, column: pos - lineStart + 1, cellIndex: cells.length });
          value = text.slice(pos, end);
          pos = end;
          minimal = false;
        }
      } else {
        const end = this.unquotedEnd(text, pos);
        if (end >= n && !final) return -1;
        value = text.slice(pos, end);
        const quote = value.indexOf('"');
        if (quote >= 0) {
          (problems ??= []).push({ kind: 'quote-inside-cell', line, column: pos + quote - lineStart + 1, cellIndex: cells.length });
          minimal = false;
        }
        pos = end;
      }
      cells.push(value);
      if (pos >= n) {
        if (!final) return -1;
        break;
      }
      const c = text.charCodeAt(pos);
      pos++;
      if (c === LF) break;
      // c is a comma: another cell follows, even at the end of the text.
      if (pos >= n) {
        if (!final) return -1;
        columns.push(line === firstLine ? pos - firstLineStart + 1 : 0);
        cells.push('');
        break;
      }
    }
    record.line = firstLine;
    record.minimal = minimal;
    this.line = line + 1;
    this.lineStart = pos;
    if (problems) for (const problem of problems) this.handlers.quoteProblem(problem);
    if (this.handlers.record(record) === false) this.stopped = true;
    return pos;
  }

  /** Offset of the comma or line break that ends an unquoted cell starting at `from`. */
  private unquotedEnd(text: string, from: number): number {
    const n = text.length;
    let i = from;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === COMMA || c === LF) return i;
      i++;
    }
    return n;
  }
}

/**
 * Reads a CSV file from its bytes, handing on each record. Checks come first, in this order, as
 * each makes the next meaningless: UTF-16, invalid UTF-8 (anywhere in the file), an empty file,
 * a semicolon or tab delimiter.
 */
export function streamCsv(source: ByteSource, handlers: CsvReadHandlers, reread?: () => Uint8Array): CsvReadOutcome {
  const outcome: CsvReadOutcome = { hadBom: false, hadCrlf: false, endsWithNewline: false };
  const tokenizer = new Tokenizer(handlers);
  let first = true;
  let consumed = 0;
  let pending = '';
  let pendingCr = false;
  let sawText = false;
  let sniffed = false;
  /** A problem found before the table could be read; invalid UTF-8 later in the file still takes precedence. */
  let early: Problem | undefined;
  let lastChar = -1;
  for (const chunk of source) {
    let bytes = chunk;
    let stripBom = false;
    if (first) {
      first = false;
      if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
        return { ...outcome, fatal: { type: 'encoding-error', key: 'utf16', rowNumber: 1 } };
      }
      outcome.hadBom = UTF8_BOM.every((b, i) => bytes[i] === b);
      if (outcome.hadBom) {
        bytes = bytes.subarray(3);
        consumed = 3;
      }
      // As TextDecoder does by default: a second byte-order mark right after the first is dropped too.
      stripBom = true;
    }
    let text: string;
    if (isUtf8(bytes)) {
      text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
      if (stripBom && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    } else {
      const bad = Math.max(0, firstInvalidUtf8(bytes));
      const whole = reread ? reread() : undefined;
      const body = whole ? whole.subarray(outcome.hadBom ? 3 : 0) : bytes;
      const offset = whole ? consumed - (outcome.hadBom ? 3 : 0) + bad : bad;
      const byte = bytes[bad]!;
      return {
        ...outcome,
        fatal: {
          type: 'encoding-error',
          key: 'not-utf8',
          rowNumber: lineAt(body, offset),
          params: { byte: `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`, latin1: String.fromCharCode(byte) },
        },
      };
    }
    consumed += bytes.length;
    if (early || tokenizer.done) continue; // only the encoding of the rest is still checked
    if (text.length === 0) continue;
    // CRLF and lone CR become LF; a CR at the end of a chunk may be the first half of a CRLF.
    if (pendingCr) {
      text = `\r${text}`;
      pendingCr = false;
    }
    if (text.includes('\r')) {
      outcome.hadCrlf = true;
      if (text.charCodeAt(text.length - 1) === 13) {
        pendingCr = true;
        text = text.slice(0, -1);
      }
      text = text.replace(/\r\n?/g, '\n');
    }
    if (text.length === 0) continue;
    lastChar = text.charCodeAt(text.length - 1);
    if (!sawText) sawText = /\S/.test(text);
    pending += text;
    if (!sawText) continue;
    if (!sniffed) {
      const newline = pending.indexOf('\n');
      if (newline < 0) continue; // the first line is not complete yet
      sniffed = true;
      early = sniff(pending.slice(0, newline));
      if (early) continue;
    }
    const used = tokenizer.scan(pending, false);
    pending = pending.slice(used);
  }
  if (pendingCr) {
    pending += '\n';
    lastChar = LF;
  }
  if (!sawText) return { ...outcome, fatal: { type: 'source-error', key: 'file-empty' } };
  if (!sniffed) early = sniff(pending);
  if (early) return { ...outcome, fatal: early };
  outcome.endsWithNewline = lastChar === LF;
  if (!tokenizer.done && pending.length > 0) tokenizer.scan(pending, true);
  return outcome;
}

function sniff(firstLine: string): Problem | undefined {
  const count = (ch: string) => firstLine.split(ch).length - 1;
  const commas = count(',');
  if (count(';') > commas) return { type: 'format-error', key: 'semicolon-delimiter', rowNumber: 1 };
  if (count('\t') > commas) return { type: 'format-error', key: 'tab-delimiter', rowNumber: 1 };
  return undefined;
}

/** The finding for a broken quote. */
export function quoteFinding(problem: QuoteProblem, header: readonly string[] | undefined): Problem {
  const fieldName = header?.[problem.cellIndex];
  return {
    type: 'format-error',
    key: problem.kind,
    rowNumber: problem.line,
    charColumn: problem.column,
    fieldNumber: problem.cellIndex + 1,
    ...(fieldName ? { fieldName } : {}),
    params: { column: String(problem.column) },
  };
}

export interface CsvRow {
  /** Line of the file where the row starts; the header is line 1. */
  line: number;
  cells: string[];
  /** 1-based character column of each cell on the row's first line; 0 for a cell on a later line. */
  columns: number[];
}

export interface CsvFile {
  header: string[];
  rows: CsvRow[];
  hadBom: boolean;
  hadCrlf: boolean;
}

/** A file that could be read has `file`; problems may come with it (a row with broken quotes). */
export interface ReadResult {
  file?: CsvFile;
  problems: Problem[];
}

/** Reads a whole file into rows, for tools that need them all (format, diff); the validator streams instead. */
export function readCsv(bytes: Uint8Array): ReadResult {
  const records: CsvRow[] = [];
  const quoteProblems: QuoteProblem[] = [];
  const outcome = streamCsv([bytes], {
    record: (r) => {
      records.push({ line: r.line, cells: [...r.cells], columns: [...r.columns] });
    },
    quoteProblem: (p) => quoteProblems.push(p),
  });
  if (outcome.fatal) return { problems: [outcome.fatal] };
  const headerRow = records.shift();
  const problems = quoteProblems.map((p) => quoteFinding(p, headerRow?.cells));
  if (!headerRow) return { problems: [{ type: 'source-error', key: 'file-empty' }, ...problems] };
  return { file: { header: headerRow.cells, rows: records, hadBom: outcome.hadBom, hadCrlf: outcome.hadCrlf }, problems };
}

/** Reads a file from disk in chunks. */
export function streamCsvFile(path: string, handlers: CsvReadHandlers): CsvReadOutcome {
  return streamCsv(fileChunks(path), handlers, () => readFileSync(path));
}
