/**
 * The dataset's tables, in dependency order (a table comes after the tables it refers to,
 * except sources, which everything cites). Adding a table here adds it to the validator,
 * datapackage.json, the JSON Schemas and the field docs.
 */
import type { z } from 'zod';
import { cooperativeStages } from './cooperative-stages';
import { cooperatives } from './cooperatives';
import { corrections } from './corrections';
import { disagreements } from './disagreements';
import { events } from './events';
import { indicators } from './indicators';
import { kecamatan } from './kecamatan';
import { kelurahan } from './kelurahan';
import { partners } from './partners';
import { partnerships } from './partnerships';
import { siteStatus } from './site-status';
import { sites } from './sites';
import { sources } from './sources';
import type { TableDefinition } from './table';

export const tables = {
  sources,
  kecamatan,
  kelurahan,
  cooperatives,
  cooperative_stages: cooperativeStages,
  partners,
  partnerships,
  sites,
  site_status: siteStatus,
  indicators,
  events,
  disagreements,
  corrections,
} as const;

export type TableName = keyof typeof tables;
export const tableNames = Object.keys(tables) as TableName[];
export const tableList: TableDefinition[] = Object.values(tables) as unknown as TableDefinition[];

type RowOf<T> = T extends TableDefinition<infer S> ? z.infer<z.ZodObject<S>> : never;

export type Source = RowOf<typeof sources>;
export type Kecamatan = RowOf<typeof kecamatan>;
export type Kelurahan = RowOf<typeof kelurahan>;
export type Cooperative = RowOf<typeof cooperatives>;
export type CooperativeStageRow = RowOf<typeof cooperativeStages>;
export type Partner = RowOf<typeof partners>;
export type Partnership = RowOf<typeof partnerships>;
export type Site = RowOf<typeof sites>;
export type SiteStatusRow = RowOf<typeof siteStatus>;
export type Indicator = RowOf<typeof indicators>;
export type Event = RowOf<typeof events>;
export type Disagreement = RowOf<typeof disagreements>;
export type Correction = RowOf<typeof corrections>;

/** Every table's rows, typed. */
export type Tables = { [K in TableName]: RowOf<(typeof tables)[K]>[] };

/** The boundary file, validated separately from the tables. */
export const BOUNDARIES_FILE = 'kelurahan-boundaries.geojson';

export { fieldInfo } from './fields';
export type { Bilingual, FieldInfo, Lang } from './fields';
export { columnsOf } from './table';
export type { ForeignKey, TableDefinition } from './table';
