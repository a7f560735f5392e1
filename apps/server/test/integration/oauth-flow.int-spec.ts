import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { seedDemo } from '../../src/seed/seed-demo';
import { PASSWORD, SIGN_IN } from '../setup/operations';
import { CookieJar, pkcePair, schemaValidator } from '../setup/ims';
import { startTestServer, TestServer } from '../setup/server';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const json = async (res: Response): Promise<any> => res.json();

const OB = 'https://purl.imsglobal.org/spec/ob/v3p0/scope/';
const SCOPES = [`${OB}credential.readonly`, `${OB}profile.readonly`, 'offline_access'];
const REDIRECT = 'https://wallet.example.org/callback';

describe('1EdTech OAuth 2.0 flow', () => {
  let server: TestServer;
  const validateList = schemaValidator('ob_v3p0/ob_v3p0_getopenbadgecredentialsresponse_schema.json');
  const validateStatus = schemaValidator('ob_v3p0/ob_v3p0_imsx_statusinfo_schema.json');

  beforeAll(async () => {
    server = await startTestServer();
    await seedDemo(server.db.dataSource, { learners: 5 });
  });
  afterAll(() => server.stop());

  /** Follows redirects on this server by hand, carrying cookies, until one leaves it (the client's redirect URI). */
  async function follow(jar: CookieJar, url: string, init: RequestInit = {}): Promise<Response> {
    let res = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), cookie: jar.header() } });
    jar.take(res);
    for (let hops = 0; hops < 10 && res.status >= 300 && res.status < 400; hops++) {
      const next = new URL(res.headers.get('location')!, url);
      if (!next.href.startsWith(server.url)) return res;
      url = next.href;
      res = await fetch(url, { redirect: 'manual', headers: { cookie: jar.header() } });
      jar.take(res);
    }
    return res;
  }

  it('should discover, register, authorize with PKCE, exchange, call, refresh and revoke', async () => {
    // 1. discovery (unauthenticated)
    const sdd = await json(await fetch(`${server.url}/ims/ob/v3p0/discovery`));
    expect(sdd.info.title).toBeTruthy();
    expect(sdd.info.termsOfService).toBeTruthy();
    expect(sdd.info['x-imssf-privacyPolicyUrl']).toBeTruthy();
    const acg = sdd.components.securitySchemes.OAuth2ACG;
    const flow = acg.flows.authorizationCode;
    expect(Object.keys(flow.scopes)).toEqual(expect.arrayContaining([`${OB}credential.readonly`, `${OB}credential.upsert`, `${OB}profile.readonly`, `${OB}profile.update`]));

    // 2. dynamic client registration (RFC 7591), no initial access token
    const registration = await fetch(acg['x-imssf-registrationUrl'], {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        client_name: 'Test Wallet',
        client_uri: 'https://wallet.example.org/',
        redirect_uris: [REDIRECT],
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
        scope: SCOPES.join(' '),
      }),
    });
    if (registration.status !== 201) throw new Error(await registration.text());
    expect(registration.status).toBe(201);
    const client = await json(registration);
    expect(client.client_id).toBeTruthy();
    expect(client.client_secret).toBeTruthy();
    expect(client.redirect_uris).toEqual([REDIRECT]);
    const basic = `Basic ${Buffer.from(`${encodeURIComponent(client.client_id)}:${encodeURIComponent(client.client_secret)}`).toString('base64')}`;

    // 3. the learner signs in to OpenCLR (session cookie), then authorizes with PKCE S256
    const jar = new CookieJar();
    const signIn = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: SIGN_IN, variables: { input: { email: 'learner@northbridge.edu', password: PASSWORD } } }),
    });
    jar.take(signIn);
    expect((await json(signIn)).data.signIn.errors).toEqual([]);

    const withoutPkce = await follow(jar, `${flow.authorizationUrl}?${new URLSearchParams({ response_type: 'code', client_id: client.client_id, redirect_uri: REDIRECT, scope: SCOPES.join(' '), state: 's0' })}`);
    expect(new URL(withoutPkce.headers.get('location') ?? 'http://x/').searchParams.get('error')).toBe('invalid_request');

    const { verifier, challenge } = pkcePair();
    const state = randomBytes(8).toString('hex');
    const authorize = `${flow.authorizationUrl}?${new URLSearchParams({ response_type: 'code', client_id: client.client_id, redirect_uri: REDIRECT, scope: SCOPES.join(' '), state, code_challenge: challenge, code_challenge_method: 'S256' })}`;
    const consentPage = await follow(jar, authorize);
    expect(consentPage.status).toBe(200);
    const html = await consentPage.text();
    expect(html).toContain('Test Wallet');
    const action = /<form method="post" action="([^"]+\/confirm)"/.exec(html)![1];
    const redirect = await follow(jar, `${server.url}${action}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: '' });
    const callback = new URL(redirect.headers.get('location')!);
    expect(callback.origin + callback.pathname).toBe(REDIRECT);
    expect(callback.searchParams.get('state')).toBe(state);
    const code = callback.searchParams.get('code')!;
    expect(code).toBeTruthy();

    // 4. code → tokens (HTTP Basic client auth + code_verifier)
    const tokenRequest = (body: Record<string, string>) =>
      fetch(flow.tokenUrl, { method: 'POST', headers: { authorization: basic, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(body) });
    const tokens = await json(await tokenRequest({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT, code_verifier: verifier }));
    expect(tokens).toMatchObject({ token_type: 'Bearer', access_token: expect.any(String), refresh_token: expect.any(String) });
    expect(tokens.scope.split(' ')).toEqual(expect.arrayContaining([`${OB}credential.readonly`]));

    // 5. call the API
    const list = await fetch(`${server.url}/ims/ob/v3p0/credentials?limit=2&offset=0`, { headers: { authorization: `Bearer ${tokens.access_token}` } });
    expect(list.status).toBe(200);
    const body = await json(list);
    expect(validateList(body)).toEqual([]);
    expect(body.credential.length).toBeGreaterThan(0);
    expect(Number(list.headers.get('x-total-count'))).toBeGreaterThan(0);
    expect(list.headers.get('link')).toContain('rel="first"');

    // 6. refresh
    const refreshed = await json(await tokenRequest({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token }));
    expect(refreshed.access_token).toEqual(expect.any(String));
    expect(refreshed.access_token).not.toBe(tokens.access_token);
    const again = await fetch(`${server.url}/ims/ob/v3p0/credentials`, { headers: { authorization: `Bearer ${refreshed.access_token}` } });
    expect(again.status).toBe(200);

    // 7. revoke (RFC 7009) the refresh token: the grant and every token of it stop working
    const revocation = await fetch(`${server.url}/oauth/token/revocation`, {
      method: 'POST',
      headers: { authorization: basic, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: refreshed.refresh_token ?? tokens.refresh_token, token_type_hint: 'refresh_token' }),
    });
    expect(revocation.status).toBe(200);
    const refused = await fetch(`${server.url}/ims/ob/v3p0/credentials`, { headers: { authorization: `Bearer ${refreshed.access_token}` } });
    expect(refused.status).toBe(401);
    expect(validateStatus(await json(refused))).toEqual([]);

    // codes are single use (a replay would also revoke what the code gave)
    const reused = await tokenRequest({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT, code_verifier: verifier });
    expect(reused.status).toBe(400);

    // the database holds no token value
    const stored = JSON.stringify(await server.db.dataSource.query(`SELECT key, payload FROM oauth_model`));
    expect(stored).not.toContain(tokens.access_token);
    expect(stored).not.toContain(tokens.refresh_token);
  });
});
