import express, { type Request, type Response, Router } from 'express';
import { parse } from 'cookie';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import Provider, { errors as oidcErrors, type KoaContextWithOIDC } from 'oidc-provider';
import type { DataSource } from 'typeorm';
import type { Config } from '../../config';
import { viewerForToken } from '../auth/authenticate';
import { SESSION_COOKIE } from '../auth/session.service';
import { postgresAdapter } from './oauth-adapter';
import { IMS_SCOPES, SCOPE_DESCRIPTIONS } from './ims.scopes';

/** Where the OAuth 2.0 server lives, below the public URL. */
export const OAUTH_PATH = '/oauth';

/** The resource (audience) of access tokens for the 1EdTech APIs. */
export const imsResource = (config: Pick<Config, 'publicUrl'>): string => `${config.publicUrl}/ims`;

/**
 * The OAuth 2.0 authorization server of the 1EdTech APIs (oidc-provider): dynamic client registration, the
 * authorization-code grant with PKCE S256 only, refresh tokens and RFC 7009 revocation. Grants and tokens are kept
 * in PostgreSQL. Learners sign in with their OpenCLR session and consent on a server-rendered page.
 */
export function createOAuthProvider(dataSource: DataSource, config: Config): Provider {
  const resource = imsResource(config);
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const cookieKey = process.env.OPENCLR_OAUTH_COOKIE_KEY ?? randomBytes(32).toString('base64url');
  const provider = new Provider(`${config.publicUrl}${OAUTH_PATH}`, {
    adapter: postgresAdapter(dataSource),
    clients: [],
    scopes: [...IMS_SCOPES, 'offline_access'],
    claims: { openid: ['sub'] },
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'oauth-1', use: 'sig', alg: 'ES256' } as never] },
    cookies: { keys: [cookieKey], long: { signed: true, sameSite: 'lax' }, short: { signed: true, sameSite: 'lax' } },
    pkce: { required: () => true, methods: ['S256'] },
    features: {
      devInteractions: { enabled: false },
      registration: { enabled: true },
      revocation: { enabled: true },
      userinfo: { enabled: false },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => resource,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, indicator) => {
          if (indicator !== resource) throw new oidcErrors.InvalidTarget();
          return { scope: IMS_SCOPES.join(' '), accessTokenFormat: 'opaque', accessTokenTTL: 3600 };
        },
      },
    },
    clientDefaults: { grant_types: ['authorization_code', 'refresh_token'], response_types: ['code'], token_endpoint_auth_method: 'client_secret_basic', id_token_signed_response_alg: 'ES256' },
    extraClientMetadata: { properties: ['software_id', 'software_version'] },
    ttl: { AuthorizationCode: 600, AccessToken: 3600, RefreshToken: 30 * 86_400, Grant: 30 * 86_400, Interaction: 3600, Session: 86_400 },
    issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    findAccount: async (_ctx, sub) => ({ accountId: sub, claims: async () => ({ sub }) }),
    interactions: { url: (_ctx, interaction) => `${OAUTH_PATH}/interaction/${interaction.uid}` },
    renderError: async (ctx: KoaContextWithOIDC, out) => {
      ctx.type = 'html';
      ctx.body = page('Sign-in error', `<h1>This request cannot go on</h1><p>${escapeHtml(String(out.error_description ?? out.error))}</p>`);
    },
  });
  provider.proxy = true;
  return provider;
}

/** Sign-in and consent pages of the authorization flow, using the OpenCLR session cookie of the SPA. */
export function oauthInteractionRoutes(provider: Provider, dataSource: DataSource): Router {
  const router = Router();
  const form = express.urlencoded({ extended: false, limit: '10kb' });

  const sessionViewer = async (req: Request) => {
    const token = req.headers.cookie ? parse(req.headers.cookie)[SESSION_COOKIE] : undefined;
    return token ? viewerForToken(dataSource.manager, token) : null;
  };

  const details = async (req: Request, res: Response) => {
    try {
      return await provider.interactionDetails(req, res);
    } catch {
      res.status(400).type('html').send(page('Expired', '<h1>This authorization request has expired</h1><p>Go back to the application and start again.</p>'));
      return null;
    }
  };

  router.get(`${OAUTH_PATH}/interaction/:uid`, async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    const interaction = await details(req, res);
    if (!interaction) return;
    const viewer = await sessionViewer(req);
    if (!viewer) {
      const next = encodeURIComponent(req.originalUrl);
      return res.type('html').send(page('Sign in', `<h1>Sign in to OpenCLR</h1><p>An application asks to use your learner record. Sign in first, then come back to this page.</p><p><a href="/sign-in?redirect=${next}">Sign in</a></p>`));
    }
    if (interaction.prompt.name === 'login') {
      return provider.interactionFinished(req, res, { login: { accountId: viewer.personId } }, { mergeWithLastSubmission: false });
    }
    if (interaction.session?.accountId !== viewer.personId) {
      return provider.interactionFinished(req, res, { login: { accountId: viewer.personId } }, { mergeWithLastSubmission: false });
    }
    const client = await provider.Client.find(String(interaction.params.client_id));
    const scopes = String(interaction.params.scope ?? '').split(' ').filter(Boolean);
    const clientName = escapeHtml(client?.clientName ?? String(interaction.params.client_id));
    const uid = escapeHtml(req.params.uid);
    res.type('html').send(
      page(
        'Allow access',
        `<h1>Allow ${clientName} to use your learner record?</h1><p>${clientName} asks to:</p>
<ul>${scopes.map((s) => `<li>${escapeHtml(SCOPE_DESCRIPTIONS[s] ?? s)}</li>`).join('')}</ul>
<form method="post" action="${OAUTH_PATH}/interaction/${uid}/confirm"><button type="submit">Allow</button></form>
<form method="post" action="${OAUTH_PATH}/interaction/${uid}/abort"><button type="submit">Deny</button></form>`,
      ),
    );
  });

  router.post(`${OAUTH_PATH}/interaction/:uid/confirm`, form, async (req, res) => {
    const interaction = await details(req, res);
    if (!interaction) return;
    const viewer = await sessionViewer(req);
    if (!viewer || interaction.prompt.name !== 'consent' || interaction.session?.accountId !== viewer.personId) {
      return res.redirect(303, `${OAUTH_PATH}/interaction/${encodeURIComponent(req.params.uid)}`);
    }
    const { prompt, params } = interaction;
    const grant = interaction.grantId ? await provider.Grant.find(interaction.grantId) : new provider.Grant({ accountId: viewer.personId, clientId: String(params.client_id) });
    if (!grant) return res.status(400).type('html').send(page('Expired', '<h1>This authorization request has expired</h1>'));
    const missing = prompt.details as { missingOIDCScope?: string[]; missingResourceScopes?: Record<string, string[]> };
    if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
    for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes ?? {})) grant.addResourceScope(indicator, scopes.join(' '));
    const grantId = await grant.save();
    await provider.interactionFinished(req, res, { consent: interaction.grantId ? {} : { grantId } }, { mergeWithLastSubmission: true });
  });

  router.post(`${OAUTH_PATH}/interaction/:uid/abort`, form, async (req, res) => {
    const interaction = await details(req, res);
    if (!interaction) return;
    await provider.interactionFinished(req, res, { error: 'access_denied', error_description: 'The learner denied access.' }, { mergeWithLastSubmission: false });
  });

  return router;
}

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const page = (title: string, body: string): string => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} — OpenCLR</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head><body><main>${body}</main></body></html>`;
