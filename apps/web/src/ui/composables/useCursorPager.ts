import { computed, ref } from 'vue';

/**
 * Page-by-page navigation over a forward-only Relay connection (`first`/`after`): the cursors of the pages
 * already seen are kept so that "Previous" needs no backward pagination from the server.
 */
export function useCursorPager(pageSize: number) {
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 100) {
    throw new RangeError(`pageSize must be an integer from 1 to 100, got ${pageSize}`);
  }
  // Cursor that starts each page seen so far; the first page starts at null.
  const starts = ref<(string | null)[]>([null]);
  const pageIndex = computed(() => starts.value.length - 1);
  const after = computed(() => starts.value[starts.value.length - 1] ?? null);
  const hasPrevious = computed(() => starts.value.length > 1);
  // The page whose rows are on screen: it lags pageIndex while the next page loads, so that the
  // "26–50 of 97" label never describes rows that are not there yet.
  const shownIndex = ref(0);

  function next(endCursor: string | null | undefined): void {
    if (!endCursor) return;
    starts.value = [...starts.value, endCursor];
  }
  function previous(): void {
    if (starts.value.length > 1) starts.value = starts.value.slice(0, -1);
  }
  function reset(): void {
    starts.value = [null];
  }
  /** Call when the result for the current cursor has arrived. */
  function settle(): void {
    shownIndex.value = pageIndex.value;
  }
  /** 1-based positions of the rows on screen, e.g. { from: 26, to: 50 }; from is 0 for an empty page. */
  function range(rowsOnPage: number): { from: number; to: number } {
    if (rowsOnPage <= 0) return { from: 0, to: 0 };
    const from = shownIndex.value * pageSize + 1;
    return { from, to: from + rowsOnPage - 1 };
  }

  return { pageSize, after, pageIndex, hasPrevious, next, previous, reset, settle, range };
}

export type CursorPager = ReturnType<typeof useCursorPager>;
