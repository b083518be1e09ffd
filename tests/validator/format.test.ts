/** npm run data:format: canonical form without changing a value, and hands off broken files. */
import { describe, expect, it } from 'vitest';
import { formatTables } from '../../src/data/files/format-tables';
import { fixture } from '../support/fixture';

describe('data:format', () => {
  it('restores canonical form: sorted rows, LF, no BOM, minimal quotes — and the values stay the same', () => {
    const f = fixture();
    const canonical = f.read('site_status.csv');
    const [header, ...rows] = canonical.trimEnd().split('\n');
    const scrambled = [header, ...rows.reverse().map((r) => r.replace('graha-indah,', '"graha-indah",'))].join('\r\n');
    f.write('site_status.csv', `\uFEFF${scrambled}\r\n`);
    expect(f.validate().findings).toContainEqual(
      expect.objectContaining({ type: 'not-canonical', file: 'data/site_status.csv', severity: 'warning' }),
    );
    const outcome = formatTables(f.dir).find((o) => o.file.endsWith('site_status.csv'));
    expect(outcome?.status).toBe('rewritten');
    expect(f.read('site_status.csv')).toBe(canonical);
    expect(f.validate().findings).toEqual([]);
  });

  it('leaves canonical files untouched', () => {
    const f = fixture();
    expect(formatTables(f.dir).every((o) => o.status === 'unchanged')).toBe(true);
  });

  it('drops blank lines but refuses to rewrite a file whose structure is broken', () => {
    const f = fixture();
    f.write('partners.csv', f.read('partners.csv').replace('\npertamina', '\n\npertamina'));
    f.write('events.csv', f.read('events.csv').replace(/,/g, ';'));
    const before = f.read('events.csv');
    const outcomes = formatTables(f.dir);
    expect(outcomes.find((o) => o.file.endsWith('partners.csv'))?.status).toBe('rewritten');
    expect(outcomes.find((o) => o.file.endsWith('events.csv'))).toMatchObject({ status: 'skipped', reason: 'semicolon-delimiter' });
    expect(f.read('events.csv')).toBe(before);
    expect(f.validate().findings.filter((x) => x.file === 'data/partners.csv')).toEqual([]);
  });
});
