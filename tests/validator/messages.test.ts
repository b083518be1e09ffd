/**
 * Messages are the validator's interface for editors. Every key the code can emit has a
 * message in both languages, and the most common ones are pinned word for word, so a
 * worse message fails a test (the habit Starlight uses for its config errors).
 */
import { describe, expect, it } from 'vitest';
import { datasetChecks } from '../../src/data/validation/checks/index';
import { messageKeys, messageOf, messages, type MessageKey } from '../../src/data/validation/messages';
import type { Finding } from '../../src/data/validation/problems';

describe('validator messages', () => {
  // Message keys are a typed union (MessageKey): a finding, a row rule or a check that names a
  // key without a message does not compile. What is left to test is the catalogue itself.
  it('cover every key the dataset checks declare, and each check is documented in both languages', () => {
    expect(messageKeys.length).toBeGreaterThan(40);
    for (const check of datasetChecks) {
      expect(check.keys.length, check.name).toBeGreaterThan(0);
      for (const key of check.keys) expect(messageKeys, `${check.name}: ${key}`).toContain(key);
      for (const text of [check.doc.title, check.doc.description]) {
        expect(text.id.length, check.name).toBeGreaterThan(3);
        expect(text.en.length, check.name).toBeGreaterThan(3);
        expect(text.id, check.name).not.toEqual(text.en);
      }
    }
    expect(new Set(datasetChecks.map((c) => c.name)).size).toBe(datasetChecks.length);
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

  const finding = (key: MessageKey, extra: Partial<Finding> = {}): Finding => ({
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
