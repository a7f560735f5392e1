// The test OpenID provider, run in a worker thread of the test process: oidc-provider is ESM-only and Jest's module
// system cannot load it, so it lives in a plain Node realm here. See test-idp.ts for the accounts and the driver.
import { generateKeyPairSync } from 'node:crypto';
import { createServer } from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';
import Provider from 'oidc-provider';

const { redirectUris, accounts, client } = workerData;

const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const page = (title, body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title>
<style>body{font-family:system-ui,sans-serif;background:#eef1f4}main{max-width:22rem;margin:10vh auto;background:#fff;padding:2rem;border-radius:8px;border-top:4px solid #6b2c91}
label{display:block;margin-top:1rem}input{width:100%;padding:.5rem;box-sizing:border-box}button{margin-top:1.5rem;padding:.6rem 1.2rem}</style></head>
<body><main><p><strong>Northbridge Identity (test IdP)</strong></p>${body}</main></body></html>`;
const loginForm = (uid, error) =>
  page(
    'Sign in — Northbridge Identity',
    `<h1>Sign in</h1>${error ? `<p role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="/interaction/${uid}/login">
<label for="username">Username</label><input id="username" name="username" autocomplete="username">
<label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password">
<button type="submit">Sign in</button></form>`,
  );

async function readForm(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

const server = createServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;
const jwk = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: client.clientId,
      client_secret: client.clientSecret,
      redirect_uris: redirectUris,
      response_types: ['code'],
      grant_types: ['authorization_code'],
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ],
  jwks: { keys: [{ ...jwk, kid: 'test-idp', use: 'sig', alg: 'RS256' }] },
  cookies: { keys: ['test-idp-cookie-key'] },
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  features: { devInteractions: { enabled: false } },
  ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
  pkce: { methods: ['S256'], required: () => true },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  findAccount: async (_ctx, sub) => {
    const account = accounts.find((a) => a.sub === sub);
    return account && { accountId: sub, claims: async () => ({ sub, email: account.email, email_verified: account.emailVerified, name: account.name }) };
  },
});
const providerCallback = provider.callback();

async function interaction(req, res, uid, action) {
  const details = await provider.interactionDetails(req, res);
  if (details.uid !== uid) throw new Error('interaction mismatch');
  if (req.method === 'GET') {
    const html =
      details.prompt.name === 'login'
        ? loginForm(uid)
        : page(
            'Allow access — Northbridge Identity',
            `<h1>Allow OpenCLR?</h1><p>OpenCLR asks for: ${escapeHtml(details.params.scope)}</p>
<form method="post" action="/interaction/${uid}/confirm"><button type="submit">Allow</button></form>`,
          );
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    return;
  }
  const form = await readForm(req);
  if (action === 'login') {
    const account = accounts.find((a) => a.username === form.get('username') && a.password === form.get('password'));
    if (!account) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(loginForm(uid, 'Wrong username or password.'));
      return;
    }
    await provider.interactionFinished(req, res, { login: { accountId: account.sub } }, { mergeWithLastSubmission: false });
    return;
  }
  if (action === 'confirm') {
    const grant = details.grantId ? await provider.Grant.find(details.grantId) : new provider.Grant({ accountId: details.session.accountId, clientId: details.params.client_id });
    const missing = details.prompt.details;
    if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
    if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
    await provider.interactionFinished(req, res, { consent: { grantId: await grant.save() } }, { mergeWithLastSubmission: true });
    return;
  }
  res.writeHead(404).end();
}

server.on('request', (req, res) => {
  const match = /^\/interaction\/([\w-]+)(?:\/(login|confirm))?$/.exec(req.url ?? '');
  if (!match) return providerCallback(req, res);
  interaction(req, res, match[1], match[2]).catch((error) => {
    res.writeHead(400, { 'content-type': 'text/plain' }).end(`interaction failed: ${error?.message ?? error}`);
  });
});

parentPort.on('message', (message) => {
  if (message === 'stop') {
    server.closeAllConnections();
    server.close(() => parentPort.postMessage('stopped'));
  }
});
parentPort.postMessage({ issuer });
