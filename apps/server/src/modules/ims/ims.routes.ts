import express, { type NextFunction, type Request, type RequestHandler, type Response, Router } from 'express';
import { createHash } from 'node:crypto';
import type Provider from 'oidc-provider';
import type { DataSource } from 'typeorm';
import type { createModules } from '..';
import type { IntegratorService } from '../integrator/integrator.service';
import { ImsService, type UpsertInput } from './ims.service';
import { CLR_SCOPE, OB_SCOPE } from './ims.scopes';
import { OAUTH_PATH } from './oauth-provider';
import openApi from './ob-v3p0-openapi.json';

type Services = Pick<ReturnType<typeof createModules>['services'], 'credentials' | 'verification'> & { integrators: IntegratorService };

type CodeMinor = 'forbidden' | 'invalid_data' | 'invalid_query_parameter' | 'not_found' | 'unauthorizedrequest' | 'internal_server_error' | 'not_acceptable' | 'not_allowed';

/** Sends an `imsx_StatusInfo` error, the only error body of the 1EdTech APIs. */
export function sendStatusInfo(res: Response, status: number, codeMinor: CodeMinor, description: string, bearerError?: 'invalid_token'): void {
  res.status(status).setHeader('Cache-Control', 'no-store');
  // RFC 6750 §3.1: a presented but unusable token is `invalid_token`; a missing one carries no error code.
  if (status === 401) res.setHeader('WWW-Authenticate', `Bearer realm="OpenCLR"${bearerError ? `, error="${bearerError}"` : ''}`);
  res.json({
    imsx_codeMajor: 'failure',
    imsx_severity: 'error',
    imsx_description: description,
    imsx_codeMinor: { imsx_codeMinorField: [{ imsx_codeMinorFieldName: 'TargetEndSystem', imsx_codeMinorFieldValue: codeMinor }] },
  });
}

interface ApiCaller {
  personId: string;
  scopes: Set<string>;
}

const MAX_LIMIT = 100;
const DEFAULT_LIMIT = 20;

/**
 * The 1EdTech REST APIs: Open Badges 3.0 (`/ims/ob/v3p0`) and CLR 2.0 (`/ims/clr/v2p0`) for learners who granted
 * an application access through OAuth 2.0, plus the client-credentials grant of integrator clients at
 * `POST /oauth/token` (every other grant there goes on to oidc-provider). Errors are `imsx_StatusInfo`.
 */
