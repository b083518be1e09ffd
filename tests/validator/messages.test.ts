/**
 * Messages are the validator's interface for editors. Every key the code can emit has a
 * message in both languages, and the most common ones are pinned word for word, so a
 * worse message fails a test (the habit Starlight uses for its config errors).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messageOf, messages } from '../../src/data/validation/messages';
import type { Finding } from '../../src/data/validation/problems';

function keysUsedIn(dir: string, pattern: RegExp): Set<string> {
  const keys = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    for (const match of readFileSync(join(dir, file), 'utf8').matchAll(pattern)) keys.add(match[1]!);
  }
  return keys;
}

describe('validator messages', () => {
  const emitted = new Set([
    ...keysUsedIn('src/data/validation', /key: '([a-z0-9-]+)'/g),
    ...keysUsedIn('src/data/schema', /report\(\s*[^,]+,\s*'([a-z0-9-]+)'/g),
    ...keysUsedIn('src/data/schema', /params: \{ key: '([a-z0-9-]+)'/g),
  ]);

  it('exist for every key the validator and the row rules emit', () => {
    expect(emitted.size).toBeGreaterThan(40);
    for (const key of emitted) expect(Object.keys(messages), key).toContain(key);
  });

  it('differ between Indonesian and English and never show a raw placeholder', () => {
    for (const [key, message] of Object.entries(messages)) {
      const params = {
        field: 'date',
        cell: 'x',
        file: 'data/x.csv',
        example: 'e',
        columns: 'a, b',
        position: '2',
        count: '3',
        suggestion: 's',
        limit: '9',
        allowed: 'a, b',
        byte: '0xE9',
        latin1: 'é',
        code: 'c',
        reason: 'r',
        first: '=',
        markup: '<b>',
        codepoint: 'U+0009',
        firstLine: '2',
        referenceFile: 'data/y.csv',
        referenceField: 'id',
        today: '2026-11-29',
        site: 's',
        status: 'completed',
        earlierStatus: 'groundbreaking',
        earlierDate: '2025-10-17',
        expected: '34',
        city: 'Kota Balikpapan',
        min: '1',
        max: '2',
        coordinate: '[1, 2]',
        column: '7',
      };
      const id = message.id(params);
      const en = message.en(params);
      expect(id, key).not.toEqual(en);
      expect(`${id} ${en}`, key).not.toMatch(/undefined|\[object Object\]|NaN|\$\{/);
    }
  });

  const finding = (key: string, extra: Partial<Finding> = {}): Finding => ({
    type: 'type-error',
    key,
    file: 'data/events.csv',
    severity: 'error',
    ...extra,
  });

  it('pin the wording of the most common fixes', () => {
    expect(messageOf(finding('date-dmy', { cell: '17/10/2025', params: { suggestion: '2025-10-17' } }), 'id')).toMatchInlineSnapshot(
      `"«17/10/2025» ditulis hari/bulan/tahun. Data ini memakai tahun-bulan-hari: tulis «2025-10-17»."`,
    );
    expect(messageOf(finding('semicolon-delimiter'), 'id')).toMatchInlineSnapshot(
      `"Kolom dipisah titik koma (;), bukan koma. Excel dengan pengaturan bahasa Indonesia melakukan ini. Simpan sebagai "CSV UTF-8 (Comma delimited)", atau ubah pemisah daftar di pengaturan wilayah menjadi koma."`,
    );
    expect(messageOf(finding('decimal-comma', { cell: '-1,215', params: { suggestion: '-1.215' } }), 'en')).toMatchInlineSnapshot(
      `"«-1,215» uses a decimal comma. This data uses a decimal point: write «-1.215»."`,
    );
    expect(
      messageOf(finding('foreign-key', { cell: 'bulogg', params: { referenceFile: 'data/partners.csv', referenceField: 'id' } }), 'id'),
    ).toMatchInlineSnapshot(
      `"«bulogg» tidak ada di kolom «id» berkas data/partners.csv. Periksa ejaannya, atau tambahkan baris itu dulu di data/partners.csv."`,
    );
  });
});
