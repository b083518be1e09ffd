/**
 * How to cite a release, in three forms generated from one record: CITATION.cff (Citation
 * File Format 1.2.0, also copied to the repository root), BibTeX and APA 7 (dataset).
 */
import { region } from '../../config/region';
import { site } from '../../config/site';
import type { Lang } from '../../i18n/lang';

export const AUTHOR = 'Kontributor Data Terbuka KMP Balikpapan';
export const TITLE = `Koperasi Kelurahan Merah Putih ${region.name}`;

export interface CitationRecord {
  version: string;
  /** yyyy-mm-dd */
  date: string;
  /** Where this version can be fetched: its folder in the repository. */
  url: string;
  repository: string;
  abstract: string;
}

/** The folder of a release in the repository, a permanent home that does not depend on where the site is deployed. */
export function releaseRepositoryUrl(version: string): string {
  return `${site.repositoryUrl}/tree/${site.repositoryBranch}/data/releases/v${version}`;
}

export function citationRecord(version: string, date: string, abstract: string): CitationRecord {
  return { version, date, url: releaseRepositoryUrl(version), repository: site.repositoryUrl, abstract };
}

/** A YAML double-quoted scalar; JSON string escapes are valid YAML. */
const yamlString = (s: string) => JSON.stringify(s);

export function citationCff(c: CitationRecord): string {
  return [
    'cff-version: 1.2.0',
    `message: ${yamlString('Jika Anda memakai data ini, kutiplah seperti di bawah. / If you use this data, please cite it as below.')}`,
    'type: dataset',
    `title: ${yamlString(TITLE)}`,
    `version: ${yamlString(c.version)}`,
    `date-released: ${yamlString(c.date)}`,
    'authors:',
    `  - name: ${yamlString(AUTHOR)}`,
    'license: CC-BY-4.0',
    `repository-code: ${yamlString(c.repository)}`,
    `url: ${yamlString(c.url)}`,
    `abstract: ${yamlString(c.abstract)}`,
    'keywords:',
    ...['Koperasi Merah Putih', 'KKMP', region.shortName, region.province.name, 'open data'].map((k) => `  - ${yamlString(k)}`),
    '',
  ].join('\n');
}

const bibtexEscape = (s: string) => s.replace(/([{}&%$#_])/g, '\\$1');

export function bibtex(c: CitationRecord): string {
  const key = `kmp_balikpapan_${c.date.slice(0, 4)}_v${c.version.replace(/\W/g, '_')}`;
  return [
    `@misc{${key},`,
    `  author       = {{${bibtexEscape(AUTHOR)}}},`,
    `  title        = {{${bibtexEscape(TITLE)}}},`,
    `  year         = {${c.date.slice(0, 4)}},`,
    `  version      = {${c.version}},`,
    `  howpublished = {Data set, version ${c.version}, released ${c.date}},`,
    `  url          = {${c.url}},`,
    `  note         = {Licence CC BY 4.0 (area codes and boundaries: MIT)}`,
    '}',
    '',
  ].join('\n');
}

/** APA 7 reference for a data set, as parts so that a page can set the title in italics. */
export interface ApaParts {
  author: string;
  year: string;
  title: string;
  /** "(Version 1.0.0) [Data set]" in the reader's language. */
  description: string;
  url: string;
}

export function apaParts(c: CitationRecord): Record<Lang, ApaParts> {
  const common = { author: AUTHOR, year: c.date.slice(0, 4), title: TITLE, url: c.url };
  return {
    id: { ...common, description: `(Versi ${c.version}) [Set data]` },
    en: { ...common, description: `(Version ${c.version}) [Data set]` },
  };
}

export const apaText = (p: ApaParts) => `${p.author}. (${p.year}). ${p.title} ${p.description}. ${p.url}`;

/** The plain-text APA file of a release: Indonesian, then English. */
export function apaFile(c: CitationRecord): string {
  const parts = apaParts(c);
  return `${apaText(parts.id)}\n\n${apaText(parts.en)}\n`;
}
