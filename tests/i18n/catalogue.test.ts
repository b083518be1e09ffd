/**
 * The text catalogue has the same keys in both languages. The types already refuse a missing or
 * extra key (catalogue-types.ts); this walks the built catalogue, so a namespace written around
 * defineText, or a list translated with a step missing, fails too.
 */
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/catalogue';

type Leaf = { path: string; kind: string; length?: number; text?: string };

function leaves(value: unknown, path = ''): Leaf[] {
  if (typeof value === 'function') return [{ path, kind: 'function' }];
  if (Array.isArray(value))
    return [{ path, kind: 'array', length: value.length }, ...value.flatMap((item, i) => leaves(item, `${path}[${i}]`))];
  if (value && typeof value === 'object')
    return Object.entries(value)
      .sort(([a], [b]) => a.localeCompare(b))
      .flatMap(([key, item]) => leaves(item, path ? `${path}.${key}` : key));
  return [{ path, kind: typeof value, ...(typeof value === 'string' ? { text: value } : {}) }];
}

describe('text catalogue', () => {
  const id = leaves(t('id'));
  const en = leaves(t('en'));

  it('has the same keys, of the same kinds, in Indonesian and English', () => {
    const shape = (list: Leaf[]) => list.map(({ text: _text, ...leaf }) => leaf);
    expect(shape(en)).toEqual(shape(id));
    expect(id.length).toBeGreaterThan(500);
  });

  it('has no empty text', () => {
    for (const lang of ['id', 'en'] as const) {
      const empty = leaves(t(lang)).filter((leaf) => leaf.kind === 'string' && leaf.text?.trim() === '');
      expect(empty, lang).toEqual([]);
    }
  });

  it('is Indonesian in Indonesian and English in English', () => {
    expect(t('id').ui.unknown).toBe('tidak diketahui');
    expect(t('en').ui.unknown).toBe('unknown');
    expect(t('id').pages.kelurahan.title('Manggar')).toBe('Kelurahan Manggar');
    expect(t('en').release.messages['nothing-changed']({ last: '1.0.0' })).toMatch(/^Nothing in data\/ has changed since v1\.0\.0/);
  });
});
