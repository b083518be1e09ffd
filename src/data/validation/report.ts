/**
 * The validator's three outputs: readable text, a Frictionless-shaped JSON report, and
 * GitHub workflow commands that annotate the exact line of a pull request.
 */
import type { Lang } from '../schema/fields';
import { tableNames } from '../schema/index';
import { messageOf } from './messages';
import type { Finding } from './problems';
import type { ValidationResult } from './validate';

export type Format = 'text' | 'json' | 'github';

interface Task {
  place: string;
  valid: boolean;
  stats: { rows: number; errors: number; warnings: number };
  errors: ReportedError[];
  warnings: ReportedError[];
}

interface ReportedError {
  type: string;
  rowNumber: number | null;
  fieldName: string | null;
  fieldNumber: number | null;
  cell: string | null;
  message: string;
}

function reported(finding: Finding, lang: Lang): ReportedError {
  return {
    type: finding.type,
    rowNumber: finding.rowNumber ?? null,
    fieldName: finding.fieldName ?? null,
    fieldNumber: finding.fieldNumber ?? null,
    cell: finding.cell ?? null,
    message: messageOf(finding, lang),
  };
}

function places(result: ValidationResult): { place: string; rows: number }[] {
  const list = tableNames.map((name) => ({ place: result.tables[name].file, rows: result.tables[name].rowCount ?? 0 }));
  for (const finding of result.findings) if (!list.some((p) => p.place === finding.file)) list.push({ place: finding.file, rows: 0 });
  return list;
}

export function jsonReport(result: ValidationResult, lang: Lang) {
  const tasks: Task[] = places(result).map(({ place, rows }) => {
    const mine = result.findings.filter((f) => f.file === place);
    const errors = mine.filter((f) => f.severity === 'error').map((f) => reported(f, lang));
    const warnings = mine.filter((f) => f.severity === 'warning').map((f) => reported(f, lang));
    return { place, valid: errors.length === 0, stats: { rows, errors: errors.length, warnings: warnings.length }, errors, warnings };
  });
  const errors = tasks.reduce((n, t) => n + t.stats.errors, 0);
  const warnings = tasks.reduce((n, t) => n + t.stats.warnings, 0);
  return { valid: result.valid, stats: { tasks: tasks.length, errors, warnings, rows: tasks.reduce((n, t) => n + t.stats.rows, 0) }, tasks };
}

/** GitHub's workflow-command escaping for data and for property values. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function githubReport(result: ValidationResult, lang: Lang): string {
  return result.findings
    .map((f) => {
      const props = [`file=${escapeProperty(f.file)}`];
      if (f.rowNumber !== undefined) props.push(`line=${f.rowNumber}`);
      if (f.charColumn !== undefined) props.push(`col=${f.charColumn}`);
      props.push(`title=${escapeProperty(f.fieldName ? `${f.type} (${f.fieldName})` : f.type)}`);
      return `::${f.severity} ${props.join(',')}::${escapeData(messageOf(f, lang))}`;
    })
    .join('\n');
}

const TEXT = {
  id: {
    line: 'baris',
    column: 'kolom',
    rows: 'baris data',
    summary: 'Ringkasan',
    sources: (cited: number, total: number) => `Sumber: ${cited} dari ${total} sumber dikutip.`,
    coverage: (own: number, total: number) =>
      `Kelurahan dengan fakta koperasinya sendiri: ${own} dari ${total}. ${total - own} kelurahan hanya tercakup angka tingkat kota.`,
    valid: (w: number) => `✓ Data sah.${w ? ` ${w} peringatan.` : ''}`,
    invalid: (e: number, w: number) => `✗ Data tidak sah: ${e} kesalahan${w ? `, ${w} peringatan` : ''}. Perbaiki yang tercantum di atas lalu jalankan lagi.`,
    warning: 'peringatan',
  },
  en: {
    line: 'line',
    column: 'column',
    rows: 'rows',
    summary: 'Summary',
    sources: (cited: number, total: number) => `Sources: ${cited} of ${total} sources cited.`,
    coverage: (own: number, total: number) =>
      `Kelurahan with cooperative facts of their own: ${own} of ${total}. ${total - own} kelurahan are covered only by city-wide figures.`,
    valid: (w: number) => `✓ The data is valid.${w ? ` ${w} warning(s).` : ''}`,
    invalid: (e: number, w: number) => `✗ The data is invalid: ${e} error(s)${w ? `, ${w} warning(s)` : ''}. Fix the items listed above and run it again.`,
    warning: 'warning',
  },
} as const;

/** Figures about the dataset for the end of the text report, worked out by the caller (src/data/coverage.ts). */
export interface ReportSummary {
  /** Sources cited somewhere, and sources listed. */
  sourcesCited: number;
  sources: number;
  /** Kelurahan with facts of their own, and kelurahan listed. */
  kelurahanWithOwnFacts: number;
  kelurahan: number;
}

export function textReport(result: ValidationResult, lang: Lang, summary?: ReportSummary): string {
  const t = TEXT[lang];
  const out: string[] = [];
  for (const { place } of places(result)) {
    const mine = result.findings.filter((f) => f.file === place);
    if (mine.length === 0) continue;
    out.push(place);
    for (const f of mine) {
      const where = [f.rowNumber !== undefined ? `${t.line} ${f.rowNumber}` : '', f.fieldName ? `${t.column} ${f.fieldName}` : '']
        .filter(Boolean)
        .join(', ');
      const tag = f.severity === 'warning' ? `${t.warning}: ${f.type}` : f.type;
      out.push(`  ${where ? `${where}: ` : ''}${messageOf(f, lang)} [${tag}]`);
    }
    out.push('');
  }
  out.push(`${t.summary}:`);
  for (const name of tableNames) out.push(`  ${result.tables[name].file}: ${result.tables[name].rowCount ?? 0} ${t.rows}`);
  if (summary) {
    out.push(`  ${t.sources(summary.sourcesCited, summary.sources)}`);
    out.push(`  ${t.coverage(summary.kelurahanWithOwnFacts, summary.kelurahan)}`);
  }
  const errors = result.findings.filter((f) => f.severity === 'error').length;
  const warnings = result.findings.length - errors;
  out.push('', result.valid ? t.valid(warnings) : t.invalid(errors, warnings));
  return out.join('\n');
}
