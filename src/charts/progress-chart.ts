/**
 * How far the cooperatives have got: one bar per progress level (unknown included, zeros
 * included), split by whether a source named the cooperative or spoke of all of them.
 */
import type { KelurahanRecord, ProgressLevel } from '../data/views/kelurahan';
import { PROGRESS_ORDER } from '../data/views/kelurahan';
import { formatNumber } from '../i18n/locale-format';
import type { Lang } from '../i18n/lang';
import type { BarChartOptions, BarInput } from './bar-chart';
import type { ChartText } from './model';
import { palette } from './palette';
import { t } from '../i18n/catalogue';

export interface BarChartSpec {
  text: ChartText;
  bars: BarInput[];
  options: BarChartOptions;
}

export function progressChart(records: KelurahanRecord[], lang: Lang, id = 'progress'): BarChartSpec {
  const words = t(lang).charts;
  const total = records.length;
  const series = [
    { key: 'named', label: words.progress.named, color: palette.blue },
    { key: 'city-wide', label: words.progress.cityWide, color: palette.skyBlue },
  ];
  const count = (level: ProgressLevel, basis?: 'named' | 'city-wide') =>
    records.filter((r) => r.progress.level === level && (!basis || r.progress.basis === basis)).length;
  // Unknown has no basis: it is drawn in grey as a class of its own.
  const rows = PROGRESS_ORDER.map((level) => {
    const named = level === 'unknown' ? 0 : count(level, 'named');
    const cityWide = level === 'unknown' ? 0 : count(level, 'city-wide');
    const unknown = level === 'unknown' ? count(level) : 0;
    return { level, named, cityWide, unknown, total: named + cityWide + unknown };
  });
  const bars: BarInput[] = rows.map((row) => ({
    key: row.level,
    label: t(lang).views.progress[row.level],
    valueLabel: formatNumber(row.total, lang),
    segments:
      row.level === 'unknown'
        ? [{ series: 'unknown', value: row.unknown, color: palette.grey, label: t(lang).views.progress.unknown }]
        : [
            { series: 'named', value: row.named, color: palette.blue, label: words.progress.named },
            { series: 'city-wide', value: row.cityWide, color: palette.skyBlue, label: words.progress.cityWide },
          ],
  }));
  const top = [...rows].sort((a, b) => b.total - a.total)[0];
  const sourceIds = [
    ...new Set(records.flatMap((r) => r.progress.facts.filter((f) => f.level === r.progress.level).flatMap((f) => f.row.source_ids))),
  ].sort();
  const text: ChartText = {
    id,
    title: words.progress.title(total),
    summary: words.progress.summary(
      top && top.total > 0 ? { label: t(lang).views.progress[top.level], count: top.total } : undefined,
      total,
      records.filter((r) => r.progress.basis === 'named').length,
    ),
    unit: words.progress.unit(total),
    sourceIds,
    legend: [...series, { key: 'unknown', label: t(lang).views.progress.unknown, color: palette.grey }],
    table: {
      caption: words.progress.caption,
      columns: [
        { label: words.progress.level },
        { label: words.progress.named, numeric: true },
        { label: words.progress.cityWide, numeric: true },
        { label: t(lang).views.progress.unknown, numeric: true },
        { label: words.total, numeric: true },
      ],
      rows: rows.map((row) => ({
        key: row.level,
        header: { text: t(lang).views.progress[row.level] },
        cells: [
          { text: formatNumber(row.named, lang), value: row.named, series: 'named' },
          { text: formatNumber(row.cityWide, lang), value: row.cityWide, series: 'city-wide' },
          { text: formatNumber(row.unknown, lang), value: row.unknown, series: 'unknown' },
          { text: formatNumber(row.total, lang), value: row.total },
        ],
      })),
    },
  };
  return { text, bars, options: { domainMax: total } };
}
