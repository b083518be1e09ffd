import { z } from 'zod';
import type { MessageKey } from '../validation/messages';
import type { Bilingual } from './fields';

/** A column whose value must exist in another table's column. */
export interface ForeignKey {
  field: string;
  resource: string;
  referenceField: string;
  /** The column holds a ";"-separated list; each item must exist. Not expressible in Table Schema v1. */
  list?: boolean;
}

/**
 * A rule across the columns of one row. It names the column the editor should fix and a
 * message key from src/data/validation/messages.ts.
 */
export type RowRule<Row> = (row: Row, report: (field: keyof Row & string, key: MessageKey, params?: Record<string, string>) => void) => void;

export interface TableDefinition<Shape extends z.ZodRawShape = z.ZodRawShape> {
  /** Resource name in datapackage.json; the file is data/<name>.csv. */
  name: string;
  title: Bilingual;
  description: Bilingual;
  /** CC-BY-4.0 for the compiled facts; MIT for tables taken from MIT-licensed code lists. */
  licence: 'CC-BY-4.0' | 'MIT';
  fields: Shape;
  primaryKey: keyof Shape & string;
  /** Columns other than the primary key whose values must not repeat. */
  unique: (keyof Shape & string)[];
  foreignKeys: ForeignKey[];
  /** The zod schema of one typed row, with the row rules attached. */
  row: z.ZodType<z.infer<z.ZodObject<Shape>>, z.ZodTypeDef, unknown>;
  /** The row rules on their own, for the validator's compiled row check (the same rules `row` runs). */
  rules: RowRule<z.infer<z.ZodObject<Shape>>>[];
}

export function defineTable<Shape extends z.ZodRawShape>(definition: {
  name: string;
  title: Bilingual;
  description: Bilingual;
  licence: 'CC-BY-4.0' | 'MIT';
  fields: Shape;
  primaryKey: keyof Shape & string;
  unique?: (keyof Shape & string)[];
  foreignKeys?: ForeignKey[];
  rules?: RowRule<z.infer<z.ZodObject<Shape>>>[];
}): TableDefinition<Shape> {
  const rules = definition.rules ?? [];
  const row = z
    .object(definition.fields)
    .strict()
    .superRefine((value, ctx) => {
      for (const rule of rules) {
        rule(value as z.infer<z.ZodObject<Shape>>, (field, key, params) =>
          ctx.addIssue({ code: z.ZodIssueCode.custom, path: [field], params: { key, ...params } }),
        );
      }
    });
  return {
    name: definition.name,
    title: definition.title,
    description: definition.description,
    licence: definition.licence,
    fields: definition.fields,
    primaryKey: definition.primaryKey,
    unique: definition.unique ?? [],
    foreignKeys: definition.foreignKeys ?? [],
    row: row as unknown as TableDefinition<Shape>['row'],
    rules,
  };
}

/** Columns in the order the CSV header must have them. */
export function columnsOf(table: TableDefinition): string[] {
  return Object.keys(table.fields);
}
