/**
 * The market keeps China time (UTC+8, no daylight saving): order days, date filters, certificates, exports and
 * every time shown count in it, whatever the server's or the phone's zone. The one place that says so.
 */
const CHINA_OFFSET_MS = 8 * 3600_000;
export const DAY_MS = 86_400_000;

const shifted = (at: Date | string) => new Date(new Date(at).getTime() + CHINA_OFFSET_MS).toISOString();

/** The calendar date in China: 2026-11-28T16:30:00Z → '2026-11-29'. */
export function chinaDate(at: Date | string): string {
  return shifted(at).slice(0, 10);
}

/** Date and time in China to the second, as exports print it: '2026-11-29 00:30:00'. */
export function chinaDateTime(at: Date | string): string {
  return shifted(at).slice(0, 19).replace('T', ' ');
}

/** Date and time in China to the minute, as screens show it: '2026-11-29 00:30'; text that is no time stays as it is. */
export function formatChinaTime(iso: string): string {
  return Number.isNaN(new Date(iso).getTime()) ? iso : chinaDateTime(iso).slice(0, 16);
}

/** The instant a China calendar day ('YYYY-MM-DD') begins: '2026-11-29' → 2026-11-28T16:00:00Z. */
export function chinaDayStart(date: string): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) - CHINA_OFFSET_MS);
}

/** A filter's inclusive China dates as instants: from the start of `from` to the start of the day after `to`. */
export function chinaDayBounds(from?: string, to?: string): { after?: Date; before?: Date } {
  return {
    after: from ? chinaDayStart(from) : undefined,
    before: to ? new Date(chinaDayStart(to).getTime() + DAY_MS) : undefined,
  };
}

/** 'YYYY-MM-DD' plus whole days, in calendar arithmetic. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole calendar days from one 'YYYY-MM-DD' to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}
