import type { SsoFailureCode } from './sso.service';

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const TITLES: Record<SsoFailureCode, string> = {
  CONNECTION_NOT_FOUND: 'Single sign-on is not available',
  IDP_ERROR: 'Your identity provider did not sign you in',
  IDP_UNAVAILABLE: 'Your identity provider could not be reached',
  STATE_MISMATCH: 'This sign-in could not be finished',
  MISSING_CLAIM: 'Your identity provider sent too little',
  EMAIL_NOT_VERIFIED: 'Your e-mail address is not verified',
  EMAIL_DOMAIN_NOT_ALLOWED: 'This address may not sign in here',
  UNKNOWN_PERSON: 'No OpenCLR account for you yet',
};

/** HTTP status of a refused SSO sign-in: the IdP's fault is 502, anything about the person or request 4xx. */
export const SSO_FAILURE_STATUS: Record<SsoFailureCode, number> = {
  CONNECTION_NOT_FOUND: 404,
  IDP_ERROR: 400,
  IDP_UNAVAILABLE: 502,
  STATE_MISMATCH: 400,
  MISSING_CLAIM: 400,
  EMAIL_NOT_VERIFIED: 403,
  EMAIL_DOMAIN_NOT_ALLOWED: 403,
  UNKNOWN_PERSON: 403,
};

/** A self-contained page (no script, no external asset) explaining a refused SSO sign-in, with a way back. */
export function ssoErrorPage(code: SsoFailureCode, message: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(TITLES[code])} — OpenCLR</title>
<style>
  body { font-family: system-ui, sans-serif; margin: 0; background: #f6f5f1; color: #1d232b; }
  main { max-width: 34rem; margin: 12vh auto; padding: 2rem; background: #fff; border: 1px solid #d9d6cc; border-top: 4px solid #1f4e79; border-radius: 6px; }
  h1 { font-size: 1.5rem; margin-top: 0; }
  a { color: #1f4e79; font-weight: 600; }
  .code { color: #5b6470; font-size: .875rem; }
</style>
</head>
<body>
<main data-sso-error="${code}">
  <p>◆ OpenCLR</p>
  <h1>${escapeHtml(TITLES[code])}</h1>
  <p>${escapeHtml(message)}</p>
  <p><a href="/sign-in">Back to sign-in</a></p>
  <p class="code">Reference: ${code}</p>
</main>
</body>
</html>
`;
}
