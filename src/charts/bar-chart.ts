/**
 * Horizontal stacked bars, laid out at build time with d3-scale. Category labels sit above
 * their bars rather than beside them, so long Indonesian labels stay readable at 360 px.
 */
// d3-array and d3-scale, through the d3 package the project depends on.
import { max, scaleLinear } from 'd3';
import { outlineFor, palette } from './palette';
import { textWidth, wrapText } from './text-wrap';

export interface BarInput {
  key: string;
  label: string;
  /** Optional heading drawn above the first bar of a group. */
  group?: string;
  segments: { series: string; value: number; color: string; label: string }[];
  /** Text at the end of the bar, e.g. "3" or "sekitar 20%". */
  valueLabel: string;
}

export interface BarSegmentShape {
  series: string;
  label: string;
  value: number;
  x: number;
  width: number;
  color: string;
  stroke: string | undefined;
}

export interface BarShape {
  key: string;
  labelLines: { text: string; y: number }[];
  groupLines: { text: string; y: number }[];
  y: number;
  height: number;
  segments: BarSegmentShape[];
  valueLabel: { text: string; x: number; y: number };
}

export interface BarChartShape {
  width: number;
  height: number;
  plotLeft: number;
  plotRight: number;
  plotTop: number;
  plotBottom: number;
  ticks: { x: number; label: string; anchor: 'start' | 'middle' | 'end' }[];
  bars: BarShape[];
}

export interface BarChartOptions {
  /** Upper end of the value axis; defaults to the largest bar total. */
  domainMax?: number;
  tickFormat?: (value: number) => string;
  tickCount?: number;
  width?: number;
  /**
   * "end" writes each value after its bar; "above" writes it on its own line over the bar,
   * which leaves the whole width to the bars when values are long ("sekitar 20% (Okt 2025)").
   */
  valuePosition?: 'end' | 'above';
}

const FONT = 14;
const LINE = 17;
const BAR = 18;
const GAP = 12;

export function layoutBars(rows: BarInput[], options: BarChartOptions = {}): BarChartShape {
  const width = options.width ?? 360;
  const left = 4;
  // Value labels are bold, hence wider than the average glyph.
  const above = options.valuePosition === 'above';
  const longestValue = above ? 0 : (max(rows, (r) => textWidth(r.valueLabel, FONT, true)) ?? 0);
  const right = width - Math.ceil(longestValue) - (above ? 16 : 10);
  const top = 4;
  const domainMax = options.domainMax ?? max(rows, (r) => r.segments.reduce((n, s) => n + s.value, 0)) ?? 1;
  const x = scaleLinear()
    .domain([0, domainMax || 1])
    .range([left, right]);
  let y = top;
  let previousGroup: string | undefined;
  const bars: BarShape[] = rows.map((row) => {
    const groupLines: BarShape['groupLines'] = [];
    if (row.group && row.group !== previousGroup) {
      if (previousGroup !== undefined) y += 6;
      for (const text of wrapText(row.group, width - left, FONT)) {
        y += LINE;
        groupLines.push({ text, y });
      }
      y += 4;
    }
    previousGroup = row.group;
    const labelLines = wrapText(row.label, width - left, FONT).map((text) => {
      y += LINE;
      return { text, y };
    });
    let valueAbove: BarShape['valueLabel'] | undefined;
    if (above) {
      y += LINE;
      valueAbove = { text: row.valueLabel, x: left, y };
    }
    y += 5;
    let cursor = 0;
    const segments = row.segments.map((s) => {
      const shape = {
        series: s.series,
        label: s.label,
        value: s.value,
        x: x(cursor),
        width: x(cursor + s.value) - x(cursor),
        color: s.color,
        stroke: outlineFor(s.color),
      };
      cursor += s.value;
      return shape;
    });
    const bar: BarShape = {
      key: row.key,
      labelLines,
      groupLines,
      y,
      height: BAR,
      segments,
      valueLabel: valueAbove ?? { text: row.valueLabel, x: x(cursor) + 6, y: y + BAR / 2 + FONT * 0.35 },
    };
    y += BAR + GAP;
    return bar;
  });
  const plotBottom = y - GAP + 6;
  const format = options.tickFormat ?? ((v: number) => String(v));
  // A tick label at either end is anchored inwards so that it is not cut off.
  const anchorOf = (at: number, label: string): 'start' | 'middle' | 'end' => {
    const half = textWidth(label, 12) / 2;
    if (at - half < 0) return 'start';
    if (at + half > width) return 'end';
    return 'middle';
  };
  const ticks = x.ticks(options.tickCount ?? 5).map((v) => ({ x: x(v), label: format(v), anchor: anchorOf(x(v), format(v)) }));
  return { width, height: plotBottom + 22, plotLeft: left, plotRight: right, plotTop: top, plotBottom, ticks, bars };
}

export const chartFont = { size: FONT, color: palette.ink, axis: palette.axis };
