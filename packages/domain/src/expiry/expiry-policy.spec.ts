import { ExpiryErrorCode } from '../errors/error-codes.js';
import { computeExpiry, validateExpiryPolicy } from './expiry-policy.js';
import { addMonths, localDateOf, parseLocalDate, startOfLocalDate, tryParseLocalDate, type LocalDate } from './local-date.js';

const d = (value: string) => value as LocalDate;

describe('local dates', () => {
  it.each(['2024-02-29', '2025-12-31', '0001-01-01'])('should accept %s', (value) => {
    expect(tryParseLocalDate(value)).toBe(value);
  });

  it.each(['2025-02-29', '2025-13-01', '2025-00-10', '2025-2-3', '2025-01-01T00:00:00Z', ''])('should reject %j', (value) => {
    expect(tryParseLocalDate(value)).toBeNull();
  });

  it('should throw INVALID_DATE naming the field', () => {
    expect(() => parseLocalDate('31/12/2025', ['expiresOn'])).toThrow(
      expect.objectContaining({ code: ExpiryErrorCode.INVALID_DATE, fieldErrors: [expect.objectContaining({ field: ['expiresOn'] })] }),
    );
  });

  it('should clamp month arithmetic to the end of shorter months', () => {
    expect(addMonths(d('2025-01-31'), 1)).toBe('2025-02-28');
    expect(addMonths(d('2024-01-31'), 1)).toBe('2024-02-29');
    expect(addMonths(d('2025-11-15'), 14)).toBe('2027-01-15');
  });

  it('should take the calendar date in the institution time zone', () => {
    const instant = new Date('2025-03-01T03:30:00Z'); // still 28 Feb in Chicago
    expect(localDateOf(instant, 'America/Chicago')).toBe('2025-02-28');
    expect(localDateOf(instant, 'UTC')).toBe('2025-03-01');
  });

  it('should find local midnight across DST changes', () => {
    expect(startOfLocalDate(d('2025-03-09'), 'America/Chicago').toISOString()).toBe('2025-03-09T06:00:00.000Z'); // CST
    expect(startOfLocalDate(d('2025-03-10'), 'America/Chicago').toISOString()).toBe('2025-03-10T05:00:00.000Z'); // CDT
    expect(startOfLocalDate(d('2025-07-01'), 'Europe/Paris').toISOString()).toBe('2025-06-30T22:00:00.000Z');
  });

  it('should reject an unknown time zone with INVALID_TIME_ZONE', () => {
    expect(() => localDateOf(new Date(), 'Mars/Olympus')).toThrow(expect.objectContaining({ code: ExpiryErrorCode.INVALID_TIME_ZONE }));
  });
});

describe(computeExpiry.name, () => {
  const issuedAt = new Date('2025-08-31T23:00:00Z'); // 31 Aug in Chicago, 1 Sep in Paris

  it('should never expire under "none"', () => {
    expect(computeExpiry({ kind: 'none' }, issuedAt, 'UTC')).toBeNull();
  });

  it('should count months from the local issue date, valid through that day', () => {
    expect(computeExpiry({ kind: 'months_after_issue', months: 6 }, issuedAt, 'America/Chicago')).toEqual({
      validThrough: '2026-02-28',
      validUntil: new Date('2026-03-01T06:00:00Z'),
    });
    expect(computeExpiry({ kind: 'months_after_issue', months: 6 }, issuedAt, 'Europe/Paris')!.validThrough).toBe('2026-03-01');
  });

  it('should keep a fixed date as a date, valid through its end', () => {
    expect(computeExpiry({ kind: 'fixed_date', date: d('2026-06-30') }, issuedAt, 'Europe/Paris')).toEqual({
      validThrough: '2026-06-30',
      validUntil: new Date('2026-06-30T22:00:00Z'),
    });
  });

  it('should refuse to award under a fixed date that has passed', () => {
    expect(() => computeExpiry({ kind: 'fixed_date', date: d('2025-08-30') }, issuedAt, 'UTC')).toThrow(
      expect.objectContaining({ code: ExpiryErrorCode.INVALID_EXPIRY_POLICY }),
    );
  });

  it.each([0, -1, 1.5, 1201])('should reject %p months', (months) => {
    expect(validateExpiryPolicy({ kind: 'months_after_issue', months })).toEqual([
      expect.objectContaining({ code: ExpiryErrorCode.INVALID_EXPIRY_POLICY, field: ['expiryPolicy', 'months'] }),
    ]);
  });

  it('should reject a malformed fixed date', () => {
    expect(validateExpiryPolicy({ kind: 'fixed_date', date: d('2026-02-30') })).toHaveLength(1);
  });
});
