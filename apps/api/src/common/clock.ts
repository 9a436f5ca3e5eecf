import { chinaDate, DAY_MS } from '@bangfu/contracts';
import { Injectable } from '@nestjs/common';

export { chinaDate };

/** The one source of "now" for rules that depend on time, so tests can move it. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }

  /** Today's date in China ('YYYY-MM-DD'): certificates run by the calendar day there. */
  today(): string {
    return chinaDate(this.now());
  }
}

/** 'YYYY-MM-DD' plus whole days, in calendar arithmetic. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function addYears(date: string, years: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}
