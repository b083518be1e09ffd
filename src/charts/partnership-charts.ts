/**
 * The partnership charts: cooperatives by partner and business line, kelurahan by kecamatan,
 * and figures stated per cooperative next to figures reported only for the whole city.
 */
import type { KecamatanSummary } from '../data/views/kecamatan';
import { NAMED_STAGES, namedCooperativesAtLeast, partnerLineSummaries, type PartnerLineSummary } from '../data/views/partnerships';
import type { Indicator, Tables } from '../data/schema/index';
import type { Measure } from '../data/schema/indicators';
import { BUSINESS_LINES, PARTNERSHIP_STAGES, type PartnershipStage } from '../data/schema/partnerships';
import { latestIndicator } from '../data/views/kelurahan';
import { formatIndicatorValue, formatMonth, formatNumber, formatShortDate } from '../i18n/locale-format';
import type { Lang } from '../i18n/lang';
import type { BarInput } from './bar-chart';
import type { ChartText, TableCell } from './model';
import { palette } from './palette';
import type { BarChartSpec } from './progress-chart';
import { t } from '../i18n/catalogue';

const STAGE_COLORS: Record<PartnershipStage, string> = {
  offered: palette.paleBlue,
  applied: palette.skyBlue,
  'requirements-met': palette.blue,
  'agreement-signed': palette.green,
  active: palette.vermillion,
  ended: palette.grey,
};

export function partnerLineChart(data: Tables, lang: Lang): BarChartSpec {
  const words = t(lang).charts;
  const total = data.cooperatives.length;
  const summaries = partnerLineSummaries(data);
  const labelOf = (s: PartnerLineSummary) => `${s.partner.short_name} — ${BUSINESS_LINES[s.businessLine][lang]}`;
  const series = [
    ...NAMED_STAGES.map((stage) => ({ key: stage, label: PARTNERSHIP_STAGES[stage][lang], color: STAGE_COLORS[stage] })),
    { key: 'offered-city-wide', label: words.partnerLines.offeredCityWide, color: palette.paleBlue },
    { key: 'no-statement', label: words.partnerLines.noStatement, color: palette.empty },
  ];
  const bars: BarInput[] = summaries.map((s) => {
    const named = NAMED_STAGES.reduce((n, stage) => n + s.named[stage], 0);
    return {
      key: `${s.partner.id}|${s.businessLine}`,
      label: labelOf(s),
      valueLabel: words.partnerLines.valueLabel(named),
      segments: [
        ...NAMED_STAGES.map((stage) => ({
          series: stage,
          value: s.named[stage],
          color: STAGE_COLORS[stage],
          label: PARTNERSHIP_STAGES[stage][lang],
        })),
        { series: 'offered-city-wide', value: s.offeredCityWide, color: palette.paleBlue, label: words.partnerLines.offeredCityWide },
        { series: 'no-statement', value: s.noStatement, color: palette.empty, label: words.partnerLines.noStatement },
      ],
    };
  });
  const offers = summaries.filter((s) => s.offer).map(labelOf);
  const namedIds = namedCooperativesAtLeast(data, 'applied').ids;
  const signed = namedCooperativesAtLeast(data, 'agreement-signed').ids.length;
  const text: ChartText = {
    id: 'partners',
    title: words.partnerLines.title,
    summary: words.partnerLines.summary(offers, namedIds.length, signed),
    unit: words.partnerLines.unit(total),
    sourceIds: [...new Set(summaries.flatMap((s) => s.relations.flatMap((r) => r.rows.at(-1)!.source_ids)))].sort(),
    legend: series,
    table: {
      caption: words.partnerLines.caption,
      columns: [{ label: words.partnerLines.row }, ...series.map((s) => ({ label: s.label, numeric: true }))],
      rows: summaries.map((s) => ({
        key: `${s.partner.id}|${s.businessLine}`,
        header: { text: labelOf(s) },
        cells: [
          ...NAMED_STAGES.map((stage): TableCell => ({ text: formatNumber(s.named[stage], lang), value: s.named[stage], series: stage })),
          { text: formatNumber(s.offeredCityWide, lang), value: s.offeredCityWide, series: 'offered-city-wide' },
          { text: formatNumber(s.noStatement, lang), value: s.noStatement, series: 'no-statement' },
        ],
      })),
    },
  };
  return { text, bars, options: { domainMax: total } };
}

