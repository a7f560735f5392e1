import 'reflect-metadata';
import { seedDemo } from '../../src/seed/seed-demo';
import { signIn } from '../setup/operations';
import { startTestServer, type TestServer } from '../setup/server';
import { formAction, HttpBrowser, IDP_ACCOUNTS, IDP_CLIENT, startTestIdp, type TestIdp, type TestIdpAccount } from '../setup/test-idp';

const CONFIGURE = `mutation($input: ConfigureSsoConnectionInput!) {
  configureSsoConnection(input: $input) {
    ssoConnection { id name issuerUrl clientId hasClientSecret scopes enabled startUrl redirectUri }
    errors { __typename code message field }
  }
}`;
const OPTIONS = `query($slug: String) { ssoOptions(institutionSlug: $slug) { name startUrl } }`;
const VIEWER = `{ viewer { roles person { displayName email } } }`;

describe('OIDC sign-in against a real OpenID provider', () => {
  let server: TestServer;
  let idp: TestIdp;
  let adminToken: string;
  let startUrl: string;

  beforeAll(async () => {
    server = await startTestServer();
    await seedDemo(server.db.dataSource, { learners: 10 });
    idp = await startTestIdp({ redirectUris: [`${server.url}/auth/sso/callback`] });
    adminToken = await signIn(server, 'admin@northbridge.edu');
    const res = await server.graphql(
      CONFIGURE,
      { input: { name: 'Northbridge SSO', issuerUrl: idp.issuer, clientId: IDP_CLIENT.clientId, clientSecret: IDP_CLIENT.clientSecret, allowedEmailDomains: ['northbridge.edu'] } },
      adminToken,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.configureSsoConnection.errors).toEqual([]);
    startUrl = res.data!.configureSsoConnection.ssoConnection.startUrl;
  });

  afterAll(async () => {
    await idp?.stop();
    await server?.stop();
  });

  /** Drives a whole sign-in like a browser: start, IdP login form, consent form, back to OpenCLR. */
  async function signInAtIdp(browser: HttpBrowser, account: TestIdpAccount, tamper?: (callbackUrl: string) => string) {
    const login = await browser.follow(`${server.url}${startUrl}`);
    expect(login.status).toBe(200);
    expect(login.url.startsWith(idp.issuer)).toBe(true);
    let page = await browser.follow(formAction(login.body, login.url), {
      method: 'POST',
      form: { username: account.username, password: account.password },
      stopAt: (url) => url.startsWith(`${server.url}/auth/sso/callback`),
    });
    if (page.status === 200 && /Allow OpenCLR/.test(page.body)) {
      page = await browser.follow(formAction(page.body, page.url), { method: 'POST', form: {}, stopAt: (url) => url.startsWith(`${server.url}/auth/sso/callback`) });
    }
    expect(page.location).toMatch(/\/auth\/sso\/callback\?/);
    return browser.request(tamper ? tamper(page.location!) : page.location!);
  }

  async function viewerOf(browser: HttpBrowser) {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `openclr_session=${browser.cookies.get('openclr_session')}` },
      body: JSON.stringify({ query: VIEWER }),
    });
    return ((await response.json()) as { data: { viewer: unknown } }).data.viewer;
  }

  it('should list the enabled connection on the sign-in page with only a name and a start URL', async () => {
    const res = await server.graphql(OPTIONS, { slug: 'northbridge' });
    expect(res.data!.ssoOptions).toEqual([{ name: 'Northbridge SSO', startUrl: expect.stringMatching(/^\/auth\/sso\/northbridge\/start\?connection=[0-9a-f-]{36}$/) }]);
    expect((await server.graphql(OPTIONS, {})).data!.ssoOptions).toHaveLength(1);
    expect((await server.graphql(OPTIONS, { slug: 'elsewhere' })).data!.ssoOptions).toEqual([]);
  });

  it('should store the client secret sealed, never in clear, and never return it', async () => {
    const [row] = await server.db.dataSource.query(`SELECT client_secret_encrypted FROM sso_connection`);
    expect(row.client_secret_encrypted).toMatch(/^v1\./);
    expect(row.client_secret_encrypted).not.toContain(IDP_CLIENT.clientSecret);
  });

  it('should sign Camille in by her verified e-mail, open a session cookie and link her IdP subject', async () => {
    const browser = new HttpBrowser();
    const callback = await signInAtIdp(browser, IDP_ACCOUNTS.camille);
    expect(callback.status).toBe(302);
    expect(callback.location).toBe(`${server.url}/`);
    expect(browser.cookies.get('openclr_sso')).toBeUndefined();
    expect(await viewerOf(browser)).toEqual({ roles: ['LEARNER'], person: { displayName: 'Camille Laurent', email: 'learner@northbridge.edu' } });
    const identifiers = await server.db.dataSource.query(`SELECT value, verified_at IS NOT NULL AS verified FROM person_identifier WHERE kind = 'sso_subject'`);
    expect(identifiers).toEqual([{ value: `${idp.issuer}|${IDP_ACCOUNTS.camille.sub}`, verified: true }]);
  });

  it('should recognise Camille by the stored subject on a later sign-in, even after her e-mail changed', async () => {
    // Her e-mail identifier is renamed: only the stored sso_subject can still find her.
    await server.db.dataSource.query(`UPDATE person_identifier SET value = 'camille.renamed@northbridge.edu' WHERE kind = 'email' AND value = 'learner@northbridge.edu'`);
    try {
      const browser = new HttpBrowser();
      const callback = await signInAtIdp(browser, IDP_ACCOUNTS.camille);
      expect(callback.status).toBe(302);
      expect(await viewerOf(browser)).toMatchObject({ person: { displayName: 'Camille Laurent' } });
      expect(await server.db.dataSource.query(`SELECT count(*)::int AS n FROM person_identifier WHERE kind = 'sso_subject'`)).toEqual([{ n: 1 }]);
    } finally {
      await server.db.dataSource.query(`UPDATE person_identifier SET value = 'learner@northbridge.edu' WHERE value = 'camille.renamed@northbridge.edu'`);
    }
  });

  it('should refuse an account whose e-mail the IdP has not verified, with a clear page and no session', async () => {
    const browser = new HttpBrowser();
    const callback = await signInAtIdp(browser, IDP_ACCOUNTS.unverified);
    expect(callback.status).toBe(403);
    expect(callback.body).toContain('data-sso-error="EMAIL_NOT_VERIFIED"');
    expect(callback.body).toContain('href="/sign-in"');
    expect(browser.cookies.get('openclr_session')).toBeUndefined();
  });

  it('should refuse a person OpenCLR does not know (no self-registration)', async () => {
    const browser = new HttpBrowser();
    const callback = await signInAtIdp(browser, IDP_ACCOUNTS.stranger);
    expect(callback.status).toBe(403);
    expect(callback.body).toContain('data-sso-error="UNKNOWN_PERSON"');
    expect(callback.body).toContain('stranger@northbridge.edu');
    expect(browser.cookies.get('openclr_session')).toBeUndefined();
    expect(await server.db.dataSource.query(`SELECT count(*)::int AS n FROM person_identifier WHERE value LIKE '%stranger%'`)).toEqual([{ n: 0 }]);
  });

  it('should refuse a callback whose state was tampered with', async () => {
    const browser = new HttpBrowser();
    const callback = await signInAtIdp(browser, IDP_ACCOUNTS.camille, (url) => {
      const u = new URL(url);
      u.searchParams.set('state', `${u.searchParams.get('state')}x`);
      return u.href;
    });
    expect(callback.status).toBe(400);
    expect(callback.body).toContain('data-sso-error="STATE_MISMATCH"');
    expect(browser.cookies.get('openclr_session')).toBeUndefined();
  });

  it('should refuse a callback without the sealed state cookie or with a forged one', async () => {
    const browser = new HttpBrowser();
    const first = await signInAtIdp(browser, IDP_ACCOUNTS.camille, (url) => {
      browser.cookies.set('openclr_sso', 'v1.forged.forged.forged');
      return url;
    });
    expect(first.status).toBe(400);
    expect(first.body).toContain('data-sso-error="STATE_MISMATCH"');
    const bare = await new HttpBrowser().request(`${server.url}/auth/sso/callback?code=abc&state=def`);
    expect(bare.status).toBe(400);
    expect(bare.body).toContain('data-sso-error="STATE_MISMATCH"');
  });

  it('should show the IdP error page when the person declines at the IdP', async () => {
    const browser = new HttpBrowser();
    const start = await browser.request(`${server.url}${startUrl}`);
    const state = new URL(start.location!).searchParams.get('state');
    const callback = await browser.request(`${server.url}/auth/sso/callback?error=access_denied&error_description=User+cancelled&state=${state}`);
    expect(callback.status).toBe(400);
    expect(callback.body).toContain('data-sso-error="IDP_ERROR"');
    expect(callback.body).toContain('access_denied: User cancelled');
  });

  it('should send PKCE S256, state and nonce to the IdP', async () => {
    const start = await new HttpBrowser().request(`${server.url}${startUrl}`);
    const url = new URL(start.location!);
    expect(url.origin).toBe(idp.issuer);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(url.searchParams.get('state')).toBeTruthy();
    expect(url.searchParams.get('nonce')).toBeTruthy();
    expect(url.searchParams.get('redirect_uri')).toBe(`${server.url}/auth/sso/callback`);
  });

  it('should answer an unknown institution or connection with a not-found page, not a 500', async () => {
    const res = await new HttpBrowser().request(`${server.url}/auth/sso/nowhere/start`);
    expect(res.status).toBe(404);
    expect(res.body).toContain('data-sso-error="CONNECTION_NOT_FOUND"');
  });

  describe('configureSsoConnection', () => {
    it('should refuse bad input with typed errors naming the field', async () => {
      const res = await server.graphql(CONFIGURE, { input: { name: ' ', issuerUrl: 'ftp://idp.example.edu', clientId: 'x', allowedEmailDomains: ['not a domain'] } }, adminToken);
      expect(res.data!.configureSsoConnection.ssoConnection).toBeNull();
      expect(res.data!.configureSsoConnection.errors.map((e: { code: string; field: string[] }) => [e.code, e.field.join('.')])).toEqual([
        ['REQUIRED', 'input.name'],
        ['INVALID_URL', 'input.issuerUrl'],
        ['INVALID_VALUE', 'input.allowedEmailDomains.0'],
      ]);
    });

    it('should refuse an issuer whose discovery does not answer', async () => {
      const res = await server.graphql(CONFIGURE, { input: { name: 'Nowhere', issuerUrl: 'http://127.0.0.1:9', clientId: 'x' } }, adminToken);
      expect(res.data!.configureSsoConnection.errors).toEqual([expect.objectContaining({ code: 'ISSUER_UNREACHABLE', field: ['input', 'issuerUrl'] })]);
    });

    it('should be refused to anyone but an institution admin', async () => {
      const learner = await signIn(server, 'learner@northbridge.edu');
      const res = await server.graphql(CONFIGURE, { input: { name: 'Mine', issuerUrl: idp.issuer, clientId: 'x' } }, learner);
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const anonymous = await server.graphql(CONFIGURE, { input: { name: 'Mine', issuerUrl: idp.issuer, clientId: 'x' } });
      expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('should update the connection in place and keep the stored secret when none is given', async () => {
      const res = await server.graphql(CONFIGURE, { input: { name: 'Northbridge SSO', issuerUrl: `${idp.issuer}/`, clientId: IDP_CLIENT.clientId, allowedEmailDomains: ['northbridge.edu'] } }, adminToken);
      expect(res.data!.configureSsoConnection.ssoConnection).toMatchObject({ issuerUrl: idp.issuer, hasClientSecret: true, scopes: ['openid', 'email', 'profile'], enabled: true });
      expect(await server.db.dataSource.query(`SELECT count(*)::int AS n FROM sso_connection`)).toEqual([{ n: 1 }]);
    });
  });
});
