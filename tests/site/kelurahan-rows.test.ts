/** The kelurahan tables (the list of all kelurahan, each kecamatan page) link every build site the data records. */
import { describe, expect, it } from 'vitest';
import { getDataset } from '../../src/data/load';
import { htmlPages, readPage, requireBuild } from '../support/site';

describe('kelurahan table rows', () => {
  requireBuild();
  const data = getDataset();
  const pages = htmlPages().filter((file) => /^(en\/)?(kelurahan|kecamatan\/[^/]+)\/index\.html$/.test(file));

  it("link each of a kelurahan's sites, and none it does not have", () => {
    expect(pages.length).toBeGreaterThanOrEqual(2 + 2 * data.kecamatan.length);
    for (const file of pages) {
      const rows = readPage(file).querySelectorAll('tr[data-code]');
      expect(rows.length, file).toBeGreaterThan(0);
      for (const row of rows) {
        const code = row.getAttribute('data-code');
        const expected = data.sites
          .filter((s) => s.kelurahan_code === code)
          .map((s) => s.id)
          .sort();
        const shown = row
          .querySelectorAll('[data-site]')
          .map((a) => a.getAttribute('data-site'))
          .sort();
        expect(shown, `${file} ${code}`).toEqual(expected);
      }
    }
  });
});
