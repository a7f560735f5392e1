/** Outcome of one check: `not-checked` means it could not be performed (never silently green). */
export type CheckStatus = 'passed' | 'failed' | 'not-checked' | 'warning';

/** One line of a verification report. */
export interface VerificationCheck {
  /** Stable id: `format`, `context`, `type`, `schema`, `subject`, `signature:<n>`, `issuer-key:<n>`, `jwt-claims`, `status`, `validity`, `recipient`, `nested:<n>`, `endorsement:<n>`. */
  id: string;
  status: CheckStatus;
  message: string;
}

/** What the verifier found out about one credential (and, recursively, its nested credentials and endorsements). */
export interface VerificationReport {
  /** True when no check failed. `not-checked` and `warning` entries do not invalidate but must be shown. */
  valid: boolean;
  /** Form the input arrived in. */
  format: 'json' | 'jwt' | 'png' | 'svg' | 'ob2-hosted' | 'ob2-signed' | 'unknown';
  /** The credential that was verified, when it could be read. */
  credential?: Record<string, unknown>;
  checks: VerificationCheck[];
  /** Reports of the credentials inside a CLR and of endorsements, in check order. */
  nested: VerificationReport[];
}

export const check = (id: string, status: CheckStatus, message: string): VerificationCheck => ({ id, status, message });

export const finish = (
  format: VerificationReport['format'],
  checks: VerificationCheck[],
  credential?: Record<string, unknown>,
  nested: VerificationReport[] = [],
): VerificationReport => ({ valid: checks.every((c) => c.status !== 'failed'), format, credential, checks, nested });

export const messageOf = (error: unknown): string => {
  if (error && typeof error === 'object') {
    const { message, errors } = error as { message?: string; errors?: unknown[] };
    if (Array.isArray(errors) && errors.length) return errors.map(messageOf).join('; ');
    if (message) return message;
  }
  return String(error);
};
