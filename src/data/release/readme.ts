/**
 * The README of a release, in Indonesian then English: what the data is, the files, the
 * licence, how to cite it, its caveats, and how to check the files. Generated, so every
 * release explains itself the same way; the words are in t(lang).release.readme.
 */
import { t } from '../../i18n/catalogue';
import type { Lang } from '../../i18n/lang';
import type { Bilingual } from '../schema/fields';
import { BOUNDARIES_FILE, tableList } from '../schema/index';
import { apaParts, apaText, bibtex, type CitationRecord } from './citation';
import { CHECKSUMS_FILE } from './manifest';

export interface ReadmeInput {
  version: string;
  date: string;
  summary: Bilingual;
  previous: string | undefined;
  title: Bilingual;
  description: Bilingual;
  /** Rows per table name. */
  rowCounts: Record<string, number>;
  citation: CitationRecord;
}

function section(lang: Lang, input: ReadmeInput): string[] {
  const text = t(lang).release.readme;
  const apa = apaText(apaParts(input.citation)[lang]);
  return [
    `## ${text.heading}`,
    '',
    `- ${text.released}: ${input.date}`,
    `- ${text.previous}: ${input.previous ? `v${input.previous}` : text.firstRelease}`,
    `- ${text.summary}: ${input.summary[lang]}`,
    '',
    `### ${text.what}`,
    '',
    input.description[lang],
    '',
    `### ${text.files}`,
    '',
    text.fileHeader,
    '|---|---:|---|',
    ...tableList.map((table) => `| ${table.name}.csv | ${input.rowCounts[table.name] ?? 0} | ${table.title[lang]}: ${table.description[lang]} |`),
    '',
    text.jsonNote,
    '',
    ...text.otherFiles({ boundaries: BOUNDARIES_FILE, checksums: CHECKSUMS_FILE }).map(([file, what]) => `- ${file}: ${what}`),
    '',
    `### ${text.licence}`,
    '',
    text.licenceText,
    '',
    `### ${text.cite}`,
    '',
    text.citeIntro,
    '',
    `> ${apa}`,
    '',
    'BibTeX:',
    '',
    '```bibtex',
    bibtex(input.citation).trimEnd(),
    '```',
    '',
    `### ${text.caveats}`,
    '',
    ...text.caveatList.map((c) => `- ${c}`),
    '',
    `### ${text.verify}`,
    '',
    text.verifyText(CHECKSUMS_FILE),
    '',
    `### ${text.spreadsheet}`,
    '',
    text.spreadsheetText,
    '',
  ];
}

export function releaseReadme(input: ReadmeInput): string {
  return [`# ${input.title.id} — data v${input.version}`, '', `*${input.title.en}*`, '', ...section('id', input), ...section('en', input)].join('\n');
}
