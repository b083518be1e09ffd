/**
 * The checks of one row, compiled once per table from its zod schema: the cell cast
 * (cells.ts), then each column's zod constraints and the table's row rules, run directly
 * instead of through `safeParse` on every row. The findings are the ones zod's issues map to
 * (zodIssueToProblem); a schema construct the compiler does not know makes the table fall
 * back to `safeParse`, so a new kind of constraint is never silently skipped.
 */
import { z } from 'zod';
import { region } from '../../config/region';
import { fieldInfo, type FieldInfo } from '../schema/fields';
import type { TableDefinition } from '../schema/table';
import type { Problem } from './problems';

/** A finding of a column, before its line and column are attached. */
export type CellProblem = Omit<Problem, 'rowNumber' | 'fieldNumber' | 'charColumn'> & { fieldName: string };

const cellOf = (v: unknown) => (Array.isArray(v) ? v.join(';') : v === undefined ? '' : String(v));
const URL_SCHEME = /^https?:\/\//i;

/** What the message says for a value that lies outside the region, for a coordinate column. */
function outsideCity(info: FieldInfo | undefined): Record<string, string> | undefined {
  if (!info?.coordinate) return undefined;
  const [west, south, east, north] = region.bbox;
  const [min, max] = info.coordinate === 'latitude' ? [south, north] : [west, east];
  return { city: region.name, min: String(min), max: String(max) };
}

/** The finding one zod issue stands for. */
export function zodIssueToProblem(issue: z.ZodIssue, info: FieldInfo | undefined, field: string, value: unknown): CellProblem {
  const base = { fieldName: field, cell: cellOf(value) };
  const example = info?.example ?? '';
  switch (issue.code) {
    case 'invalid_type':
      if (issue.received === 'undefined') return { ...base, type: 'constraint-error', key: 'required', params: { example } };
      return { ...base, type: 'type-error', key: 'type-number' };
    case 'invalid_string': {
      const item = issue.path.length > 1 && Array.isArray(value) ? String(value[issue.path[1] as number]) : base.cell;
      if (info?.url && !URL_SCHEME.test(item)) return { ...base, cell: item, type: 'constraint-error', key: 'url-scheme' };
      return { ...base, cell: item, type: 'constraint-error', key: 'pattern', params: { example } };
    }
    case 'invalid_enum_value':
      return { ...base, type: 'constraint-error', key: 'enum', params: { allowed: issue.options.join(', ') } };
    case 'too_small':
    case 'too_big': {
      if (issue.type === 'array' || (issue.type === 'string' && issue.code === 'too_small')) {
        return { ...base, type: 'constraint-error', key: 'required', params: { example } };
      }
      if (issue.type === 'string') return { ...base, type: 'constraint-error', key: 'too-long', params: { limit: String('maximum' in issue ? issue.maximum : '') } };
      const outside = outsideCity(info);
      if (outside) return { ...base, type: 'constraint-error', key: 'outside-city', params: outside };
      const limit = String('minimum' in issue ? issue.minimum : issue.maximum);
      return { ...base, type: 'constraint-error', key: issue.code === 'too_small' ? 'minimum' : 'maximum', params: { limit } };
    }
    case 'custom':
      return customProblem(base, (issue.params ?? {}) as Record<string, string>);
    default:
      return { ...base, type: 'constraint-error', key: 'pattern', params: { example } };
  }
}

function customProblem(base: { fieldName: string; cell: string }, params: Record<string, string>): CellProblem {
  const { key = 'row-rule', ...rest } = params;
  if (key === 'not-a-calendar-day') return { ...base, type: 'type-error', key };
  return { ...base, type: 'row-constraint', key: key as CellProblem['key'], params: rest };
}

/**
 * A compiled column check: the problems of a cast value, in zod's order. `aborts` is true when
 * zod would stop the row there (a wrong enum value), so that the row rules do not run.
 */
type ColumnCheck = (value: unknown, out: CellProblem[], failedCount: number) => boolean;

