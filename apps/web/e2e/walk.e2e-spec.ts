import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { accessibilityViolations } from './support/a11y';
import { RESULTS_DIR, baseUrl, freshPage, launchBrowser, screenshot, signIn, type Browser } from './support/browser';

const DEMO_SKILLS = ['Written Communication', 'Oral Communication', 'Teamwork', 'Critical Thinking'];

describe('SPA walk (demo institution)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('should show a learner their four skills with progress, then sign them out', async () => {
    const { page, problems } = await freshPage(browser);
    await signIn(page, 'learner@northbridge.edu');

    await page.waitForURL(`${baseUrl()}/learner`);
    await page.getByRole('heading', { level: 1, name: /Welcome back/ }).waitFor();
    await page.getByTestId('skill-card').first().waitFor();

    const viewerName = (await page.getByTestId('viewer-name').textContent())?.trim();
    expect(viewerName).toBeTruthy();

    const skillNames = await page.getByTestId('skill-card').locator('h3').allTextContents();
    expect(skillNames.map((s) => s.trim()).sort()).toEqual([...DEMO_SKILLS].sort());

    // The demo learner has been assessed: some skill shows progress and a named best level.
    const progress = await page.getByRole('progressbar').evaluateAll((bars) => bars.map((b) => Number(b.getAttribute('aria-valuenow'))));
    expect(progress).toHaveLength(4);
    expect(Math.max(...progress)).toBeGreaterThan(0);
    const levels = await page.getByTestId('skill-card').locator('.skill__level').allTextContents();
    expect(levels.some((l) => /level \d of \d/.test(l))).toBe(true);

    await page.getByRole('heading', { level: 2, name: 'Recent awards' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'My evidence' }).waitFor();
    expect(await page.getByTestId('evidence-item').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('experience-item').count()).toBeGreaterThan(0);

    await screenshot(page, 'learner-home.png');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${baseUrl()}/sign-in`);
    // The session is really gone: the learner page now sends us back to sign-in.
    await page.goto(`${baseUrl()}/learner`);
    await page.waitForURL(/\/sign-in\?redirect=(%2F|\/)learner$/);

    expect(problems).toEqual([]);
    await page.close();
  });

  it('should show an advisor the learners × skills table of a cohort they advise', async () => {
    const { page, problems } = await freshPage(browser);
    await signIn(page, 'advisor@northbridge.edu');

    await page.waitForURL((url) => url.pathname !== '/sign-in');
    // A person with several roles lands on their first one; the role switch takes them to the advisor workspace.
    if (new URL(page.url()).pathname !== '/advisor') await page.getByLabel('View as').selectOption({ label: 'Advisor' });
    await page.waitForURL(`${baseUrl()}/advisor`);
    const firstCohort = page.getByTestId('cohort-item').first();
    await firstCohort.waitFor();
    const cohortName = (await firstCohort.locator('h3').textContent())?.trim();
    expect(cohortName).toBeTruthy();
    await screenshot(page, 'advisor-home.png');

    await firstCohort.getByRole('link').click();
    await page.waitForURL(/\/advisor\/cohorts\/[^/]+$/);
    await page.getByRole('heading', { level: 1, name: cohortName! }).waitFor();
    const table = page.getByTestId('cohort-table');
    await table.waitFor();

    const headers = (await table.locator('thead th').allTextContents()).map((h) => h.trim());
    expect(headers[0]).toBe('Learner');
    expect(headers.slice(1).sort()).toEqual([...DEMO_SKILLS].sort());

    const rows = table.getByTestId('cohort-row');
    expect(await rows.count()).toBeGreaterThan(0);
    const firstLearner = (await rows.first().locator('th .learner-name').textContent())?.trim();
    expect(firstLearner).toBeTruthy();
    expect(await rows.first().getByTestId('cohort-cell').count()).toBe(4);

    const counts = await table.getByTestId('cohort-cell').evaluateAll((cells) =>
      cells.map((c) => ({ earned: Number(c.getAttribute('data-earned')), assessed: Number(c.getAttribute('data-assessments')) })),
    );
    expect(counts.reduce((n, c) => n + c.assessed, 0)).toBeGreaterThan(0);

    const pager = page.getByRole('navigation', { name: 'Pages of learners' });
    const firstRange = (await pager.locator('p').textContent())?.trim() ?? '';
    const [, shown, total] = /^Learners 1–(\d+) of (\d+)$/.exec(firstRange) ?? [];
    expect(Number(shown)).toBe(await rows.count());
    expect(Number(total)).toBeGreaterThanOrEqual(Number(shown));

    if (Number(total) > Number(shown)) {
      // Page forward and back through the cursor pager: other learners, then the first page again.
      await pager.getByRole('button', { name: 'Next' }).click();
      await pager.locator('p', { hasText: `Learners ${Number(shown) + 1}–` }).waitFor();
      expect((await rows.first().locator('th .learner-name').textContent())?.trim()).not.toBe(firstLearner);
      await pager.getByRole('button', { name: 'Previous' }).click();
      await pager.locator('p', { hasText: 'Learners 1–' }).waitFor();
      expect((await rows.first().locator('th .learner-name').textContent())?.trim()).toBe(firstLearner);
    }

    await screenshot(page, 'advisor-cohort.png');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('should show the typed error for a wrong password, by keyboard alone, and stay signed out', async () => {
    const { page, problems } = await freshPage(browser);
    await page.goto(`${baseUrl()}/sign-in`);
    await page.getByLabel('E-mail address').waitFor();

    // Tab order: skip link, e-mail, password, submit.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('email');
    await page.keyboard.type('learner@northbridge.edu');
    await page.keyboard.press('Tab');
    await page.keyboard.type('not-the-password');
    await page.keyboard.press('Enter');

    await page.getByRole('alert').waitFor();
    expect(await page.getByTestId('sign-in-error').allTextContents()).toEqual([
      'That e-mail address and password do not match an account. Check them and try again.',
    ]);
    expect(page.url()).toBe(`${baseUrl()}/sign-in`);
    expect(await page.getByLabel('Password').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Password').inputValue()).toBe('');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('password');

    await screenshot(page, 'sign-in-error.png');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  describe('credentials: export a CLR, then verify it in public', () => {
    let clrPath = '';
    let clr: Record<string, unknown> = {};

    it('should let the learner export their record as a signed CLR 2.0 file', async () => {
      const { page, problems } = await freshPage(browser);
      await signIn(page, 'learner@northbridge.edu');
      await page.waitForURL(`${baseUrl()}/learner`);

      // Every award on the home page offers its credential: view, downloads, LinkedIn (when active).
      const firstAward = page.getByTestId('award-item').first();
      await firstAward.waitFor();
      const view = firstAward.getByRole('link', { name: /View credential/ });
      expect(await view.getAttribute('href')).toMatch(/\/credentials\/[^/.]+$/);
      expect(await view.getAttribute('target')).toBe('_blank');
      await firstAward.getByText('Download').click();
      expect(await firstAward.getByRole('link', { name: 'Baked badge image (PNG)' }).getAttribute('href')).toMatch(/\.png\?download=1$/);

      await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Export record' }).click();
      await page.waitForURL(`${baseUrl()}/learner/export`);
      await page.getByRole('heading', { level: 1, name: 'Export my record' }).waitFor();
      const rows = page.getByTestId('export-award');
      await rows.first().waitFor();
      const boxes = await rows.locator('input[type=checkbox]:not([disabled])').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).checked));
      expect(boxes.length).toBeGreaterThan(0);
      expect(boxes.every(Boolean)).toBe(true);

      await page.getByRole('button', { name: 'Export my record (CLR 2.0)' }).click();
      const ready = page.getByTestId('export-ready');
      await ready.waitFor();
      const jsonLink = ready.getByRole('link', { name: /CLR 2\.0 JSON-LD/ });
      expect(await jsonLink.getAttribute('download')).toMatch(/^clr-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.json$/);
      expect(await ready.getByRole('link', { name: /VC-JWT/ }).getAttribute('download')).toMatch(/\.jwt$/);

      const [download] = await Promise.all([page.waitForEvent('download'), jsonLink.click()]);
      clrPath = join(RESULTS_DIR, download.suggestedFilename());
      await download.saveAs(clrPath);
      clr = JSON.parse(readFileSync(clrPath, 'utf8')) as Record<string, unknown>;
      expect(clr.type).toEqual(expect.arrayContaining(['VerifiableCredential', 'ClrCredential']));
      const proofs = Array.isArray(clr.proof) ? clr.proof : [clr.proof];
      expect(proofs).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'DataIntegrityProof', proofValue: expect.any(String) })]));

      await screenshot(page, 'learner-export.png');
      expect(await accessibilityViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    });

    it('should verify the downloaded CLR file as valid, without signing in', async () => {
      expect(clrPath).not.toBe('');
      const { page, problems } = await freshPage(browser);
      await page.goto(`${baseUrl()}/sign-in`);
      await page.getByRole('link', { name: 'Verify a credential' }).click();
      await page.waitForURL(`${baseUrl()}/verify`);
      await page.getByRole('heading', { level: 1, name: 'Verify a credential' }).waitFor();

      await page.getByLabel('Upload a credential file').setInputFiles(clrPath);
      await page.getByTestId('chosen-file').getByText('JSON credential').waitFor();
      await page.getByRole('button', { name: 'Verify', exact: true }).click();

      const verdict = page.getByTestId('verdict');
      await verdict.waitFor();
      expect((await verdict.getByRole('heading', { level: 2 }).textContent())?.trim()).toBe('Valid');
      const signature = page.getByTestId('verify-result').locator('[data-check-id="signature:0"]').first();
      expect(await signature.getAttribute('data-status')).toBe('PASSED');
      expect(await page.getByTestId('verify-result').locator('[data-testid=check-row][data-status=FAILED]').count()).toBe(0);
      // The awards inside the record have reports of their own, collapsed until opened.
      const nested = page.getByTestId('nested-report');
      expect(await nested.count()).toBeGreaterThan(0);
      await nested.first().locator('summary').click();
      await nested.first().getByTestId('check-row').first().waitFor();

      await screenshot(page, 'verify-valid.png');
      expect(await accessibilityViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    });

    it('should call a tampered credential not valid, with the failed signature shown', async () => {
      const nestedCredentials = (clr.credentialSubject as { verifiableCredential: { credentialSubject: { achievement: { name: string } } }[] })
        .verifiableCredential;
      const tampered = structuredClone(clr) as typeof clr;
      const achievement = (tampered.credentialSubject as typeof clr.credentialSubject & { verifiableCredential: typeof nestedCredentials })
        .verifiableCredential[0]!.credentialSubject.achievement;
      // Change exactly one character of the achievement name.
      achievement.name = `${achievement.name.slice(0, -1)}${achievement.name.endsWith('x') ? 'y' : 'x'}`;

      const { page, problems } = await freshPage(browser);
      await page.goto(`${baseUrl()}/verify`);
      await page.getByLabel('Paste a credential').fill(JSON.stringify(tampered, null, 2));
      await page.getByTestId('pasted-kind').getByText('JSON credential').waitFor();
      // By keyboard: from the text area through the file input and the e-mail field to the Verify button.
      await page.getByLabel('Paste a credential').press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Verify');
      await page.keyboard.press('Enter');

      const verdict = page.getByTestId('verdict');
      await verdict.waitFor();
      expect((await verdict.getByRole('heading', { level: 2 }).textContent())?.trim()).toBe('Not valid');
      const signature = page.getByTestId('verify-result').locator('[data-check-id="signature:0"]').first();
      expect(await signature.getAttribute('data-status')).toBe('FAILED');
      expect(await signature.textContent()).toContain('Failed');

      await screenshot(page, 'verify-tampered.png');
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.setViewportSize({ width: 390, height: 844 });
      await screenshot(page, 'verify-tampered-390.png');
      expect(problems).toEqual([]);
      await page.close();
    });
  });
});