export function kecamatanPartnershipChart(
  summaries: KecamatanSummary[],
  lang: Lang,
  kecamatanHref: (slug: string) => string,
): BarChartSpec {
  const words = t(lang).charts.byKecamatan;
  const rows = summaries.map((s) => {
    const stageOf = (record: KecamatanSummary['records'][number]) => {
      const named = record.partnerships.filter((p) => p.basis === 'named' && p.stage !== 'ended' && p.stage !== 'offered');
      if (named.some((p) => p.stage === 'agreement-signed' || p.stage === 'active')) return 'signed';
      return named.length ? 'applied' : 'none';
    };
    const stages = s.records.map(stageOf);
    return {
      summary: s,
      applied: stages.filter((x) => x === 'applied').length,
      signed: stages.filter((x) => x === 'signed').length,
      none: stages.filter((x) => x === 'none').length,
      of: s.records.length,
    };
  });
  const series = [
    { key: 'applied', label: words.applied, color: palette.blue },
    { key: 'signed', label: words.signed, color: palette.green },
    { key: 'none', label: words.none, color: palette.empty },
  ];
  const bars: BarInput[] = rows.map((r) => ({
    key: r.summary.slug,
    label: r.summary.kecamatan.name,
    valueLabel: words.valueLabel(r.applied + r.signed, r.of),
    segments: [
      { series: 'applied', value: r.applied, color: palette.blue, label: words.applied },
      { series: 'signed', value: r.signed, color: palette.green, label: words.signed },
      { series: 'none', value: r.none, color: palette.empty, label: words.none },
    ],
  }));
  const withAny = rows.filter((r) => r.applied + r.signed > 0).map((r) => r.summary.kecamatan.name);
  const sourceIds = [
    ...new Set(
      rows.flatMap((r) =>
        r.summary.records.flatMap((rec) => rec.partnerships.filter((p) => p.basis === 'named').flatMap((p) => p.source_ids)),
      ),
    ),
  ].sort();
  const text: ChartText = {
    id: 'by-kecamatan',
    title: words.title,
    summary: words.summary(withAny, rows.length),
    unit: words.unit,
    sourceIds,
    legend: series,
    table: {
      caption: words.caption,
      columns: [
        { label: words.row },
        ...series.map((s) => ({ label: s.label, numeric: true })),
        { label: t(lang).charts.total, numeric: true },
      ],
      rows: rows.map((r) => ({
        key: r.summary.slug,
        header: { text: r.summary.kecamatan.name, href: kecamatanHref(r.summary.slug) },
        cells: [
          { text: formatNumber(r.applied, lang), value: r.applied, series: 'applied' },
          { text: formatNumber(r.signed, lang), value: r.signed, series: 'signed' },
          { text: formatNumber(r.none, lang), value: r.none, series: 'none' },
          { text: formatNumber(r.of, lang), value: r.of },
        ],
      })),
    },
  };
  return { text, bars, options: { domainMax: Math.max(...rows.map((r) => r.of)) } };
}