function compileString(schema: z.ZodString, field: string, info: FieldInfo): ColumnCheck | undefined {
  const steps: ((value: string, out: CellProblem[]) => void)[] = [];
  for (const check of schema._def.checks) {
    if (check.kind === 'min') {
      const min = check.value;
      steps.push((v, out) => {
        if (v.length < min) out.push(zodIssueToProblem({ code: 'too_small', type: 'string', minimum: min, inclusive: true, path: [field], message: '' }, info, field, v));
      });
    } else if (check.kind === 'max') {
      const max = check.value;
      steps.push((v, out) => {
        if (v.length > max) out.push({ fieldName: field, cell: v, type: 'constraint-error', key: 'too-long', params: { limit: String(max) } });
      });
    } else if (check.kind === 'regex') {
      const regex = check.regex;
      if (regex.global || regex.sticky) return undefined;
      steps.push((v, out) => {
        if (!regex.test(v)) out.push(zodIssueToProblem({ code: 'invalid_string', validation: 'regex', path: [field], message: '' }, info, field, v));
      });
    } else return undefined;
  }
  return (value, out) => {
    if (typeof value !== 'string') return compiledTypeMismatch(field, value, out);
    for (const step of steps) step(value, out);
    return false;
  };
}

function compiledTypeMismatch(field: string, value: unknown, out: CellProblem[]): boolean {
  out.push({ fieldName: field, cell: cellOf(value), type: 'type-error', key: 'type-number' });
  return true;
}

function compileNumber(schema: z.ZodNumber, field: string, info: FieldInfo): ColumnCheck | undefined {
  const steps: ((value: number, out: CellProblem[]) => void)[] = [];
  for (const check of schema._def.checks) {
    if (check.kind === 'int') {
      steps.push((v, out) => {
        if (!Number.isInteger(v)) out.push(zodIssueToProblem({ code: 'invalid_type', expected: 'integer', received: 'float', path: [field], message: '' }, info, field, v));
      });
    } else if (check.kind === 'min') {
      const { value: min, inclusive } = check;
      steps.push((v, out) => {
        if (inclusive ? v < min : v <= min) out.push(zodIssueToProblem({ code: 'too_small', type: 'number', minimum: min, inclusive, path: [field], message: '' }, info, field, v));
      });
    } else if (check.kind === 'max') {
      const { value: max, inclusive } = check;
      steps.push((v, out) => {
        if (inclusive ? v > max : v >= max) out.push(zodIssueToProblem({ code: 'too_big', type: 'number', maximum: max, inclusive, path: [field], message: '' }, info, field, v));
      });
    } else return undefined;
  }
  return (value, out) => {
    if (typeof value !== 'number' || Number.isNaN(value)) return compiledTypeMismatch(field, value, out);
    for (const step of steps) step(value, out);
    return false;
  };
}

function compileColumn(schema: z.ZodTypeAny, field: string, info: FieldInfo): { check: ColumnCheck; optional: boolean } | undefined {
  let current = schema;
  let optional = false;
  if (current instanceof z.ZodOptional) {
    optional = true;
    current = current._def.innerType;
  }
  let refinement: ((value: string) => boolean) | undefined;
  if (current instanceof z.ZodEffects) {
    // Only the calendar-day refinement of isoDate is known; the cast checks the same thing first.
    if (current._def.effect.type !== 'refinement' || info.type !== 'date') return undefined;
    // The refinement itself, without zod's parse around it; its context only collects the verdict.
    const refine = current._def.effect.refinement as (value: unknown, context: unknown) => unknown;
    const context = { addIssue: () => undefined, path: [] };
    current = current._def.schema;
    refinement = (value) => refine(value, context) !== false;
  }
  let check: ColumnCheck | undefined;
  if (current instanceof z.ZodString) check = compileString(current, field, info);
  else if (current instanceof z.ZodNumber) check = compileNumber(current, field, info);
  else if (current instanceof z.ZodBoolean) check = (value, out) => (typeof value === 'boolean' ? false : compiledTypeMismatch(field, value, out));
  else if (current instanceof z.ZodEnum) {
    const options = current._def.values as string[];
    const allowed = new Set(options);
    const list = options.join(', ');
    check = (value, out) => {
      if (typeof value === 'string' && allowed.has(value)) return false;
      out.push({ fieldName: field, cell: cellOf(value), type: 'constraint-error', key: 'enum', params: { allowed: list } });
      return true;
    };
  } else if (current instanceof z.ZodArray) {
    const element = current._def.type as z.ZodTypeAny;
    const min = current._def.minLength?.value ?? 0;
    if (current._def.maxLength || current._def.exactLength || !(element instanceof z.ZodString)) return undefined;
    // Only patterns on items: another item constraint would name the whole list, which compileString does not do.
    if (element._def.checks.some((c) => c.kind !== 'regex')) return undefined;
    const item = compileString(element, field, info);
    if (!item) return undefined;
    check = (value, out) => {
      if (!Array.isArray(value)) return compiledTypeMismatch(field, value, out);
      if (value.length < min) out.push(zodIssueToProblem({ code: 'too_small', type: 'array', minimum: min, inclusive: true, path: [field], message: '' }, info, field, value));
      // An item's finding names the item, as zod's path [field, i] does.
      for (let i = 0; i < value.length; i++) item(value[i], out, 0);
      return false;
    };
  } else return undefined;
  if (!check) return undefined;
  if (refinement) {
    const inner = check;
    const refine = refinement;
    check = (value, out, failedCount) => {
      if (inner(value, out, failedCount)) return true;
      // A refinement is a custom issue: like a row rule, it is not reported when another cell of the row failed.
      if (typeof value === 'string' && !refine(value) && failedCount === 0) out.push(customProblem({ fieldName: field, cell: value }, { key: 'not-a-calendar-day' }));
      return false;
    };
  }
  return { check, optional };
}

