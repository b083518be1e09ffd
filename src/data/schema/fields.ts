/**
 * Field builders: each returns a zod schema for one CSV column and records, next to it,
 * what zod cannot say by itself (the Table Schema type and the bilingual documentation).
 * Everything else (types, validator, datapackage.json, JSON Schema, field docs) is derived
 * from the zod schemas these builders return.
 */
import { z } from 'zod';
import type { Lang } from '../../i18n/lang';

// Re-exported for the modules that still import Lang from the schema; it is defined in src/i18n/lang.ts.
export type { Lang };
export interface Bilingual {
  id: string;
  en: string;
}

/** The Table Schema type a column is cast to before zod sees it. */
export type CellType = 'string' | 'integer' | 'number' | 'date' | 'boolean' | 'list';

export interface FieldDoc {
  title: Bilingual;
  description: Bilingual;
  /** A valid value, shown in error messages and in the field docs. */
  example?: string;
}

export interface FieldInfo extends FieldDoc {
  type: CellType;
  required: boolean;
  /** For enums: every allowed value with its label in both languages. */
  values?: Record<string, Bilingual>;
  /** A web address: the validator names the scheme when it is not http(s). */
  url?: boolean;
  /** A WGS84 coordinate: the validator names the region's bounds when it lies outside them. */
  coordinate?: 'latitude' | 'longitude';
  /** A list of table:id references to rows of other tables. */
  rowReferences?: boolean;
}

/** What a field builder may add to the documentation of its column. */
type Extra = Pick<FieldInfo, 'url' | 'coordinate' | 'rowReferences'>;

const infoBySchema = new WeakMap<z.ZodTypeAny, FieldInfo>();

/** The documentation and cell type recorded for a column schema built here. */
export function fieldInfo(schema: z.ZodTypeAny): FieldInfo {
  const info = infoBySchema.get(schema);
  if (!info) throw new Error('This column schema was not built with the helpers in src/data/schema/fields.ts');
  return info;
}

function register<T extends z.ZodTypeAny>(schema: T, info: FieldInfo): T {
  infoBySchema.set(schema, info);
  return schema;
}

/** Identifier of a row: lower-case letters, digits, and single dots or hyphens between them. */
export const ID_PATTERN = '[a-z0-9]+(?:[.-][a-z0-9]+)*';
export const KECAMATAN_CODE_PATTERN = '[0-9]{2}\\.[0-9]{2}\\.[0-9]{2}';
export const KELURAHAN_CODE_PATTERN = '[0-9]{2}\\.[0-9]{2}\\.[0-9]{2}\\.[12][0-9]{3}';
export const DATE_PATTERN = '[0-9]{4}-[0-9]{2}-[0-9]{2}';
/** A list cell holds values separated by this character. */
export const LIST_SEPARATOR = ';';

export const anchored = (pattern: string) => new RegExp(`^(?:${pattern})$`);

const DATE = anchored(DATE_PATTERN);

/** True when an ISO yyyy-mm-dd string names a real calendar day (proleptic Gregorian, years 0100 and later). */
export function isCalendarDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  // Arithmetic rather than a Date object: the validator asks this of every date cell.
  const y = Number(value.slice(0, 4));
  const m = Number(value.slice(5, 7));
  const d = Number(value.slice(8, 10));
  // Date.UTC reads years 0–99 as 1900–1999, so such a date never named itself; keep refusing it.
  if (y < 100 || m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  return d <= days;
}

interface Options extends FieldDoc {
  optional?: boolean;
}

/** The column schema: optional when the options say so. */
export type Column<T extends z.ZodTypeAny, O> = O extends { optional: true } ? z.ZodOptional<T> : T;

function finish<T extends z.ZodTypeAny, const O extends Options>(schema: T, opts: O, type: CellType, values?: Record<string, Bilingual>, extra: Extra = {}): Column<T, O> {
  const info: FieldInfo = {
    title: opts.title,
    description: opts.description,
    type,
    required: !opts.optional,
    ...(opts.example === undefined ? {} : { example: opts.example }),
    ...(values ? { values } : {}),
    ...extra,
  };
  const column = opts.optional ? schema.optional() : schema;
  return register(column, info) as Column<T, O>;
}

