import { invalidInput } from '../errors.js';

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/**
 * Drops `undefined`, `null`, empty strings and empty arrays recursively: the OB 3.0 serialization rules forbid
 * nulls and empty arrays, and our inputs use absent fields for "not applicable".
 */
export function prune<T>(value: T): T {
  if (Array.isArray(value)) {
    return value.map(prune).filter((v) => !isEmpty(v)) as T;
  }
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      const pruned = prune(v);
      if (!isEmpty(pruned)) out[key] = pruned;
    }
    return out as T;
  }
  return value;
}

const isEmpty = (v: unknown): boolean =>
  v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

/** Formats an instant as the RFC 3339 `DateTimeZ` the schemas want, without milliseconds. */
export function dateTime(value: Date | string, field: readonly (string | number)[]): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) throw invalidInput(field, `not a valid date-time: ${String(value)}`);
  if (typeof value === 'string' && !/(Z|[+-]\d{2}:\d{2})$/i.test(value) && !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    throw invalidInput(field, `date-time needs a time zone (Z or ±hh:mm): ${value}`);
  }
  return date.toISOString().replace(/\.000Z$/, 'Z');
}

const URI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$/;

/** Returns the value when it is an absolute URI (URL, DID, `urn:`) and throws `INVALID_INPUT` naming the field otherwise. */
export function uri(value: string, field: readonly (string | number)[]): string {
  if (typeof value !== 'string' || !URI.test(value)) throw invalidInput(field, `must be an absolute URI, got ${JSON.stringify(value)}`);
  return value;
}

export function required<T>(value: T | undefined | null, field: readonly (string | number)[]): T {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    throw invalidInput(field, 'is required');
  }
  return value;
}
