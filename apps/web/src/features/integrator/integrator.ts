import type { IntegratorScope, UserErrorCode } from '../../gql/graphql';

/** What went wrong that was not a typed error of the payload. */
export type IntegratorFailure = 'NETWORK' | 'UNEXPECTED';

export interface ScopeOption {
  value: IntegratorScope;
  /** The scope as API clients write it, e.g. `ob.read`. */
  name: string;
  description: string;
}

// A Record over the schema's enum: a scope added to the server fails the type check here until it has copy.
const SCOPES: Record<IntegratorScope, Omit<ScopeOption, 'value'>> = {
  OB_READ: { name: 'ob.read', description: 'Read achievements, skill frameworks, learner records and awards.' },
  OB_WRITE: { name: 'ob.write', description: 'Award, suspend, reinstate and revoke; record assessments; edit the catalogue.' },
  CLR_READ: { name: 'clr.read', description: 'Export signed Comprehensive Learner Records (CLR 2.0).' },
  COHORTS_READ: { name: 'cohorts.read', description: 'Read cohort progress reports.' },
};

/** Every scope, in the order the form lists them. */
export const SCOPE_OPTIONS: readonly ScopeOption[] = (['OB_READ', 'OB_WRITE', 'CLR_READ', 'COHORTS_READ'] as const).map((value) => ({
  value,
  ...SCOPES[value],
}));

export function scopeName(scope: IntegratorScope): string {
  return SCOPES[scope]?.name ?? scope.toLowerCase();
}

/** Scopes as clients write them, space-separated as in OAuth 2.0 (`ob.read clr.read`). */
export function scopeNames(scopes: readonly IntegratorScope[]): string {
  return scopes.map(scopeName).join(' ');
}

export type ExpiryChoice = '7' | '30' | '90' | '365' | 'never';

export const EXPIRY_OPTIONS: readonly { value: ExpiryChoice; label: string }[] = [
  { value: '7', label: '7 days' },
  { value: '30', label: '30 days' },
  { value: '90', label: '90 days' },
  { value: '365', label: '1 year' },
  { value: 'never', label: 'No expiry' },
];

/** The `expiresAt` to send for a choice: that many days from now, or null for never. */
export function expiresAtFor(choice: ExpiryChoice, now: Date): string | null {
  if (choice === 'never') return null;
  return new Date(now.getTime() + Number(choice) * 24 * 60 * 60 * 1000).toISOString();
}

export type CredentialState = 'ACTIVE' | 'EXPIRED' | 'REVOKED';

/** Whether a token or client still works: revoked wins over expired. */
export function credentialState(item: { revokedAt?: string | null; expiresAt?: string | null }, now: Date): CredentialState {
  if (item.revokedAt) return 'REVOKED';
  if (item.expiresAt && new Date(item.expiresAt).getTime() <= now.getTime()) return 'EXPIRED';
  return 'ACTIVE';
}

/** The distinct messages for a mutation's payload errors and transport failure, in that order. */
export function integratorMessages(errors: readonly { code: UserErrorCode }[], failure: IntegratorFailure | null): string[] {
  return [...new Set([...errors.map((e) => integratorErrorMessage(e.code)), ...(failure ? [integratorErrorMessage(failure)] : [])])];
}

/** UI copy for a typed error of the token and client mutations. Branches on the code only. */
export function integratorErrorMessage(code: UserErrorCode | IntegratorFailure): string {
  switch (code) {
    case 'REQUIRED':
      return 'Give it a name and choose at least one scope.';
    case 'TOO_LONG':
      return 'The name is too long: use at most 100 characters.';
    case 'INVALID_VALUE':
      return 'One of the choices is not valid. Reload the page and try again.';
    case 'OUT_OF_RANGE':
      return 'The expiry must be in the future and within a year.';
    case 'NOT_FOUND':
    case 'INVALID_ID':
      return 'It no longer exists, or it is not yours. Reload the page to see the current list.';
    case 'FORBIDDEN':
    case 'UNAUTHENTICATED':
      return 'You are not allowed to do this. Sign in again, or ask an institution administrator.';
    case 'NETWORK':
      return 'OpenCLR could not be reached. Check your connection and try again.';
    default:
      return 'That did not work this time. Please try again in a moment.';
  }
}

/** How an integrator gets an access token with its client id and secret (OAuth 2.0 client credentials). */
export function clientCredentialsCurl(origin: string, clientId = '<client_id>', scopes: readonly IntegratorScope[] = []): string {
  const lines = [
    `curl -X POST ${origin.replace(/\/$/, '')}/oauth/token \\`,
    `  -u '${clientId}:<client_secret>' \\`,
    `  -d grant_type=client_credentials${scopes.length ? ' \\' : ''}`,
  ];
  if (scopes.length) lines.push(`  -d scope='${scopeNames(scopes)}'`);
  return lines.join('\n');
}

/** The longest name the server keeps for a token or client; the input stops there rather than the server cutting it. */
export const NAME_MAX_LENGTH = 100;

/** The counter under a name input: "12 of 100 characters", and a plain warning once the limit is reached. */
export function nameLengthHint(name: string, max = NAME_MAX_LENGTH): string {
  const used = name.length;
  return used >= max ? `${used} of ${max} characters: the limit is reached.` : `${used} of ${max} characters.`;
}
