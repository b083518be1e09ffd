/**
 * The changelog entry stored with each release: generated from the row diff (src/data/files/diff.ts),
 * the boundary and schema comparison, plus the one-line human summary. Stored as JSON for the
 * site and the feed, and as Markdown for people reading the folder or the zip.
 */
import { diffMarkdown, isEmptyDiff, markdownCell, type TableDiff } from '../files/diff';
import type { Bilingual } from '../schema/fields';
import type { BoundaryChanges, ReleaseChanges } from './changes';
import type { Bump } from './manifest';
import type { SchemaChange } from './schema-changes';

export const CHANGES_JSON = 'changes.json';
export const CHANGES_MD = 'CHANGES.md';

export interface Changelog {
  version: string;
  date: string;
  previous: string | null;
  bump: Bump;
  summary: Bilingual;
  /** Only the tables with a change. */
  tables: TableDiff[];
  boundaries: BoundaryChanges;
  schema: SchemaChange[];
}

export function changelogOf(input: { version: string; date: string; previous: string | undefined; bump: Bump; summary: Bilingual; changes: ReleaseChanges }): Changelog {
  return {
    version: input.version,
    date: input.date,
    previous: input.previous ?? null,
    bump: input.bump,
    summary: input.summary,
    tables: input.changes.tables.filter((d) => !isEmptyDiff(d)),
    boundaries: input.changes.boundaries,
    schema: input.changes.schema,
  };
}

export const changelogJson = (c: Changelog) => `${JSON.stringify(c, null, 2)}\n`;

function schemaLine(c: SchemaChange): string {
  const where = [c.resource, c.field].filter(Boolean).map((s) => markdownCell(s!)).join('.');
  const property = c.property ? ` ${markdownCell(c.property)}` : '';
  const values = c.before !== undefined || c.after !== undefined ? `: ${markdownCell(c.before ?? '')} → ${markdownCell(c.after ?? '')}` : '';
  return `- **${c.level}** ${c.kind}${property}${where ? ` (${where})` : ''}${values}`;
}

export function changelogMarkdown(c: Changelog): string {
  const out = [
    `# v${c.version} (${c.date})`,
    '',
    `- Ringkasan: ${c.summary.id}`,
    `- Summary: ${c.summary.en}`,
    `- Versi sebelumnya / Previous version: ${c.previous ? `v${c.previous}` : '— (rilis pertama / first release)'}`,
    `- Jenis rilis / Release type: ${c.bump}`,
    '',
    '## Skema / Schema',
    '',
    ...(c.schema.length ? c.schema.map(schemaLine) : ['Tidak ada perubahan skema. / No schema changes.']),
    '',
    '## Batas wilayah / Boundaries',
    '',
    c.boundaries.changed
      ? `Berubah / Changed. Ditambah / added: ${c.boundaries.added.join(', ') || '—'}; dihapus / removed: ${c.boundaries.removed.join(', ') || '—'}.`
      : 'Tidak berubah. / Unchanged.',
    '',
    '## Baris / Rows',
    '',
    diffMarkdown(c.tables).trimEnd(),
    '',
  ];
  return out.join('\n');
}
