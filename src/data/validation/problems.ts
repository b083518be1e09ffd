import type { MessageKey } from './messages';

/**
 * The one shape of a validation finding. Types use Frictionless names where Frictionless has
 * one; checks Frictionless does not make have their own names.
 */
export const ERROR_TYPES = [
  // Frictionless
  'scheme-error',
  'source-error',
  'encoding-error',
  'format-error',
  'missing-label',
  'extra-label',
  'incorrect-label',
  'duplicate-label',
  'blank-label',
  'blank-row',
  'missing-cell',
  'extra-cell',
  'type-error',
  'constraint-error',
  'primary-key',
  'unique-error',
  'foreign-key',
  'row-constraint',
  'table-dimensions',
  // this project
  'surrounding-whitespace',
  'formula-injection',
  'html-markup',
  'control-character',
  'future-date',
  'date-order',
  'geojson-error',
  'not-canonical',
  'release-integrity',
  'version-error',
] as const;

export type ErrorType = (typeof ERROR_TYPES)[number];

export type Severity = 'error' | 'warning';

/** A finding inside one file, before the file name is attached. */
export interface Problem {
  type: ErrorType;
  /** Key of the plain-language message in messages.ts. */
  key: MessageKey;
  /** Line in the file; for a CSV the header is line 1. */
  rowNumber?: number;
  fieldName?: string;
  /** 1-based position of the column in the header. */
  fieldNumber?: number;
  /** 1-based character column where the cell starts, for editor annotations. */
  charColumn?: number;
  cell?: string;
  params?: Record<string, string>;
  severity?: Severity;
}

export interface Finding extends Problem {
  /** Path of the file as the editor sees it, such as data/sites.csv. */
  file: string;
  severity: Severity;
}
