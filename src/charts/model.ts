/**
 * What every chart carries besides its drawing: a title, a one-sentence summary, its units,
 * its sources, a legend and a table of the same numbers.
 */
export interface Series {
  key: string;
  label: string;
  color: string;
}

export interface TableCell {
  text: string;
  /** The number this cell states, when it states one; tests compare it with the drawing. */
  value?: number;
  /** The series of the drawing this cell matches. */
  series?: string;
  href?: string;
}

export interface ChartTable {
  caption: string;
  columns: { label: string; numeric?: boolean }[];
  rows: { key: string; header: TableCell; cells: TableCell[] }[];
}

export interface ChartText {
  /** Anchor of the chart on its page. */
  id: string;
  title: string;
  summary: string;
  unit: string;
  sourceIds: string[];
  /** Extra line under the source, e.g. what a city-wide figure does not say. */
  note?: string;
  legend: Series[];
  table: ChartTable;
}
