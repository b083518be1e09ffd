/** kelurahan.csv lists exactly the region's kelurahan, as many as the official list has. */
import { region } from '../../../config/region';
import { defineCheck } from '../check';

export const kelurahanCount = defineCheck({
  name: 'kelurahan-count',
  scope: 'dataset',
  type: 'table-dimensions',
  severity: 'error',
  keys: ['kelurahan-count'],
  doc: {
    title: { id: 'Jumlah kelurahan', en: 'Number of kelurahan' },
    description: {
      id: 'kelurahan.csv harus memuat setiap kelurahan di kota menurut daftar resmi Kemendagri, tidak kurang dan tidak lebih.',
      en: 'kelurahan.csv must list every kelurahan of the city in the official Kemendagri list, no fewer and no more.',
    },
  },
  run(context) {
    const kelurahan = context.tables.kelurahan;
    if (!kelurahan.readable || kelurahan.lines.length === region.kelurahanCount) return;
    context.report(kelurahan.file, {
      type: 'table-dimensions',
      key: 'kelurahan-count',
      params: { count: String(kelurahan.lines.length), expected: String(region.kelurahanCount), city: region.name },
    });
  },
  examples: {
    failing: [{ file: 'kelurahan.csv', replace: '64.71.06.1005', with: '64.71.06.1005-removed' }],
    passing: [],
  },
});
