import type { Page } from 'playwright-core';
import { accessibilityViolations } from './support/a11y';
import { baseUrl, freshPage, launchBrowser, screenshot, signIn, type Browser } from './support/browser';

const LEARNER = 'learner@northbridge.edu';
const ADMIN = 'admin@northbridge.edu';

async function openApiAccess(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'API access' }).click();
  await page.getByRole('heading', { level: 1, name: 'API access' }).waitFor();
}

describe('API access and webhooks in Chromium', () => {
  let browser: Browser;
  let url: string;

  beforeAll(async () => {
    url = baseUrl();
    browser = await launchBrowser();
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('should create a personal access token shown once, use it, and refuse it once revoked', async () => {
    const { page, problems } = await freshPage(browser);
    await signIn(page, LEARNER);
    await page.waitForURL(`${url}/learner`);
    await openApiAccess(page);

    const name = `e2e ${Date.now()}`;
    await page.getByLabel('Name').fill(name);
    // ob.read is ticked by default; make sure only it is.
    expect(await page.getByLabel('ob.read').isChecked()).toBe(true);
    await page.getByLabel('Expires after').selectOption('30');
    await page.getByRole('button', { name: 'Create token' }).click();

    const reveal = page.getByTestId('secret-reveal');
    await reveal.waitFor();
    expect(await reveal.textContent()).toMatch(/only time it is shown/);
    // Focus moves to the shown-once token so keyboard users start there.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('secret-reveal');
    await reveal.getByRole('button', { name: /^Copy/ }).click();
    await reveal.getByText('Copied to the clipboard.').waitFor();
    const token = await page.evaluate(() => navigator.clipboard.readText());
    expect(token).toMatch(/^oclr_pat_/);
    expect(await page.getByTestId('secret-value').inputValue()).toBe(token);

    const row = page.getByTestId('token-row').filter({ hasText: name });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/ob\.read/);
    expect(await row.getByTestId('credential-state').textContent()).toBe('Active');
    await screenshot(page, 'api-access.png');
    expect(await accessibilityViolations(page)).toEqual([]);

    // Personal access tokens are for the GraphQL API (the 1EdTech REST API under /ims takes the OAuth server's
    // access tokens only), so the token reads the learner's awards there, as a program would.
    const call = async () => {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ query: '{ viewer { person { displayName awards(first: 5) { totalCount } } } }' }),
      });
      return { status: res.status, body: (await res.json()) as { data?: { viewer: { person: { awards: { totalCount: number } } | null } }; errors?: { extensions?: { code?: string } }[] } };
    };
    const before = await call();
    expect(before.status).toBe(200);
    expect(before.body.errors).toBeUndefined();
    expect(before.body.data!.viewer.person!.awards.totalCount).toBeGreaterThan(0);

    await reveal.getByRole('button', { name: 'I have copied it' }).click();
    await reveal.waitFor({ state: 'detached' });
    await row.getByRole('button', { name: `Revoke token ${name}` }).click();
    await row.getByRole('button', { name: 'Revoke token', exact: true }).click();
    await row.getByTestId('credential-state').filter({ hasText: 'Revoked' }).waitFor();
    // The token is never shown again: only its prefix stays on the page.
    expect(await page.content()).not.toContain(token);

    // A revoked token no longer stands for anyone: the API answers as to an anonymous caller.
    const after = await call();
    expect(after.body.data?.viewer.person ?? null).toBeNull();
    expect(problems).toEqual([]);
    await page.close();
  });

  it('should subscribe a webhook as the institution admin, show the secret once and list it', async () => {
    const { page, problems } = await freshPage(browser);
    await signIn(page, ADMIN);
    await page.getByTestId('viewer-name').waitFor();
    // The admin may hold several roles; Webhooks belongs to the institution admin's workspace.
    const roleSelect = page.getByLabel('View as');
    if (await roleSelect.count()) await roleSelect.selectOption({ label: 'Institution admin' });
    await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Webhooks' }).click();
    await page.getByRole('heading', { level: 1, name: 'Webhooks' }).waitFor();

    // A plain-http address is pointed out before anything is sent.
    await page.getByLabel('Address (URL)').fill('http://hooks.example.org/openclr');
    await page.getByRole('button', { name: 'Subscribe' }).click();
    expect(await page.getByTestId('webhook-error').textContent()).toMatch(/https:\/\//);
    expect(await page.getByLabel('Address (URL)').getAttribute('aria-invalid')).toBe('true');

    const hook = `https://hooks.example.org/openclr/${Date.now()}`;
    await page.getByLabel('Address (URL)').fill(hook);
    await page.getByLabel('award.revoked').check();
    await page.getByRole('button', { name: 'Subscribe' }).click();
    const reveal = page.getByTestId('secret-reveal');
    await reveal.waitFor();
    expect(await page.getByTestId('secret-value').inputValue()).toMatch(/^whsec_/);

    const row = page.getByTestId('webhook-row').filter({ hasText: hook });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/award\.created[\s\S]*award\.revoked/);
    expect(await row.textContent()).toMatch(/Active/);
    await row.getByRole('button', { name: 'Show delivery log' }).click();
    await row.getByText('No deliveries yet').waitFor();
    await screenshot(page, 'webhooks.png');
    expect(await accessibilityViolations(page)).toEqual([]);

    // Shown once: after dismissing it, a reload lists the subscription without any secret.
    const secret = await page.getByTestId('secret-value').inputValue();
    await reveal.getByRole('button', { name: 'I have copied it' }).click();
    await page.reload();
    await page.getByTestId('webhook-row').filter({ hasText: hook }).waitFor();
    expect(await page.content()).not.toContain(secret);
    expect(problems).toEqual([]);
    await page.close();
  });
});
