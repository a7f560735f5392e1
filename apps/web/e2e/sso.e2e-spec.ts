import { IDP_ACCOUNTS, IDP_CLIENT, startTestIdp, type TestIdp } from '../../server/test/setup/test-idp';
import { accessibilityViolations } from './support/a11y';
import { baseUrl, DEMO_PASSWORD, freshPage, launchBrowser, screenshot, type Browser } from './support/browser';

const DEMO_SKILLS = ['Written Communication', 'Oral Communication', 'Teamwork', 'Critical Thinking'];

async function graphql(query: string, variables: Record<string, unknown>, token?: string) {
  const response = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: unknown[] };
}

describe('single sign-on in Chromium against a real OpenID provider', () => {
  let browser: Browser;
  let idp: TestIdp;

  beforeAll(async () => {
    idp = await startTestIdp({ redirectUris: [`${baseUrl()}/auth/sso/callback`] });
    // The institution admin configures the connection through the API, as in production.
    const signIn = await graphql(`mutation($input: SignInInput!) { signIn(input: $input) { token } }`, { input: { email: 'admin@northbridge.edu', password: DEMO_PASSWORD } });
    const configured = await graphql(
      `mutation($input: ConfigureSsoConnectionInput!) { configureSsoConnection(input: $input) { ssoConnection { startUrl } errors { code message } } }`,
      { input: { name: 'Northbridge SSO', issuerUrl: idp.issuer, clientId: IDP_CLIENT.clientId, clientSecret: IDP_CLIENT.clientSecret } },
      signIn.data.signIn.token,
    );
    expect(configured.data.configureSsoConnection.errors).toEqual([]);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await idp?.stop();
  });

  it("should sign Camille in with Northbridge SSO and land on her skills", async () => {
    const { page, problems } = await freshPage(browser);
    await page.goto(`${baseUrl()}/sign-in`);
    await page.getByRole('link', { name: 'Sign in with Northbridge SSO' }).waitFor();
    await screenshot(page, 'sso-sign-in-page.png');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Sign in with Northbridge SSO' }).click();

    await page.waitForURL((url) => url.href.startsWith(idp.issuer));
    await page.getByLabel('Username').fill(IDP_ACCOUNTS.camille.username);
    await page.getByLabel('Password').fill(IDP_ACCOUNTS.camille.password);
    await screenshot(page, 'sso-idp-login.png');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Allow' }).click();

    await page.waitForURL(`${baseUrl()}/learner`);
    await page.getByRole('heading', { level: 1, name: /Welcome back/ }).waitFor();
    await page.getByTestId('skill-card').first().waitFor();
    expect((await page.getByTestId('viewer-name').textContent())?.trim()).toContain('Camille');
    const skillNames = await page.getByTestId('skill-card').locator('h3').allTextContents();
    expect(skillNames.map((s) => s.trim()).sort()).toEqual([...DEMO_SKILLS].sort());
    await screenshot(page, 'sso-signed-in.png');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('should show a clear page with a way back when the IdP person has no OpenCLR account', async () => {
    const { page } = await freshPage(browser);
    await page.goto(`${baseUrl()}/sign-in`);
    await page.getByRole('link', { name: 'Sign in with Northbridge SSO' }).click();
    await page.waitForURL((url) => url.href.startsWith(idp.issuer));
    await page.getByLabel('Username').fill(IDP_ACCOUNTS.stranger.username);
    await page.getByLabel('Password').fill(IDP_ACCOUNTS.stranger.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Allow' }).click();
    await page.getByRole('heading', { level: 1, name: 'No OpenCLR account for you yet' }).waitFor();
    await screenshot(page, 'sso-unknown-person.png');
    await page.getByRole('link', { name: 'Back to sign-in' }).click();
    await page.waitForURL(`${baseUrl()}/sign-in`);
    await page.close();
  });
});
