/** The public forms of one credential, as served under its `credentialUrl` (see the server's credential routes). */
export const CREDENTIAL_DOWNLOADS = [
  { suffix: 'json', label: 'Open Badges 3.0 (JSON)' },
  { suffix: 'jws', label: 'VC-JWT' },
  { suffix: 'png', label: 'Baked badge image (PNG)' },
  { suffix: 'svg', label: 'Baked badge image (SVG)' },
] as const;

export type CredentialDownloadSuffix = (typeof CREDENTIAL_DOWNLOADS)[number]['suffix'];

/** `https://…/credentials/abc` → `https://…/credentials/abc.png?download=1` (served as an attachment). */
export function credentialDownloadUrl(credentialUrl: string, suffix: CredentialDownloadSuffix): string {
  const url = new URL(credentialUrl);
  url.pathname = `${url.pathname.replace(/\/$/, '')}.${suffix}`;
  url.searchParams.set('download', '1');
  return url.toString();
}

export interface LinkedInCertification {
  name: string;
  organizationName?: string | null;
  /** ISO 8601 instant of issue. */
  issuedAt: string;
  /** ISO 8601 instant of expiry, if any. */
  validUntil?: string | null;
  credentialUrl: string;
  credentialId: string;
}

/**
 * LinkedIn's "Add licence or certification" link, pre-filled (a plain URL, no SDK). Dates are the UTC month
 * of issue/expiry, as LinkedIn only takes a year and month.
 */
export function linkedInAddToProfileUrl(c: LinkedInCertification): string {
  const url = new URL('https://www.linkedin.com/profile/add');
  url.searchParams.set('startTask', 'CERTIFICATION_NAME');
  url.searchParams.set('name', c.name);
  if (c.organizationName) url.searchParams.set('organizationName', c.organizationName);
  const issued = new Date(c.issuedAt);
  if (!Number.isNaN(issued.getTime())) {
    url.searchParams.set('issueYear', String(issued.getUTCFullYear()));
    url.searchParams.set('issueMonth', String(issued.getUTCMonth() + 1));
  }
  const expires = c.validUntil ? new Date(c.validUntil) : null;
  if (expires && !Number.isNaN(expires.getTime())) {
    url.searchParams.set('expirationYear', String(expires.getUTCFullYear()));
    url.searchParams.set('expirationMonth', String(expires.getUTCMonth() + 1));
  }
  url.searchParams.set('certUrl', c.credentialUrl);
  url.searchParams.set('certId', c.credentialId);
  return url.toString();
}
