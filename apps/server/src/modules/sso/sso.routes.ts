import { parse } from 'cookie';
import { Router, type Request, type Response } from 'express';
import type { DataSource } from 'typeorm';
import type { Config } from '../../config';
import { SESSION_COOKIE } from '../auth/session.service';
import type { KeyVault } from '../credential/key-vault';
import { SSO_FAILURE_STATUS, ssoErrorPage } from './sso.page';
import { safeReturnTo, SSO_STATE_COOKIE, SSO_STATE_TTL_MS, SsoFailure, type SsoLoginState, type SsoService } from './sso.service';
import { SSO_CALLBACK_PATH } from './sso.types';

/** The origin the browser used: the sign-in must come back to it for the state cookie to be there. */
const requestOrigin = (req: Request): string => `${req.protocol}://${req.get('host')}`;

/**
 * `GET /auth/sso/:institutionSlug/start` and `GET /auth/sso/callback`. The login state travels in a sealed
 * (AES-GCM, key vault) httpOnly cookie limited to `/auth/sso`, so no table is needed and it cannot be forged.
 * Every refusal is an HTML page with a link back to sign-in, never a 500.
 */
export function ssoRoutes(sso: SsoService, vault: KeyVault, dataSource: DataSource, config: Config): Router {
  const router = Router();
  const stateCookie = { httpOnly: true, sameSite: 'lax' as const, secure: config.secureCookies, path: '/auth/sso' };

  const fail = (res: Response, error: unknown) => {
    const failure = error instanceof SsoFailure ? error : null;
    if (!failure) console.error('[sso] unexpected error', error);
    const code = failure?.code ?? 'IDP_UNAVAILABLE';
    const message = failure?.message ?? 'Something went wrong while signing you in. Please try again in a moment.';
    res.status(SSO_FAILURE_STATUS[code]).setHeader('Cache-Control', 'no-store').type('html').send(ssoErrorPage(code, message));
  };

  router.get('/auth/sso/:institutionSlug/start', async (req, res) => {
    try {
      const connectionId = typeof req.query.connection === 'string' && /^[0-9a-f-]{36}$/i.test(req.query.connection) ? req.query.connection : undefined;
      const { url, state } = await sso.start(dataSource.manager, String(req.params.institutionSlug), connectionId, safeReturnTo(req.query.redirect), requestOrigin(req));
      res.cookie(SSO_STATE_COOKIE, vault.seal(JSON.stringify(state)), { ...stateCookie, maxAge: SSO_STATE_TTL_MS });
      res.setHeader('Cache-Control', 'no-store');
      res.redirect(302, url);
    } catch (error) {
      fail(res, error);
    }
  });

  router.get(SSO_CALLBACK_PATH, async (req, res) => {
    res.clearCookie(SSO_STATE_COOKIE, stateCookie);
    try {
      const sealed = req.headers.cookie ? parse(req.headers.cookie)[SSO_STATE_COOKIE] : undefined;
      let state: SsoLoginState | null = null;
      try {
        state = sealed ? (JSON.parse(vault.open(sealed)) as SsoLoginState) : null;
      } catch {
        state = null;
      }
      const query = new URL(req.originalUrl, 'http://callback').searchParams;
      const session = await sso.finish(dataSource.manager, state, query, config.sessionTtlHours, req.headers['user-agent']);
      res.cookie(SESSION_COOKIE, session.token, { httpOnly: true, sameSite: 'lax', secure: config.secureCookies, expires: session.expiresAt, path: '/' });
      res.setHeader('Cache-Control', 'no-store');
      res.redirect(302, session.returnTo);
    } catch (error) {
      fail(res, error);
    }
  });

  return router;
}