/** Share of all cooperatives a city-wide indicator stands for, when its unit allows it. */
function shareOf(row: Indicator, total: number): number | undefined {
  if (row.unit === 'percent') return row.value;
  if (row.unit === 'count') return (row.value / total) * 100;
  return undefined;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

export function namedVersusCityChart(data: Tables, lang: Lang): BarChartSpec {
  const words = t(lang).charts.namedVsCity;
  const total = data.cooperatives.length;
  const namedOperating = () => {
    const rows = data.cooperative_stages.filter((s) => s.scope === 'cooperative' && s.stage === 'operating' && s.status === 'reached');
    return {
      ids: [...new Set(rows.map((r) => r.cooperative_id!))],
      date: rows
        .map((r) => r.date)
        .sort()
        .at(-1),
      rows,
    };
  };
  const groups: {
    key: keyof typeof words.groups;
    named: { ids: string[]; date: string | undefined; rows: { source_ids: string[] }[] };
    measure: Measure;
  }[] = [
    { key: 'applied', named: namedCooperativesAtLeast(data, 'applied'), measure: 'bumn-applicants' },
    { key: 'partnering', named: namedCooperativesAtLeast(data, 'agreement-signed'), measure: 'bumn-partnered-share' },
    { key: 'operating', named: namedOperating(), measure: 'cooperatives-active' },
  ];
  const bars: BarInput[] = [];
  const tableRows: ChartText['table']['rows'] = [];
  const sourceIds = new Set<string>();
  for (const group of groups) {
    const groupLabel = words.groups[group.key];
    const namedCount = group.named.ids.length;
    const namedShare = round1((namedCount / total) * 100);
    const namedText = words.namedValue(namedCount, group.named.date ? formatMonth(group.named.date.slice(0, 7), lang) : undefined);
    group.named.rows.forEach((r) => r.source_ids.forEach((s) => sourceIds.add(s)));
    bars.push({
      key: `${group.key}-named`,
      group: groupLabel,
      label: words.named,
      valueLabel: namedText,
      segments: [{ series: 'named', value: namedShare, color: palette.blue, label: words.named }],
    });
    tableRows.push({
      key: `${group.key}-named`,
      header: { text: groupLabel },
      cells: [
        { text: words.named },
        { text: namedText },
        { text: `${formatNumber(namedShare, lang)}%`, value: namedShare, series: 'named' },
        { text: group.named.date ? formatShortDate(group.named.date, lang) : '—' },
      ],
    });
    const city = latestIndicator(data, group.measure);
    const share = city ? shareOf(city, total) : undefined;
    const cityShare = share === undefined ? undefined : round1(share);
    const cityText = city ? `${formatIndicatorValue(city, lang)} (${formatMonth(city.date.slice(0, 7), lang)})` : words.noSource;
    city?.source_ids.forEach((s) => sourceIds.add(s));
    bars.push({
      key: `${group.key}-city`,
      group: groupLabel,
      label: words.cityWide,
      valueLabel: cityText,
      // No city-wide figure is unknown, not zero: nothing is drawn and the table says unknown.
      segments:
        cityShare === undefined ? [] : [{ series: 'city-wide', value: cityShare, color: palette.vermillion, label: words.cityWide }],
    });
    tableRows.push({
      key: `${group.key}-city`,
      header: { text: groupLabel },
      cells: [
        { text: words.cityWide },
        { text: cityText },
        cityShare === undefined
          ? { text: t(lang).ui.unknown }
          : { text: `${formatNumber(cityShare, lang)}%`, value: cityShare, series: 'city-wide' },
        { text: city ? formatShortDate(city.date, lang) : '—' },
      ],
    });
  }
  const partnered = latestIndicator(data, 'bumn-partnered-share');
  const text: ChartText = {
    id: 'named-vs-city',
    title: words.title,
    summary: words.summary(
      groups[0]!.named.ids.length,
      groups[1]!.named.ids.length,
      partnered ? formatIndicatorValue(partnered, lang) : undefined,
    ),
    unit: words.unit(total),
    sourceIds: [...sourceIds].sort(),
    note: words.note,
    legend: [
      { key: 'named', label: words.named, color: palette.blue },
      { key: 'city-wide', label: words.cityWide, color: palette.vermillion },
    ],
    table: {
      caption: words.caption,
      columns: [
        { label: words.figure },
        { label: words.basis },
        { label: words.value },
        { label: words.share, numeric: true },
        { label: words.date },
      ],
      rows: tableRows,
    },
  };
  return { text, bars, options: { domainMax: 100, tickFormat: (v: number) => `${v}%`, valuePosition: 'above' } };
}