export function imsRoutes(services: Services, dataSource: DataSource, provider: Provider): Router {
  const router = Router();
  const ims = new ImsService(services.credentials, services.verification);
  const em = () => dataSource.manager;
  const origin = (req: Request) => `${req.protocol}://${req.get('host')}`;

  router.post(`${OAUTH_PATH}/token`, express.raw({ type: 'application/x-www-form-urlencoded', limit: '56kb' }), async (req, res, next) => {
    const body = new URLSearchParams(Buffer.isBuffer(req.body) ? req.body.toString('utf8') : '');
    if (body.get('grant_type') !== 'client_credentials') return next();
    res.setHeader('Cache-Control', 'no-store');
    const basic = /^Basic\s+(.+)$/i.exec(req.headers.authorization ?? '');
    let clientId = body.get('client_id') ?? '';
    let clientSecret = body.get('client_secret') ?? '';
    if (basic) {
      const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      clientId = decodeURIComponent(decoded.slice(0, colon));
      clientSecret = decodeURIComponent(decoded.slice(colon + 1));
    }
    // RFC 6749 §5.2: a failed client authentication answers 401 with the scheme the client may use.
    const refuseClient = () => res.status(401).setHeader('WWW-Authenticate', 'Basic realm="OpenCLR"').json({ error: 'invalid_client', error_description: 'Client authentication failed.' });
    if (!clientId || !clientSecret) return refuseClient();
    const grant = await services.integrators.issueClientToken(em(), clientId, clientSecret, body.get('scope') ?? undefined);
    if (grant === 'invalid_client') return refuseClient();
    if (grant === 'invalid_scope') return res.status(400).json({ error: 'invalid_scope', error_description: 'The client may not have these scopes.' });
    res.json({ access_token: grant.accessToken, token_type: 'Bearer', expires_in: grant.expiresIn, scope: grant.scope });
  });

  const discovery = (req: Request) => {
    const base = origin(req);
    const document = structuredClone(openApi) as Record<string, any>;
    document.info = { ...document.info, title: 'OpenCLR Open Badges 3.0 API', termsOfService: `${base}/terms`, 'x-imssf-privacyPolicyUrl': `${base}/privacy` };
    document.servers = [{ url: `${base}/ims/ob/v3p0`, description: 'OpenCLR' }];
    const acg = document.components.securitySchemes.OAuth2ACG;
    acg['x-imssf-registrationUrl'] = `${base}${OAUTH_PATH}/reg`;
    Object.assign(acg.flows.authorizationCode, { authorizationUrl: `${base}${OAUTH_PATH}/auth`, tokenUrl: `${base}${OAUTH_PATH}/token`, refreshUrl: `${base}${OAUTH_PATH}/token` });
    return document;
  };
  router.get('/ims/ob/v3p0/discovery', (req, res) => {
    const body = JSON.stringify(discovery(req));
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
    res.setHeader('Cache-Control', 'public, max-age=3600');
    res.setHeader('ETag', etag);
    if (req.headers['if-none-match'] === etag) return res.status(304).end();
    res.type('application/json').send(body);
  });

  /** Resolves the bearer token to the learner and checks the scope; answers 401/403 itself. */
  const caller =
    (scope: string) =>
    async (req: Request, res: Response): Promise<ApiCaller | null> => {
      const header = req.headers.authorization ?? '';
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      if (!match) {
        sendStatusInfo(res, 401, 'unauthorizedrequest', 'An OAuth 2.0 bearer access token is required.');
        return null;
      }
      const token = await provider.AccessToken.find(match[1]).catch(() => undefined);
      if (!token || !token.accountId) {
        sendStatusInfo(res, 401, 'unauthorizedrequest', 'The access token is invalid, expired or revoked.', 'invalid_token');
        return null;
      }
      const scopes = new Set(String(token.scope ?? '').split(' ').filter(Boolean));
      if (!scopes.has(scope)) {
        sendStatusInfo(res, 403, 'forbidden', `The access token lacks the scope ${scope}.`);
        return null;
      }
      return { personId: token.accountId, scopes };
    };

  const paging = (req: Request, res: Response): { limit: number; offset: number; since: Date | null } | null => {
    const limit = req.query.limit === undefined ? DEFAULT_LIMIT : Number(req.query.limit);
    const offset = req.query.offset === undefined ? 0 : Number(req.query.offset);
    const since = typeof req.query.since === 'string' ? new Date(req.query.since) : null;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
      sendStatusInfo(res, 400, 'invalid_query_parameter', `limit must be an integer from 1 to ${MAX_LIMIT}.`);
      return null;
    }
    if (!Number.isInteger(offset) || offset < 0) {
      sendStatusInfo(res, 400, 'invalid_query_parameter', 'offset must be a non-negative integer.');
      return null;
    }
    if (since && Number.isNaN(since.getTime())) {
      sendStatusInfo(res, 400, 'invalid_query_parameter', 'since must be an ISO 8601 date-time.');
      return null;
    }
    return { limit, offset, since };
  };

  const pageHeaders = (req: Request, res: Response, total: number, limit: number, offset: number) => {
    const url = (o: number) => {
      const u = new URL(`${origin(req)}${req.baseUrl}${req.path}`);
      for (const [k, v] of Object.entries(req.query)) if (typeof v === 'string' && k !== 'offset' && k !== 'limit') u.searchParams.set(k, v);
      u.searchParams.set('limit', String(limit));
      u.searchParams.set('offset', String(o));
      return u.toString();
    };
    const last = total === 0 ? 0 : Math.floor((total - 1) / limit) * limit;
    const links = [`<${url(0)}>; rel="first"`, `<${url(last)}>; rel="last"`];
    if (offset + limit < total) links.push(`<${url(offset + limit)}>; rel="next"`);
    if (offset > 0) links.push(`<${url(Math.max(0, offset - limit))}>; rel="prev"`);
    res.setHeader('X-Total-Count', String(total));
    res.setHeader('Link', links.join(', '));
  };

  const handle =
    (fn: (req: Request, res: Response) => Promise<unknown>): RequestHandler =>
    async (req: Request, res: Response, _next: NextFunction) => {
      res.setHeader('Cache-Control', 'no-store');
      try {
        await fn(req, res);
      } catch (error) {
        console.error(`[ims] ${req.method} ${req.originalUrl} failed`, error);
        if (!res.headersSent) sendStatusInfo(res, 500, 'internal_server_error', 'Something went wrong on our side.');
      }
    };

  for (const api of ['ob', 'clr'] as const) {
    const base = api === 'ob' ? '/ims/ob/v3p0' : '/ims/clr/v2p0';
    const scopes = api === 'ob' ? OB_SCOPE : CLR_SCOPE;
    const bodyParsers = [
      express.json({ type: ['application/json', 'application/vc+ld+json', 'application/ld+json'], limit: '2mb' }),
      express.text({ type: 'text/plain', limit: '2mb' }),
    ];

    router.get(
      `${base}/credentials`,
      handle(async (req, res) => {
        const who = await caller(scopes.credentialReadonly)(req, res);
        if (!who) return;
        const page = paging(req, res);
        if (!page) return;
        const result = api === 'ob' ? await ims.listOpenBadges(em(), who.personId, page) : await ims.listClrs(em(), who.personId, page);
        pageHeaders(req, res, result.total, page.limit, page.offset);
        res.json({ credential: result.credential, compactJwsString: result.compactJwsString });
      }),
    );

    router.post(
      `${base}/credentials`,
      ...bodyParsers,
      handle(async (req, res) => {
        const who = await caller(scopes.credentialUpsert)(req, res);
        if (!who) return;
        let input: UpsertInput;
        if (req.is('text/plain') && typeof req.body === 'string') input = { jws: req.body.trim() };
        else if (req.is(['application/json', 'application/vc+ld+json', 'application/ld+json']) && req.body && typeof req.body === 'object' && !Array.isArray(req.body)) input = { document: req.body };
        else return sendStatusInfo(res, 400, 'invalid_data', 'Send the credential as application/json (or application/vc+ld+json), or a compact JWS as text/plain.');
        const result = await ims.upsert(em(), who.personId, api, input);
        if ('error' in result) return sendStatusInfo(res, 400, 'invalid_data', result.error);
        res.status(result.created ? 201 : 200);
        if (input.jws) res.type('text/plain').send(input.jws);
        else res.type(req.is('application/vc+ld+json') ? 'application/vc+ld+json' : 'application/json').send(JSON.stringify(input.document));
      }),
    );

    router.get(
      `${base}/profile`,
      handle(async (req, res) => {
        const who = await caller(OB_SCOPE.profileReadonly)(req, res);
        if (!who) return;
        const profile = await ims.profile(em(), who.personId);
        if (!profile) return sendStatusInfo(res, 404, 'not_found', 'There is no profile for this learner.');
        res.json(profile);
      }),
    );

    router.put(
      `${base}/profile`,
      ...bodyParsers,
      handle(async (req, res) => {
        const who = await caller(OB_SCOPE.profileUpdate)(req, res);
        if (!who) return;
        if (!req.body || typeof req.body !== 'object' || Array.isArray(req.body)) return sendStatusInfo(res, 400, 'invalid_data', 'Send the whole Profile as application/json.');
        const result = await ims.updateProfile(em(), who.personId, req.body as Record<string, unknown>);
        if ('error' in result) return sendStatusInfo(res, 400, 'invalid_data', result.error);
        res.json(result.profile);
      }),
    );

    router.all([`${base}/credentials`, `${base}/profile`, ...(base === '/ims/ob/v3p0' ? [`${base}/discovery`] : [])], (_req, res) =>
      sendStatusInfo(res, 405, 'not_allowed', 'This method is not allowed here.'),
    );
    router.use(base, (_req, res) => sendStatusInfo(res, 404, 'not_found', 'There is no such endpoint.'));
  }

  router.use(['/ims/ob/v3p0', '/ims/clr/v2p0'], ((error, _req, res, next) => {
    if (res.headersSent) return next(error);
    const type = (error as { type?: string }).type;
    if (type === 'entity.too.large') return sendStatusInfo(res, 400, 'invalid_data', 'The request body is larger than 2 MB.');
    return sendStatusInfo(res, 400, 'invalid_data', 'The request body could not be read (malformed JSON?).');
  }) as express.ErrorRequestHandler);

  return router;
}
