import { formatDateOnly, formatInstantDate, levelLabel, plural, toPercent } from './format';

describe('format', () => {
  it('should show an instant as the date in the given time zone', () => {
    const iso = '2025-03-01T02:30:00.000Z';
    expect(formatInstantDate(iso, { locale: 'en-GB', timeZone: 'UTC' })).toBe('1 Mar 2025');
    expect(formatInstantDate(iso, { locale: 'en-GB', timeZone: 'America/Chicago' })).toBe('28 Feb 2025');
  });

  it('should keep a date-only value on its calendar day', () => {
    expect(formatDateOnly('2025-09-01', { locale: 'en-GB' })).toBe('1 Sept 2025');
    expect(formatDateOnly('not a date')).toBe('');
    expect(formatDateOnly(null)).toBe('');
  });

  it('should return an empty string for a missing or invalid instant', () => {
    expect(formatInstantDate(null)).toBe('');
    expect(formatInstantDate('nope')).toBe('');
  });

  it('should turn a fraction into a clamped whole percentage', () => {
    expect(toPercent(0.456)).toBe(46);
    expect(toPercent(1.7)).toBe(100);
    expect(toPercent(-1)).toBe(0);
    expect(toPercent(null)).toBe(0);
    expect(toPercent(Number.NaN)).toBe(0);
  });

  it('should pluralise', () => {
    expect(plural(1, 'badge')).toBe('1 badge');
    expect(plural(0, 'badge')).toBe('0 badges');
    expect(plural(2, 'person', 'people')).toBe('2 people');
  });

  it('should name a level with its number, since names repeat', () => {
    expect(levelLabel(3, 'Milestone', 4)).toBe('Milestone (level 3 of 4)');
    expect(levelLabel(2, null, null)).toBe('Level 2');
    expect(levelLabel(null, null, 4)).toBe('Not yet assessed');
  });
});
