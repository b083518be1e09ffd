/**
 * What a dataset check is. Row rules are declared in the zod schemas and run row by row;
 * everything that looks across rows or tables is a named check in checks/, in the manner of
 * Frictionless's checks: each module says what it finds, the message keys it uses, its entry
 * in the checks reference (both languages), and a fixture edit that trips it and one that
 * does not. The validator runs the list in checks/index.ts, in that order.
 */
import type { Bilingual } from '../schema/fields';
import type { TableName } from '../schema/index';
import type { TableDefinition } from '../schema/table';
import type { MessageKey } from './messages';
import type { ErrorType, Problem, Severity } from './problems';

/** One table as the validator read it. Checks read it; only the validator writes it. */
export interface TableState {
  readonly name: TableName;
  readonly table: TableDefinition;
  /** Path of the file as the editor sees it, such as data/sites.csv. */
  readonly file: string;
  /** False when the file could not be read as a table (missing, unreadable, header unusable): its rows are unknown. */
  readable: boolean;
  canonical: boolean;
  /** The header as written in the file. */
  header: string[];
  /** Line of each row; blank rows are left out. */
  lines: number[];
  /** Cells of the kept columns (see DatasetCheck.keeps), one per row; undefined when the row has no such cell. */
  raw: Map<string, (string | undefined)[]>;
  /** The typed row of each row that passed every row check. */
  typed: (Record<string, unknown> | undefined)[];
  /** Per kept column, the rows whose cell failed its own checks (so that no other check repeats the complaint). */
  failedCells: Map<string, Set<number>>;
}

export interface ValidateSettings {
  dataDir: string;
  displayDir: string;
  today: string;
  releasesDir?: string | undefined;
}

export interface CheckContext {
  readonly settings: ValidateSettings;
  readonly tables: Readonly<Record<TableName, TableState>>;
  /** How a file of the data folder appears in findings, such as data/sources.csv. */
  fileLabel(name: string): string;
  /** The distinct non-empty values of a kept column, every row counted; undefined when the table was not readable. */
  values(table: TableName, field: string): Set<string> | undefined;
  report(file: string, problem: Problem): void;
}

/** A change to a copy of the fixture dataset (tests/fixtures/dataset), to show a check at work. */
export type FixtureEdit =
  /** Add lines at the end of a file. */
  | { file: string; append: string[] }
  /** Replace the first occurrence of a text in a file. */
  | { file: string; replace: string; with: string }
  /** Record a release of the fixture as it stands (before the edits that follow). */
  | { recordRelease: true };

export interface CheckDoc {
  title: Bilingual;
  /** What the check finds and how to fix it. */
  description: Bilingual;
}

export interface DatasetCheck {
  /** The check's name, as the reference lists it. */
  readonly name: string;
  /** `table`: runs for each table in turn; `dataset`: runs once. */
  readonly scope: 'table' | 'dataset';
  /** The finding type it reports, and how bad it is. */
  readonly type: ErrorType;
  readonly severity: Severity;
  /** Every message key it can report. */
  readonly keys: readonly MessageKey[];
  readonly doc: CheckDoc;
  /** The columns whose cells it reads through TableState.raw, per table. */
  keeps?(table: TableDefinition): string[];
  run(context: CheckContext, table?: TableState): void;
  /** A fixture edit that makes the check report, and one close to it that passes. */
  readonly examples: { failing: FixtureEdit[]; passing: FixtureEdit[] };
}

/** The check itself, typed (keeps the literal keys of each module). */
export function defineCheck(check: DatasetCheck): DatasetCheck {
  return check;
}
