/**
 * Every validator rule, each with a fixture that breaks it and the finding it must produce:
 * the right file, line, column and type, with a message that names the fix.
 */
import { describe, expect, it } from 'vitest';
import { messageOf } from '../../src/data/validation/messages';
import type { Finding } from '../../src/data/validation/problems';
import { errorsOf, fixture } from '../support/fixture';
import { cases } from './break-cases';

describe('the fixture dataset', () => {
  it('is valid, with no warnings', () => {
    const result = fixture().validate();
    expect(result.findings).toEqual([]);
    expect(result.valid).toBe(true);
    expect(result.data?.kelurahan).toHaveLength(34);
  });
});

describe.each(cases)('$name', (c) => {
  it('is rejected with a finding at the right place', () => {
    const f = fixture();
    c.breakIt(f);
    const result = f.validate();
    expect(result.valid).toBe(false);
    const errors = errorsOf(result);
    expect(errors).toContainEqual(expect.objectContaining(c.expect));
    const finding = errors.find((e) => Object.entries(c.expect).every(([k, v]) => e[k as keyof Finding] === v))!;
    const en = messageOf(finding, 'en');
    const id = messageOf(finding, 'id');
    for (const words of c.says ?? []) expect(en).toContain(words);
    expect(id).not.toEqual(en);
    expect(`${en} ${id}`).not.toMatch(/undefined|\[object Object\]|NaN/);
  });
});
