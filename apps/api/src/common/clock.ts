import { addDays, chinaDate, daysBetween } from '@bangfu/contracts';
import { Injectable } from '@nestjs/common';

export { addDays, chinaDate, daysBetween };

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

export function addYears(date: string, years: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.toISOString().slice(0, 10);
}
