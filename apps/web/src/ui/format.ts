/** Display formatting shared by every feature. Instants are shown in the viewer's time zone; dates stay dates. */

const dateFormatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let f = dateFormatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    dateFormatters.set(key, f);
  }
  return f;
}

export interface FormatOptions {
  locale?: string;
  /** Defaults to the browser's zone; tests pin it. */
  timeZone?: string;
}

/** An instant (ISO 8601 with zone) as a calendar date in the viewer's time zone, e.g. "3 Dec 2025". */
export function formatInstantDate(iso: string | null | undefined, opts: FormatOptions = {}): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return formatter(opts.locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: opts.timeZone }).format(d);
}

/**
 * A date-only value ("2025-09-01") as that same calendar date, whatever the viewer's zone: it is not an instant,
 * so it is read and printed in UTC to avoid shifting it by a day.
 */
export function formatDateOnly(value: string | null | undefined, opts: Pick<FormatOptions, 'locale'> = {}): string {
  if (!value) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return '';
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return formatter(opts.locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(d);
}

/** A 0..1 fraction as a whole percentage, clamped; NaN and null read as 0. */
export function toPercent(fraction: number | null | undefined): number {
  if (fraction == null || Number.isNaN(fraction)) return 0;
  return Math.round(Math.min(1, Math.max(0, fraction)) * 100);
}

/** "1 badge" / "3 badges". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * A rubric level for people: the name, with its number when known, since two levels may share a name
 * ("Milestone (2)" and "Milestone (3)").
 */
export function levelLabel(level: number | null | undefined, name: string | null | undefined, maxLevel?: number | null): string {
  if (level == null) return 'Not yet assessed';
  const of = maxLevel ? ` of ${maxLevel}` : '';
  return name ? `${name} (level ${level}${of})` : `Level ${level}${of}`;
}