export interface RowChecker {
  /**
   * Problems of a row whose cells are cast: `typed` holds the cast value of every column whose
   * cell was filled and passed, `failed` the columns whose cell failed already.
   * Returns whether the row passed (zod's verdict).
   */
  check(typed: Record<string, unknown>, failed: ReadonlySet<string>, out: CellProblem[]): boolean;
}

/** Compiles the checks of a table's rows; undefined columns make it fall back to zod. */
export function compileRowChecker(table: TableDefinition): RowChecker {
  const fields = Object.keys(table.fields);
  const compiled = fields.map((field) => {
    const schema = table.fields[field]!;
    return compileColumn(schema, field, fieldInfo(schema));
  });
  if (compiled.some((c) => c === undefined)) return zodRowChecker(table);
  const columns = compiled.map((c, i) => ({ field: fields[i]!, ...c! }));
  const example = fields.map((field) => fieldInfo(table.fields[field]!).example ?? '');
  const rules = table.rules;
  // The row being checked, for the one rule reporter (no closure per row).
  let row: Record<string, unknown> = {};
  let rowFailed: ReadonlySet<string> = new Set();
  let rowOut: CellProblem[] = [];
  let issues = 0;
  const reportRule = (field: string, key: string, params?: Record<string, string>) => {
    issues++;
    // A row rule reads several cells; when one of them failed, its verdict would mislead.
    if (rowFailed.size > 0) return;
    rowOut.push(customProblem({ fieldName: field, cell: cellOf(row[field]) }, { key, ...params }));
  };
  return {
    check(typed, failed, out) {
      let aborted = false;
      issues = 0;
      for (let i = 0; i < columns.length; i++) {
        const { field, check, optional } = columns[i]!;
        const value = typed[field];
        if (value === undefined) {
          if (optional) continue;
          // zod: invalid_type "required", and the row stops there.
          aborted = true;
          issues++;
          if (!failed.has(field)) out.push({ fieldName: field, cell: '', type: 'constraint-error', key: 'required', params: { example: example[i]! } });
          continue;
        }
        const before = out.length;
        if (check(value, out, failed.size)) aborted = true;
        issues += out.length - before;
      }
      if (aborted) return false;
      row = typed;
      rowFailed = failed;
      rowOut = out;
      for (const rule of rules) rule(typed as never, reportRule as never);
      return issues === 0;
    },
  };
}

/** The reference path: zod's safeParse on the row, its issues mapped to findings. */
export function zodRowChecker(table: TableDefinition): RowChecker {
  return {
    check(typed, failed, out) {
      const parsed = table.row.safeParse(typed);
      if (parsed.success) return true;
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? table.primaryKey);
        if (failed.has(field)) continue;
        if (issue.code === 'custom' && failed.size > 0) continue;
        const schema = table.fields[field];
        out.push(zodIssueToProblem(issue, schema ? fieldInfo(schema) : undefined, field, typed[field]));
      }
      return false;
    },
  };
}
