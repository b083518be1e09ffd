/** What "today" is for the data: the date in the region's time zone (a date after it is refused). */
import { region } from './region';

export function todayIn(timeZone: string = region.timeZone, now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
