/**
 * Events along time: every month from the first event to the last, including months with
 * none (a gap in the record is information), counted by level of government.
 */
import { LEVELS } from '../schema/events';
import type { Event, Tables } from '../schema/index';

export type EventLevel = keyof typeof LEVELS;
export const EVENT_LEVEL_ORDER = Object.keys(LEVELS) as EventLevel[];

export interface MonthCount {
  /** yyyy-mm */
  month: string;
  byLevel: Record<EventLevel, number>;
  total: number;
}

const monthOf = (iso: string) => iso.slice(0, 7);

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** Events in date order (then id, so the order is stable). */
export function eventsInOrder(data: Pick<Tables, 'events'>): Event[] {
  return [...data.events].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/** Events by the month they start in. */
export function eventsPerMonth(data: Pick<Tables, 'events'>): MonthCount[] {
  const events = eventsInOrder(data);
  if (events.length === 0) return [];
  const months: MonthCount[] = [];
  const last = monthOf(events.at(-1)!.date);
  for (let month = monthOf(events[0]!.date); ; month = nextMonth(month)) {
    const byLevel = Object.fromEntries(EVENT_LEVEL_ORDER.map((level) => [level, 0])) as Record<EventLevel, number>;
    const here = events.filter((e) => monthOf(e.date) === month);
    for (const e of here) byLevel[e.level] += 1;
    months.push({ month, byLevel, total: here.length });
    if (month === last) break;
  }
  return months;
}
