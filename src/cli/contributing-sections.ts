/**
 * The parts of CONTRIBUTING.md that the code already knows — every table's columns, every
 * allowed value with its meaning, every validator message — rendered from the schemas and
 * from src/data/validation/messages.ts between markers, so the guide cannot drift from the
 * validator. `npm run docs:contributing` rewrites them; a test fails when they are stale.
 */
import { markdownCell } from '../data/files/diff';
import { fieldInfo, tableList } from '../data/schema/index';
import type { Lang } from '../i18n/lang';
import { columnsOf } from '../data/schema/table';
import { messageKeys, messages, type MessageKey } from '../data/validation/messages';

export const CONTRIBUTING_FILE = 'CONTRIBUTING.md';
const SECTION_NAMES = ['columns', 'values', 'messages'] as const;
type SectionName = (typeof SECTION_NAMES)[number];

const begin = (name: string) => `<!-- BEGIN GENERATED ${name}: npm run docs:contributing rewrites this part -->`;
const end = (name: string) => `<!-- END GENERATED ${name} -->`;

const WORDS = {
  id: {
    column: 'kolom',
    required: 'wajib?',
    meaning: 'arti',
    example: 'contoh',
    yes: 'wajib',
    no: 'boleh kosong',
    key: 'kunci',
    value: 'nilai',
    usedIn: 'dipakai di',
    message: 'pesan',
  },
  en: {
    column: 'column',
    required: 'required?',
    meaning: 'meaning',
    example: 'example',
    yes: 'required',
    no: 'may be empty',
    key: 'key',
    value: 'value',
    usedIn: 'used in',
    message: 'message',
  },
} as const;

function columnsSection(lang: Lang): string {
  const w = WORDS[lang];
  const out: string[] = [];
  for (const table of tableList) {
    out.push(
      '<details>',
      `<summary><code>data/${table.name}.csv</code> — ${markdownCell(table.title[lang])} (${w.key}: <code>${table.primaryKey}</code>)</summary>`,
      '',
      markdownCell(table.description[lang]),
      '',
      `| ${w.column} | ${w.required} | ${w.meaning} | ${w.example} |`,
      '|---|---|---|---|',
    );
    for (const column of columnsOf(table)) {
      const info = fieldInfo(table.fields[column]!);
      const example = info.example === undefined ? '' : markdownCell(info.example);
      out.push(`| \`${column}\` | ${info.required ? w.yes : w.no} | ${markdownCell(info.description[lang])} | ${example} |`);
    }
    out.push('', '</details>', '');
  }
  return out.join('\n').trimEnd();
}

function valuesSection(lang: Lang): string {
  const w = WORDS[lang];
  // The same list of values (scope, date_kind, …) is shown once, with every column that uses it.
  const groups = new Map<string, { columns: string[]; values: Record<string, { id: string; en: string }> }>();
  for (const table of tableList) {
    for (const column of columnsOf(table)) {
      const values = fieldInfo(table.fields[column]!).values;
      if (!values) continue;
      const signature = JSON.stringify(values);
      const group = groups.get(signature) ?? groups.set(signature, { columns: [], values }).get(signature)!;
      group.columns.push(`\`${table.name}.${column}\``);
    }
  }
  const out: string[] = [];
  for (const { columns, values } of groups.values()) {
    out.push(`**${w.usedIn} ${columns.join(', ')}**`, '', `| ${w.value} | ${w.meaning} |`, '|---|---|');
    for (const [value, label] of Object.entries(values)) out.push(`| \`${value}\` | ${markdownCell(label[lang])} |`);
    out.push('');
  }
  return out.join('\n').trimEnd();
}

/** A message with its blanks shown as {name}, as the validator fills them in. */
function messageTemplate(key: MessageKey, lang: Lang): string {
  const blanks = new Proxy({} as Record<string, string>, { get: (_, name) => (typeof name === 'string' ? `{${name}}` : undefined) });
  return messages[key][lang](blanks);
}

function messagesSection(lang: Lang): string {
  const w = WORDS[lang];
  const out = [`| ${w.key} | ${w.message} |`, '|---|---|'];
  for (const key of messageKeys) out.push(`| \`${key}\` | ${markdownCell(messageTemplate(key, lang))} |`);
  return out.join('\n');
}

function renderSection(name: SectionName, lang: Lang): string {
  if (name === 'columns') return columnsSection(lang);
  if (name === 'values') return valuesSection(lang);
  return messagesSection(lang);
}

const sectionId = (name: SectionName, lang: Lang) => `${name}:${lang}`;

/** The guide with every generated section rewritten; throws naming any marker that is missing. */
export function renderContributing(guide: string): string {
  let text = guide;
  for (const lang of ['id', 'en'] as const) {
    for (const name of SECTION_NAMES) {
      const id = sectionId(name, lang);
      const start = text.indexOf(begin(id));
      const stop = text.indexOf(end(id));
      if (start < 0 || stop < start) {
        throw new Error(
          `${CONTRIBUTING_FILE} lacks the markers of the generated section ${id}. Put these two lines where it belongs:\n${begin(id)}\n${end(id)}`,
        );
      }
      text = `${text.slice(0, start)}${begin(id)}\n\n${renderSection(name, lang)}\n\n${text.slice(stop)}`;
    }
  }
  return text;
}

/** The text between the markers of one generated section, as it stands in the guide. */
export function sectionText(guide: string, name: SectionName, lang: Lang): string | undefined {
  const id = sectionId(name, lang);
  const start = guide.indexOf(begin(id));
  const stop = guide.indexOf(end(id));
  return start < 0 || stop < start ? undefined : guide.slice(start + begin(id).length, stop);
}
