/** Columns other than the primary key that must not repeat (one cooperative per kelurahan, one slug per kelurahan). */
import { defineCheck } from '../check';
import { repeatedValues } from './primary-key';

export const unique = defineCheck({
  name: 'unique',
  scope: 'table',
  type: 'unique-error',
  severity: 'error',
  keys: ['unique'],
  doc: {
    title: { id: 'Nilai ganda di kolom unik', en: 'Repeated value in a unique column' },
    description: {
      id: 'Kolom yang harus unik (misalnya kelurahan_code di cooperatives.csv: satu koperasi per kelurahan) memuat nilai yang sudah ada di baris lain. Hapus baris ganda atau perbaiki nilainya.',
      en: 'A column that must be unique (such as kelurahan_code in cooperatives.csv: one cooperative per kelurahan) holds a value that another row already has. Remove the duplicate row or fix the value.',
    },
  },
  keeps: (table) => table.unique,
  run(context, state) {
    const table = state!;
    for (const field of table.table.unique) {
      repeatedValues(context, table, field, (line, value, firstLine) =>
        context.report(table.file, { type: 'unique-error', key: 'unique', rowNumber: line, fieldName: field, cell: value, params: { firstLine: String(firstLine) } }),
      );
    }
  },
  examples: {
    failing: [{ file: 'cooperatives.csv', replace: 'kkmp-64.71.03.1006,64.71.03.1006', with: 'kkmp-64.71.03.1006,64.71.01.1001' }],
    passing: [],
  },
});
