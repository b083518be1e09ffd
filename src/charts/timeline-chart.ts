/** Events per month, stacked by level of government. */
import { LEVELS } from '../data/schema/events';
import type { Tables } from '../data/schema/index';
import { EVENT_LEVEL_ORDER, eventsPerMonth, type EventLevel } from '../data/views/timeline';
import { formatMonth, formatMonthName, formatNumber } from '../i18n/locale-format';
import type { Lang } from '../i18n/lang';
import type { ColumnInput } from './column-chart';
import type { ChartText } from './model';
import { palette } from './palette';
import { t } from '../i18n/catalogue';

const LEVEL_COLORS: Record<EventLevel, string> = {
  national: palette.blue,
  province: palette.green,
  city: palette.vermillion,
  kelurahan: palette.purple,
};

export interface ColumnChartSpec {
  text: ChartText;
  columns: ColumnInput[];
  series: { key: string; color: string }[];
}

export function timelineChart(data: Tables, lang: Lang): ColumnChartSpec {
  const words = t(lang).charts;
  const months = eventsPerMonth(data);
  const columns: ColumnInput[] = months.map((m, i) => ({
    key: m.month,
    label: formatMonthName(m.month, lang),
    sublabel: i === 0 || m.month.endsWith('-01') ? m.month.slice(0, 4) : '',
    values: m.byLevel,
  }));
  const busiest = [...months].sort((a, b) => b.total - a.total || a.month.localeCompare(b.month))[0];
  const series = EVENT_LEVEL_ORDER.map((level) => ({ key: level, label: LEVELS[level][lang], color: LEVEL_COLORS[level] }));
  const text: ChartText = {
    id: 'events-per-month',
    title: words.timeline.title,
    summary: words.timeline.summary(
      data.events.length,
      busiest && busiest.total > 0 ? { month: formatMonth(busiest.month, lang, 'long'), count: busiest.total } : undefined,
    ),
    unit: words.timeline.unit,
    sourceIds: [...new Set(data.events.flatMap((e) => e.source_ids))].sort(),
    legend: series,
    table: {
      caption: words.timeline.caption,
      columns: [
        { label: words.timeline.month },
        ...series.map((s) => ({ label: s.label, numeric: true })),
        { label: words.total, numeric: true },
      ],
      rows: months.map((m) => ({
        key: m.month,
        header: { text: formatMonth(m.month, lang, 'long') },
        cells: [
          ...EVENT_LEVEL_ORDER.map((level) => ({ text: formatNumber(m.byLevel[level], lang), value: m.byLevel[level], series: level })),
          { text: formatNumber(m.total, lang), value: m.total },
        ],
      })),
    },
  };
  return { text, columns, series };
}
