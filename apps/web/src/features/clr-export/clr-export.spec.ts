import { clrFilename, exportErrorMessage, exportInput, fileSlug } from './clr-export';

describe('clrFilename', () => {
  it('should name the file after the learner and the local date', () => {
    expect(clrFilename('Zoë O’Brien', new Date(2025, 5, 1, 23, 59), 'json')).toBe('clr-zoe-o-brien-2025-06-01.json');
    expect(clrFilename('Ana Ruiz', new Date(2024, 11, 9), 'jwt')).toBe('clr-ana-ruiz-2024-12-09.jwt');
  });

  it('should fall back to a generic name when nothing ASCII is left', () => {
    expect(fileSlug('李小龙 🎓')).toBe('learner');
    expect(fileSlug('  --A  b-- ')).toBe('a-b');
  });
});

describe('exportInput', () => {
  const awards = [
    { id: 'a', state: 'ACTIVE' as const },
    { id: 'b', state: 'SUSPENDED' as const },
    { id: 'r', state: 'REVOKED' as const },
  ];

  it('should ask for the whole record when every exportable award is selected', () => {
    expect(exportInput(awards, new Set(['a', 'b']), true)).toEqual({});
    expect(exportInput(awards, new Set(['a', 'b', 'r']), true)).toEqual({});
  });

  it('should list the chosen awards for a subset, never a revoked one', () => {
    expect(exportInput(awards, new Set(['a', 'r']), true)).toEqual({ awardIds: ['a'] });
    expect(exportInput(awards, new Set(), true)).toEqual({ awardIds: [] });
  });

  it('should list the awards explicitly when only part of the record is on screen', () => {
    expect(exportInput(awards, new Set(['a', 'b']), false)).toEqual({ awardIds: ['a', 'b'] });
  });
});

describe('exportErrorMessage', () => {
  it('should word errors by code', () => {
    expect(exportErrorMessage('NOT_FOUND')).toMatch(/could not be found/);
    expect(exportErrorMessage('NETWORK')).toMatch(/could not be reached/);
    expect(exportErrorMessage('DUPLICATE')).toMatch(/could not be exported/);
  });
});
