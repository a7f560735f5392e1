import { DomainError } from '../errors/domain-error.js';
import { ExpiryErrorCode } from '../errors/error-codes.js';

declare const localDateBrand: unique symbol;
/** A calendar date with no time or zone, `YYYY-MM-DD`; what Postgres `date` columns hold. */
export type LocalDate = string & { readonly [localDateBrand]: true };

export class ExpiryError extends DomainError<ExpiryErrorCode> {}

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A valid calendar date as a `LocalDate`, or null (rejects `2025-02-30`, `2025-2-3`, times and zones). */
export function tryParseLocalDate(value: string): LocalDate | null {
  const match = LOCAL_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return value as LocalDate;
}

export function parseLocalDate(value: string, field: readonly string[] = ['date']): LocalDate {
  const date = tryParseLocalDate(value);
  if (date === null) {
    const message = 'Enter a date as YYYY-MM-DD.';
    throw new ExpiryError(ExpiryErrorCode.INVALID_DATE, message, [{ code: ExpiryErrorCode.INVALID_DATE, message, field }]);
  }
  return date;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `date` plus `months` calendar months, clamped to the end of a shorter month (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = (index % 12) + 1;
  return formatLocalDate(newYear, newMonth, Math.min(day, daysInMonth(newYear, newMonth)));
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(year, month - 1, day + days));
  return formatLocalDate(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate());
}

function formatLocalDate(year: number, month: number, day: number): LocalDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as LocalDate;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
        hour: '2-digit', minute: '2-digit', second: '2-digit',
      });
    } catch (cause) {
      const message = `Unknown time zone "${timeZone}".`;
      throw new ExpiryError(ExpiryErrorCode.INVALID_TIME_ZONE, message, [], { cause });
    }
    formatters.set(timeZone, format);
  }
  return format;
}

function wallClock(instant: Date, timeZone: string): { year: number; month: number; day: number; utcMs: number } {
  const parts = Object.fromEntries(
    formatter(timeZone).formatToParts(instant).map((part) => [part.type, Number(part.value)]),
  ) as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>;
  const utcMs = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour % 24, parts.minute, parts.second);
  return { year: parts.year, month: parts.month, day: parts.day, utcMs };
}

/** The calendar date of an instant in a time zone (IANA name). */
export function localDateOf(instant: Date, timeZone: string): LocalDate {
  const { year, month, day } = wallClock(instant, timeZone);
  return formatLocalDate(year, month, day);
}

/** The first instant of a calendar date in a time zone (IANA name). */
export function startOfLocalDate(date: LocalDate, timeZone: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(year, month - 1, day);
  const offsetAt = (ms: number) => wallClock(new Date(ms), timeZone).utcMs - Math.floor(ms / 1000) * 1000;
  // Two passes settle the offset on either side of a DST change.
  let instant = wall - offsetAt(wall);
  instant = wall - offsetAt(instant);
  return new Date(instant);
}
