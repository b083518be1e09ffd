/**
 * CONTRIBUTING.md keeps up with the code: its generated parts match the schemas and the
 * validator's messages, every kind of error is explained in both languages, and its links,
 * anchors and commands point at things that exist.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTRIBUTING_FILE, renderContributing, sectionText } from '../../src/cli/contributing-sections';
import { columnsOf, fieldInfo, tableList } from '../../src/data/schema/index';
import { messages } from '../../src/data/validation/messages';
import { ERROR_TYPES } from '../../src/data/validation/problems';

const ROOT = resolve(import.meta.dirname, '..', '..');
const guide = readFileSync(join(ROOT, CONTRIBUTING_FILE), 'utf8');
const idStart = guide.indexOf('<!-- bahasa-indonesia -->');
const enStart = guide.indexOf('<!-- english -->');
const parts = { id: guide.slice(idStart, enStart), en: guide.slice(enStart) };

/** The guide without its generated sections: what a person wrote. */
const handWritten = (text: string) => text.replace(/<!-- BEGIN GENERATED[\s\S]*?<!-- END GENERATED[^>]*-->/g, '');

describe('CONTRIBUTING.md', () => {
  it('has an Indonesian part first and an English part', () => {
    expect(idStart).toBeGreaterThanOrEqual(0);
    expect(enStart).toBeGreaterThan(idStart);
  });

  it('is up to date with the schemas and the validator messages (else run npm run docs:contributing)', () => {
    expect(renderContributing(guide) === guide, `${CONTRIBUTING_FILE} is out of date: run npm run docs:contributing`).toBe(true);
  });

  it('explains every error type of the validator, in both languages', () => {
    for (const [lang, text] of Object.entries(parts)) {
      const explained = new Set([...handWritten(text).matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]));
      const missing = ERROR_TYPES.filter((type) => !explained.has(type));
      expect(missing, `error types without an explanation in the ${lang} part of ${CONTRIBUTING_FILE}`).toEqual([]);
    }
  });

  it('lists every validator message key and every allowed value, in both languages', () => {
    for (const lang of ['id', 'en'] as const) {
      const listed = sectionText(guide, 'messages', lang) ?? '';
      const missing = Object.keys(messages).filter((key) => !listed.includes(`| \`${key}\` |`));
      expect(missing, `message keys missing from the ${lang} part`).toEqual([]);
      const values = sectionText(guide, 'values', lang) ?? '';
      const columns = sectionText(guide, 'columns', lang) ?? '';
      for (const table of tableList) {
        for (const column of columnsOf(table)) {
          expect(columns, `${table.name}.${column}`).toContain(`| \`${column}\` |`);
          const allowed = fieldInfo(table.fields[column]!).values;
          if (!allowed) continue;
          expect(values).toContain(`\`${table.name}.${column}\``);
          for (const value of Object.keys(allowed)) expect(values).toContain(`| \`${value}\` |`);
        }
      }
    }
  });

  it('links only to headings and files that exist, and names only npm scripts that exist', () => {
    // GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens.
    const slug = (heading: string) =>
      heading
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s-]/gu, '')
        .replace(/\s/g, '-');
    const anchors = new Set([...guide.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1]!)));
    for (const [, anchor] of guide.matchAll(/\]\(#([^)]+)\)/g)) expect(anchors, `#${anchor}`).toContain(anchor);
    for (const [, target] of guide.matchAll(/\]\((?!#|https?:)([^)]+)\)/g)) expect(existsSync(join(ROOT, target!)), target).toBe(true);

    const scripts = Object.keys(
      (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts,
    );
    const named = new Set([...handWritten(guide).matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]!));
    for (const script of named) expect(scripts, `npm run ${script}`).toContain(script);
  });
});
