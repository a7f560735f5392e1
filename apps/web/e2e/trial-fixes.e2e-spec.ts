import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { RESULTS_DIR, baseUrl, freshPage, launchBrowser, screenshot, signIn, type Browser } from './support/browser';

/** Problems a new-user trial found: form checks before sending, narrow-screen layout, one active nav item. */
describe('new-user trial fixes', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  /** The page never scrolls sideways: only containers that are meant to (the cohort table) may. */
  const pageOverflow = async (page: Page) => {
    const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (over > 0) {
      const culprits = await page.evaluate(() =>
        [document.body, ...document.querySelectorAll('body *')]
          .filter((el) => (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === 'visible') || (el.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !el.closest('.table-wrap')))
          .slice(0, 12)
          .map((el) => `${el.tagName}.${el.className} sw=${el.scrollWidth} cw=${el.clientWidth} pos=${getComputedStyle(el).position} r=${Math.round(el.getBoundingClientRect().right)}`).concat([`html sw=${document.documentElement.scrollWidth} body=${document.body.scrollWidth}`]),
      );
      console.log(culprits.join('\n'));
    }
    return over;
  };
  const at = async (page: Page, width: number) => page.setViewportSize({ width, height: width < 600 ? 844 : 900 });

  it('should ask for the e-mail address and password before sending an empty sign-in form', async () => {
    const { page, problems } = await freshPage(browser);
    await page.goto(`${baseUrl()}/sign-in`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByTestId('sign-in-error').allTextContents()).toEqual(['Enter your e-mail address.', 'Enter your password.']);
    expect(await page.getByLabel('E-mail address').getAttribute('aria-invalid')).toBe('true');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('should refuse empty, unsupported and unparseable input on /verify before sending it', async () => {
    const { page, problems } = await freshPage(browser);
    await page.goto(`${baseUrl()}/verify`);
    const errors = page.getByTestId('verify-error');

    await page.getByLabel('Upload a credential file').setInputFiles({ name: 'empty.json', mimeType: 'application/json', buffer: Buffer.alloc(0) });
    await errors.first().waitFor();
    expect(await errors.allTextContents()).toEqual(['This file is empty.']);
    expect(await page.getByTestId('chosen-file').textContent()).not.toContain('JSON credential');

    await page.getByLabel('Upload a credential file').setInputFiles({ name: 'cv.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n…') });
    await page.getByText('Choose a .json, .jws/.jwt, .png or .svg file.').waitFor();

    const big = join(RESULTS_DIR, 'too-large.png');
    writeFileSync(big, Buffer.alloc(9 * 1024 * 1024, 1));
    await page.getByLabel('Upload a credential file').setInputFiles(big);
    await page.getByText(/too large to verify here/).waitFor();

    await page.getByLabel('Paste a credential').fill('{not json');
    expect((await page.getByTestId('pasted-kind').textContent())?.trim()).toBe('This is not valid JSON.');
    await page.getByRole('button', { name: 'Verify', exact: true }).click();
    expect(await errors.allTextContents()).toEqual(['This is not valid JSON.']);
    await screenshot(page, 'verify-invalid-json.png');
    await at(page, 390);
    await screenshot(page, 'verify-invalid-json-390.png');
    expect(await pageOverflow(page)).toBeLessThanOrEqual(0);

    // Text of no known shape goes to the server; its format failure comes back in plain words.
    await page.getByLabel('Paste a credential').fill('hello, this is not a credential');
    await page.getByRole('button', { name: 'Verify', exact: true }).click();
    await page.getByTestId('verdict').waitFor();
    expect(await page.locator('[data-check-id="format"]').textContent()).toContain(
      'OpenCLR could not read this as a credential: it is neither JSON nor a VC-JWT.',
    );
    expect(await page.getByTestId('verify-result').textContent()).not.toContain('MALFORMED_CREDENTIAL');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('should mark one nav item on /learner/export and keep the bar in one row at 1024 and 1280 px', async () => {
    const { page, problems } = await freshPage(browser);
    await signIn(page, 'learner@northbridge.edu');
    await page.waitForURL(`${baseUrl()}/learner`);
    await page.goto(`${baseUrl()}/learner/export`);
    await page.getByRole('heading', { level: 1, name: 'Export my record' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Workspace' });
    expect(await nav.locator('.topbar__nav-link--active').allTextContents()).toEqual(['Export record']);

    for (const width of [1280, 1024]) {
      await at(page, width);
      const height = await page.locator('.topbar__inner').evaluate((el) => el.getBoundingClientRect().height);
      expect(height).toBeLessThan(70);
    }
    await at(page, 1280);
    await screenshot(page, 'learner-export-1280.png');
    await at(page, 390);
    // No label is broken over two lines.
    const labelHeights = await nav.getByRole('link').evaluateAll((links) => links.map((l) => l.getClientRects().length));
    expect(labelHeights.every((n) => n === 1)).toBe(true);
    expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'learner-export-390.png');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('should wrap a long token name at 390 px and keep Revoke reachable', async () => {
    const { page, problems } = await freshPage(browser);
    await signIn(page, 'learner@northbridge.edu');
    await page.waitForURL(`${baseUrl()}/learner`);
    await page.goto(`${baseUrl()}/api-access`);
    await page.getByRole('heading', { level: 1, name: 'API access' }).waitFor();
    await at(page, 390);
    const name = `x${'y'.repeat(120)}`;
    await page.getByLabel('Name').first().fill(name);
    expect(await page.getByTestId('name-length').first().textContent()).toBe('100 of 100 characters: the limit is reached.');
    await page.getByRole('button', { name: 'Create token' }).click();
    await page.getByTestId('secret-reveal').waitFor();
    const row = page.getByTestId('token-row').filter({ hasText: 'xyyy' }).first();
    await row.waitFor();
    const revoke = row.getByRole('button', { name: /^Revoke/ });
    const [rowBox, nameBox, buttonBox] = await Promise.all([row.boundingBox(), row.locator('.row__name').boundingBox(), revoke.boundingBox()]);
    expect(nameBox!.x + nameBox!.width).toBeLessThanOrEqual(rowBox!.x + rowBox!.width + 1);
    // The button is not covered by the name.
    expect(buttonBox!.y >= nameBox!.y + nameBox!.height || buttonBox!.x >= nameBox!.x + nameBox!.width).toBe(true);
    expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
    await row.scrollIntoViewIfNeeded();
    await screenshot(page, 'api-access-390.png');
    await revoke.click();
    await row.getByRole('button', { name: 'Revoke token' }).click();
    await at(page, 1280);
    await screenshot(page, 'api-access-1280.png');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('should keep the advisor cohort table’s sideways scroll inside the table at 390 px', async () => {
    const { page, problems } = await freshPage(browser);
    await signIn(page, 'advisor@northbridge.edu');
    await page.waitForURL((url) => url.pathname !== '/sign-in');
    if (new URL(page.url()).pathname !== '/advisor') await page.getByLabel('View as').selectOption({ label: 'Advisor' });
    await page.getByTestId('cohort-item').first().getByRole('link').click();
    await page.getByTestId('cohort-table').waitFor();
    await at(page, 390);
    expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'advisor-cohort-390.png');
    await at(page, 1280);
    await screenshot(page, 'advisor-cohort-1280.png');
    expect(problems).toEqual([]);
    await page.close();
  });
});
