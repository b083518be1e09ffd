/**
 * News frontmatter is checked against the data: an article naming a kelurahan code or a
 * source id that the data does not have stops a real build, with a message that names the
 * file, the field, the value and the fix.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { newsSchema } from '../../src/content/news-schema';
import { loadDataset } from '../../src/data/load';
import { buildInto, ROOT } from '../support/site';

const data = loadDataset();
const NEWS = join(ROOT, 'src', 'content', 'news');
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the news folder with one extra article (in both languages) whose frontmatter has `extra`. */
function newsWith(frontmatter: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'kmp-news-'));
  made.push(dir);
  cpSync(NEWS, dir, { recursive: true });
  for (const lang of ['id', 'en']) {
    writeFileSync(
      join(dir, lang, '2099-01-01-uji.mdx'),
      `---\ntitle: Uji\ndate: 2026-11-29\nsummary: Artikel uji.\nlang: ${lang}\n${frontmatter}\n---\n\nTeks.\n`,
    );
  }
  return dir;
}

const someSource = data.sources[0]!.id;
const someKelurahan = data.kelurahan[0]!.code;

describe('news frontmatter schema', () => {
  const schema = newsSchema(data);
  const valid = { title: 'T', date: '2026-11-29', summary: 'S', lang: 'id', sources: [someSource], kelurahan: [someKelurahan] };

  it('accepts an article that cites known sources and kelurahan, and reads YAML dates as yyyy-mm-dd', () => {
    expect(schema.safeParse(valid).success).toBe(true);
    expect(schema.parse({ ...valid, date: new Date('2026-11-29T00:00:00Z') }).date).toBe('2026-11-29');
  });

  it('refuses an unknown kelurahan code, naming the field, the value and the file to look in', () => {
    const result = schema.safeParse({ ...valid, kelurahan: [someKelurahan, '64.71.99.9999'] });
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0]!;
    expect(issue.path).toEqual(['kelurahan', 1]);
    expect(issue.message).toContain('"64.71.99.9999"');
    expect(issue.message).toContain('data/kelurahan.csv');
  });

  it('refuses an unknown source id and an article without sources', () => {
    const unknown = schema.safeParse({ ...valid, sources: ['no-such-source'] });
    expect(unknown.error?.issues[0]?.path).toEqual(['sources', 0]);
    expect(unknown.error?.issues[0]?.message).toContain('data/sources.csv');
    expect(schema.safeParse({ ...valid, sources: [] }).success).toBe(false);
  });

  it('refuses a date that is not a calendar day and a field it does not know', () => {
    expect(schema.safeParse({ ...valid, date: '2026-02-30' }).success).toBe(false);
    expect(schema.safeParse({ ...valid, author: 'x' }).success).toBe(false);
  });
});

describe('a build with a broken article', () => {
  it('fails when an article names an unknown kelurahan code, and says which file, field and code', async () => {
    const dir = newsWith(`sources:\n  - ${someSource}\nkelurahan:\n  - 64.71.99.9999`);
    const build = await buildInto({ NEWS_DIR: dir }, 'kmp-broken-news-');
    made.push(dirname(build.outDir));
    expect(build.code, build.output.slice(-2000)).not.toBe(0);
    expect(build.output).toContain('Unknown kelurahan code "64.71.99.9999"');
    expect(build.output).toContain('data/kelurahan.csv');
    expect(build.output).toMatch(/2099-01-01-uji/);
    expect(build.output).toMatch(/kelurahan\.0/);
  }, 300_000);

  it('fails when an article cites an unknown source id', async () => {
    const dir = newsWith(`sources:\n  - no-such-source-2099\nkelurahan: []`);
    const build = await buildInto({ NEWS_DIR: dir }, 'kmp-broken-news-');
    made.push(dirname(build.outDir));
    expect(build.code).not.toBe(0);
    expect(build.output).toContain('Unknown source id "no-such-source-2099"');
  }, 300_000);

  it('fails when an article exists in one language only', async () => {
    const dir = newsWith(`sources:\n  - ${someSource}`);
    rmSync(join(dir, 'en', '2099-01-01-uji.mdx'));
    const build = await buildInto({ NEWS_DIR: dir }, 'kmp-broken-news-');
    made.push(dirname(build.outDir));
    expect(build.code).not.toBe(0);
    expect(build.output).toContain('src/content/news/en/2099-01-01-uji.mdx');
  }, 300_000);
});
