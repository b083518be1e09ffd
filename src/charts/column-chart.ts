/**
 * Stacked columns along time (one per month), laid out at build time with d3-scale and
 * d3-shape's stack. Month labels are short, with the year under the first month and every
 * January, so twelve or more months fit in 360 px.
 */
import { max, scaleBand, scaleLinear, stack } from 'd3';
import { outlineFor } from './palette';

export interface ColumnInput {
  key: string;
  /** Short label under the column ("Okt"). */
  label: string;
  /** Second line under the column, e.g. the year; empty for none. */
  sublabel: string;
  values: Record<string, number>;
}

export interface ColumnShape {
  key: string;
  x: number;
  width: number;
  label: { text: string; x: number; y: number };
  sublabel: { text: string; x: number; y: number } | undefined;
  total: { text: string; x: number; y: number } | undefined;
  segments: { series: string; value: number; y: number; height: number; color: string; stroke: string | undefined }[];
}

export interface ColumnChartShape {
  width: number;
  height: number;
  plotLeft: number;
  plotRight: number;
  plotTop: number;
  plotBottom: number;
  ticks: { y: number; label: string }[];
  columns: ColumnShape[];
}

export function layoutColumns(columns: ColumnInput[], series: { key: string; color: string }[], width = 360): ColumnChartShape {
  const left = 26;
  const right = width - 4;
  const top = 16;
  const plotHeight = 170;
  const bottom = top + plotHeight;
  const keys = series.map((s) => s.key);
  const stacked = stack<ColumnInput, string>()
    .keys(keys)
    .value((d, key) => d.values[key] ?? 0)(columns);
  const highest = max(columns, (c) => keys.reduce((n, k) => n + (c.values[k] ?? 0), 0)) ?? 0;
  const y = scaleLinear()
    .domain([0, Math.max(1, highest)])
    .nice()
    .range([bottom, top]);
  const x = scaleBand<string>()
    .domain(columns.map((c) => c.key))
    .range([left, right])
    .paddingInner(0.2)
    .paddingOuter(0.1);
  const colorOf = new Map(series.map((s) => [s.key, s.color]));
  const shapes = columns.map((column, i) => {
    const x0 = x(column.key)!;
    const w = x.bandwidth();
    const centre = x0 + w / 2;
    const segments = stacked
      .map((layer) => {
        const [y0, y1] = layer[i]!;
        return {
          series: layer.key,
          value: y1 - y0,
          y: y(y1),
          height: y(y0) - y(y1),
          color: colorOf.get(layer.key)!,
          stroke: outlineFor(colorOf.get(layer.key)!),
        };
      })
      .filter((s) => s.value > 0);
    const total = keys.reduce((n, k) => n + (column.values[k] ?? 0), 0);
    return {
      key: column.key,
      x: x0,
      width: w,
      label: { text: column.label, x: centre, y: bottom + 16 },
      sublabel: column.sublabel ? { text: column.sublabel, x: centre, y: bottom + 32 } : undefined,
      total: total > 0 ? { text: String(total), x: centre, y: y(total) - 4 } : undefined,
      segments,
    };
  });
  const ticks = y
    .ticks(Math.min(5, Math.max(1, highest)))
    .filter(Number.isInteger)
    .map((v) => ({ y: y(v), label: String(v) }));
  return { width, height: bottom + 40, plotLeft: left, plotRight: right, plotTop: top, plotBottom: bottom, ticks, columns: shapes };
}
