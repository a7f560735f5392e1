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

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The overall verdict for a report. The server's `valid` is necessary but not sufficient: a failed check anywhere,
 * including in a nested credential, makes it "Not valid", so the page can never say "Valid" next to a red row.
 * Checks that could not be performed keep a valid verdict but are said out loud.
 */
export function reportVerdict(report: ReportLike): Verdict {
  const counts: Record<CheckStatus, number> = { PASSED: 0, FAILED: 0, NOT_CHECKED: 0, WARNING: 0 };
  countAll(report, counts);
  const valid = report.valid && counts.FAILED === 0;
  const caveats = [
    counts.NOT_CHECKED ? `${plural(counts.NOT_CHECKED, 'check', 'checks')} could not be performed` : null,
    counts.WARNING ? plural(counts.WARNING, 'warning', 'warnings') : null,
  ].filter((s): s is string => s != null);
  let summary: string;
  if (!valid) {
    summary = counts.FAILED
      ? `${plural(counts.FAILED, 'check', 'checks')} failed. Do not rely on this credential.`
      : 'The verifier did not accept this credential. Do not rely on it.';
  } else if (caveats.length) {
    summary = `No check failed, but ${caveats.join(' and ')}: read them below.`;
  } else {
    summary = `All ${plural(counts.PASSED, 'check', 'checks')} passed.`;
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
