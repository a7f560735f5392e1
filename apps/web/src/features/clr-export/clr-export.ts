import type { UserErrorCode } from '../../gql/graphql';

/** What went wrong with an export that was not a typed error in the payload. */
export type ExportFailure = 'NETWORK' | 'UNEXPECTED';

/** UI copy for a typed export error, by code only. */
export function exportErrorMessage(code: UserErrorCode | ExportFailure): string {
  switch (code) {
    case 'NOT_FOUND':
    case 'INVALID_ID':
      return 'One of the selected awards could not be found in your record. Reload the page and try again.';
    case 'FORBIDDEN':
      return 'Only your own awards can go into your record.';
    case 'UNAUTHENTICATED':
      return 'Your session has ended. Sign in again to export your record.';
    case 'REQUIRED':
      return 'Select at least one award to export.';
    case 'NETWORK':
      return 'OpenCLR could not be reached. Check your connection and try again.';
    default:
      return 'Your record could not be exported this time. Please try again in a moment.';
  }
}

/** Lower-case ASCII words joined by hyphens, for file names: "Zoë O’Brien" → "zoe-o-brien". */
export function fileSlug(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'learner';
}

/** `clr-zoe-obrien-2025-06-01.json`: the learner's name and the local calendar date of the export. */
export function clrFilename(learnerName: string, when: Date, extension: 'json' | 'jwt'): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${when.getFullYear()}-${pad(when.getMonth() + 1)}-${pad(when.getDate())}`;
  return `clr-${fileSlug(learnerName)}-${date}.${extension}`;
}

export interface SelectableAward {
  id: string;
  state: 'ACTIVE' | 'SUSPENDED' | 'REVOKED';
}

/** Revoked awards never go into a record (the server leaves them out of a whole export too). */
export const isExportable = (a: SelectableAward) => a.state !== 'REVOKED';

/**
 * The `exportClr` input for a selection: no `awardIds` (the whole record) when every exportable award is
 * selected and all of them are listed, else exactly the selected exportable ones (a `partial` record).
 */
export function exportInput(
  awards: readonly SelectableAward[],
  selected: ReadonlySet<string>,
  allListed: boolean,
): { awardIds?: string[] } {
  const chosen = awards.filter((a) => isExportable(a) && selected.has(a.id)).map((a) => a.id);
  const exportable = awards.filter(isExportable);
  if (allListed && chosen.length === exportable.length) return {};
  return { awardIds: chosen };
}
