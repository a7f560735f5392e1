import { useCursorPager } from './useCursorPager';

describe('useCursorPager', () => {
  it('should start on the first page with no cursor', () => {
    const sut = useCursorPager(25);
    expect(sut.after.value).toBeNull();
    expect(sut.pageIndex.value).toBe(0);
    expect(sut.hasPrevious.value).toBe(false);
    expect(sut.range(25)).toEqual({ from: 1, to: 25 });
  });

  it('should go forward with the end cursor and back through the pages seen', () => {
    const sut = useCursorPager(25);
    sut.next('c25');
    sut.next('c50');
    expect(sut.after.value).toBe('c50');
    sut.settle();
    expect(sut.range(3)).toEqual({ from: 51, to: 53 });
    sut.previous();
    expect(sut.after.value).toBe('c25');
    sut.previous();
    sut.previous();
    expect(sut.after.value).toBeNull();
    expect(sut.hasPrevious.value).toBe(false);
  });

  it('should keep describing the rows on screen until the next page has arrived', () => {
    const sut = useCursorPager(25);
    sut.next('c25');
    expect(sut.range(25)).toEqual({ from: 1, to: 25 });
    sut.settle();
    expect(sut.range(25)).toEqual({ from: 26, to: 50 });
  });

  it('should ignore a missing end cursor and reset to the first page', () => {
    const sut = useCursorPager(10);
    sut.next(null);
    expect(sut.pageIndex.value).toBe(0);
    sut.next('c10');
    sut.reset();
    expect(sut.after.value).toBeNull();
    expect(sut.range(0)).toEqual({ from: 0, to: 0 });
  });

  it('should reject page sizes the server would refuse', () => {
    expect(() => useCursorPager(0)).toThrow(RangeError);
    expect(() => useCursorPager(101)).toThrow(RangeError);
  });
});
