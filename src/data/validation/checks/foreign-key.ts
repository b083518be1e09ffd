/** A value that refers to another table exists there (a cooperative's kelurahan, a row's sources). */
import { LIST_SEPARATOR } from '../../schema/fields';
import type { TableName } from '../../schema/index';
import { defineCheck } from '../check';

export const foreignKey = defineCheck({
  name: 'foreign-key',
  scope: 'table',
  type: 'foreign-key',
  severity: 'error',
  keys: ['foreign-key'],
  doc: {
    title: { id: 'Rujukan ke baris yang tidak ada', en: 'Reference to a row that does not exist' },
    description: {
      id: 'Kolom yang merujuk tabel lain (misalnya source_ids ke sources.csv, kelurahan_code ke kelurahan.csv) memuat nilai yang tidak ada di tabel itu. Periksa ejaannya, atau tambahkan baris itu dulu di tabel rujukan.',
      en: 'A column that refers to another table (such as source_ids to sources.csv, kelurahan_code to kelurahan.csv) holds a value that table does not have. Check the spelling, or add that row to the referenced table first.',
    },
  },
  keeps: (table) => table.foreignKeys.map((fk) => fk.field),
  run(context, state) {
    const table = state!;
    for (const fk of table.table.foreignKeys) {
      const known = context.values(fk.resource as TableName, fk.referenceField);
      const cells = table.raw.get(fk.field);
      if (!known || !cells) continue;
      const referenceFile = context.tables[fk.resource as TableName].file;
      for (let i = 0; i < cells.length; i++) {
        const value = cells[i];
        if (!value) continue;
        for (const item of fk.list ? value.split(LIST_SEPARATOR) : [value]) {
          if (item === '' || known.has(item)) continue;
          context.report(table.file, {
            type: 'foreign-key',
            key: 'foreign-key',
            rowNumber: table.lines[i]!,
            fieldName: fk.field,
            cell: item,
            params: { referenceFile, referenceField: fk.referenceField },
          });
        }
      }
    }
  },
  examples: {
    failing: [{ file: 'partnerships.csv', replace: ',pertamina-patra-niaga,', with: ',pertamina,' }],
    passing: [],
  },
});