/** Free text: one line, no markup (the validator checks cell hygiene for every text cell). */
export function text<const O extends Options & { maxLength?: number }>(opts: O) {
  return finish(z.string().min(1).max(opts.maxLength ?? 500), opts, 'string');
}

/** Text that must match a pattern (codes, identifiers). */
export function patterned<const O extends Options & { example: string }>(pattern: string, opts: O) {
  return finish(z.string().regex(anchored(pattern)), opts, 'string');
}

export function identifier<const O extends Options & { example: string }>(opts: O) {
  return patterned(ID_PATTERN, opts);
}

export function kecamatanCode<const O extends Options>(opts: O) {
  return finish(z.string().regex(anchored(KECAMATAN_CODE_PATTERN)), { example: '64.71.03', ...opts }, 'string') as Column<z.ZodString, O>;
}

export function kelurahanCode<const O extends Options>(opts: O) {
  return finish(z.string().regex(anchored(KELURAHAN_CODE_PATTERN)), { example: '64.71.03.1006', ...opts }, 'string') as Column<z.ZodString, O>;
}

/** One of a fixed set of values, each documented in both languages. */
export function oneOf<const V extends string, const O extends Options>(values: Record<V, Bilingual>, opts: O) {
  const keys = Object.keys(values) as [V, ...V[]];
  return finish(z.enum(keys), { example: keys[0], ...opts }, 'string', values) as Column<z.ZodEnum<[V, ...V[]]>, O>;
}

export function integer<const O extends Options & { min?: number; max?: number }>(opts: O) {
  let schema = z.number().int();
  if (opts.min !== undefined) schema = schema.min(opts.min);
  if (opts.max !== undefined) schema = schema.max(opts.max);
  return finish(schema, opts, 'integer');
}

/** A decimal number, written with a dot; `coordinate` marks a latitude or longitude. */
export function decimal<const O extends Options & { min?: number; max?: number; coordinate?: 'latitude' | 'longitude' }>(opts: O) {
  let schema = z.number();
  if (opts.min !== undefined) schema = schema.min(opts.min);
  if (opts.max !== undefined) schema = schema.max(opts.max);
  return finish(schema, opts, 'number', undefined, opts.coordinate ? { coordinate: opts.coordinate } : {});
}

/** A calendar date written yyyy-mm-dd. */
export function isoDate<const O extends Options>(opts: O) {
  const schema = z
    .string()
    .regex(anchored(DATE_PATTERN))
    .refine(isCalendarDate, { params: { key: 'not-a-calendar-day' } });
  return finish(schema, { example: '2025-10-17', ...opts }, 'date') as Column<typeof schema, O>;
}

export function boolean<const O extends Options>(opts: O) {
  return finish(z.boolean(), { example: 'false', ...opts }, 'boolean') as Column<z.ZodBoolean, O>;
}

/** An http or https address. */
export const URL_PATTERN = 'https?://[^\\s/$.?#][^\\s]*';

export function webUrl<const O extends Options>(opts: O) {
  const schema = z.string().regex(anchored(URL_PATTERN)).max(2000);
  return finish(schema, { example: 'https://www.inibalikpapan.com/…', ...opts }, 'string', undefined, { url: true }) as Column<typeof schema, O>;
}

/**
 * Several identifiers in one cell, separated by ";" (for example the sources of a row).
 * `rowReferences` marks items written table:id that point to rows of other tables.
 */
export function identifierList<const O extends Options & { example: string; itemPattern?: string; rowReferences?: boolean }>(opts: O) {
  const schema = z.array(z.string().regex(anchored(opts.itemPattern ?? ID_PATTERN))).min(1);
  return finish(schema, opts, 'list', undefined, opts.rowReferences ? { rowReferences: true } : {});
}

