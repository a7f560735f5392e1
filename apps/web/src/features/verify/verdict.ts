import type { CheckStatus } from '../../gql/graphql';

export interface CheckLike {
  id: string;
  status: CheckStatus;
  message: string;
}
export interface ReportLike {
  valid: boolean;
  checks: readonly CheckLike[];
  nested?: readonly ReportLike[] | null;
}

export interface Verdict {
  valid: boolean;
  /** "Valid" or "Not valid": nothing else, and never "Valid" while any check (here or nested) failed. */
  label: 'Valid' | 'Not valid';
  /** One sentence saying why, counting every check in the tree. */
  summary: string;
  failed: number;
  notChecked: number;
  warnings: number;
  passed: number;
}

function countAll(report: ReportLike, counts: Record<CheckStatus, number>): void {
  for (const c of report.checks) counts[c.status] += 1;
  for (const n of report.nested ?? []) countAll(n, counts);
}

const emptyCounts = (): Record<CheckStatus, number> => ({ PASSED: 0, FAILED: 0, NOT_CHECKED: 0, WARNING: 0 });
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The overall verdict for a report. The server's `valid` is necessary but not sufficient: a failed check anywhere,
 * including in a nested credential, makes it "Not valid", so the page can never say "Valid" next to a red row.
 * Checks that could not be performed keep a valid verdict but are said out loud. The summary counts the rows the
 * page lists (this report's checks, where each credential inside is one row), not every check of the tree.
 */
export function reportVerdict(report: ReportLike): Verdict {
  const counts = emptyCounts();
  countAll(report, counts);
  const top = emptyCounts();
  for (const c of report.checks) top[c.status] += 1;
  const shown = report.checks.length;
  const inside = report.nested?.length ?? 0;
  const valid = report.valid && counts.FAILED === 0;
  const insideCaveats = counts.NOT_CHECKED + counts.WARNING - top.NOT_CHECKED - top.WARNING;
  const caveats = [
    top.NOT_CHECKED ? `${plural(top.NOT_CHECKED, 'check', 'checks')} could not be performed` : null,
    top.WARNING ? plural(top.WARNING, 'warning', 'warnings') : null,
    insideCaveats > 0 ? `the credentials inside have ${plural(insideCaveats, 'note', 'notes')}` : null,
  ].filter((s): s is string => s != null);
  let summary: string;
  if (!valid) {
    summary = top.FAILED
      ? `${top.FAILED} of ${plural(shown, 'check', 'checks')} failed. Do not rely on this credential.`
      : counts.FAILED
        ? 'A credential inside did not pass its checks. Do not rely on this credential.'
        : 'The verifier did not accept this credential. Do not rely on it.';
  } else if (caveats.length) {
    summary = `No check failed, but ${caveats.join(' and ')}: read them below.`;
  } else {
    summary = `All ${plural(shown, 'check', 'checks')} passed${inside ? `, and so did the ${plural(inside, 'credential', 'credentials')} inside` : ''}.`;
  }
  return {
    valid,
    label: valid ? 'Valid' : 'Not valid',
    summary,
    failed: counts.FAILED,
    notChecked: counts.NOT_CHECKED,
    warnings: counts.WARNING,
    passed: counts.PASSED,
  };
}

/** Icon (decorative: the label beside it carries the meaning) and words for each status. */
export const CHECK_STATUS_VIEW: Record<CheckStatus, { icon: string; label: string; tone: string }> = {
  PASSED: { icon: '✓', label: 'Passed', tone: 'passed' },
  FAILED: { icon: '✗', label: 'Failed', tone: 'failed' },
  NOT_CHECKED: { icon: '?', label: 'Could not check', tone: 'not-checked' },
  WARNING: { icon: '!', label: 'Warning', tone: 'warning' },
};

const CHECK_NAMES: Record<string, string> = {
  format: 'Format',
  context: 'JSON-LD contexts',
  type: 'Credential type',
  schema: 'Schema',
  subject: 'Credential subject',
  signature: 'Signature',
  'issuer-key': 'Issuer key',
  'jwt-claims': 'JWT claims',
  status: 'Revocation and suspension',
  validity: 'Validity period',
  recipient: 'Recipient',
  nested: 'Included credential',
  endorsement: 'Endorsement',
  'issuer-record': 'Issuer',
};

/** "signature:0" → "Signature", "signature:1" → "Signature 2", "nested:2" → "Included credential 3"; unknown ids as they are. */
export function checkName(id: string): string {
  const [base = id, index] = id.split(':');
  const name = CHECK_NAMES[base];
  if (!name) return id;
  const n = index != null && /^\d+$/.test(index) ? Number(index) : null;
  const numbered = base === 'nested' || base === 'endorsement';
  if (n == null) return name;
  return numbered || n > 0 ? `${name} ${n + 1}` : name;
}

/** A short title for a verified credential: its name, else its achievement's name, else its type. */
export function credentialTitle(credential: Record<string, unknown> | null | undefined): string | null {
  if (!credential) return null;
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
  const subject = credential.credentialSubject as Record<string, unknown> | undefined;
  const achievement = (subject && !Array.isArray(subject) ? subject.achievement : undefined) as Record<string, unknown> | undefined;
  const types = Array.isArray(credential.type) ? credential.type : [credential.type];
  const type = types.map(str).filter((t) => t && t !== 'VerifiableCredential')[0] ?? null;
  return str(credential.name) ?? str(achievement?.name) ?? str((credential.badge as Record<string, unknown> | undefined)?.name) ?? type;
}

/** The issuer's name or id, from an OB 3.0 / CLR (`issuer` object or URI). */
export function credentialIssuer(credential: Record<string, unknown> | null | undefined): string | null {
  const issuer = credential?.issuer;
  if (typeof issuer === 'string') return issuer;
  if (issuer && typeof issuer === 'object') {
    const i = issuer as Record<string, unknown>;
    return (typeof i.name === 'string' && i.name) || (typeof i.id === 'string' && i.id) || null;
  }
  return null;
}

/** What the person gave the verifier, as the page detected it; null when it was text of no known shape. */
export type SentKind = 'json' | 'jwt' | 'png' | 'svg' | null;

/** Plain words for a failed `format` check: the input could not be read as a credential at all. */
export function formatFailureMessage(sent: SentKind): string {
  switch (sent) {
    case 'json':
      return 'This JSON is not a credential: an Open Badge 3.0 or CLR 2.0 credential is a JSON object with @context and type.';
    case 'jwt':
      return 'OpenCLR could not read this VC-JWT. Check that the whole token was copied.';
    case 'png':
    case 'svg':
      return 'No credential was found in this image: it is not a baked Open Badge.';
    default:
      return 'OpenCLR could not read this as a credential: it is neither JSON nor a VC-JWT.';
  }
}

/**
 * The message shown beside a check. The server's format failure (`CODE: detail`) and its summaries of the
 * credentials inside (which quote raw check ids) are said in the page's words; other messages are shown as sent.
 * `sent` is what the page sent, known for the top-level report only.
 */
export function checkMessage(check: CheckLike, report: ReportLike, sent?: SentKind): string {
  if (check.id === 'format' && check.status === 'FAILED') {
    return sent === undefined ? 'OpenCLR could not read this included credential.' : formatFailureMessage(sent);
  }
  const [base, index] = check.id.split(':');
  if ((base === 'nested' || base === 'endorsement') && index != null && /^\d+$/.test(index)) {
    // Nested reports come in order: the credentials inside first, then the endorsements.
    const nestedRows = report.checks.filter((c) => c.id.startsWith('nested:')).length;
    const inner = report.nested?.[(base === 'endorsement' ? nestedRows : 0) + Number(index)];
    if (!inner) return check.message;
    const title = credentialTitle((inner as { credential?: Record<string, unknown> | null }).credential) ?? 'This credential';
    const failed = inner.checks.filter((c) => c.status === 'FAILED').map((c) => checkName(c.id));
    const v = reportVerdict(inner);
    if (failed.length) return `${title}: ${failed.join(', ')} failed.`;
    return v.valid ? `${title}: verified.` : `${title}: not valid.`;
  }
  return check.message;
}
