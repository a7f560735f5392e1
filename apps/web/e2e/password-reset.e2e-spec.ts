import { startTestSmtp, type TestSmtp } from '../../server/test/setup/test-smtp';
import { accessibilityViolations } from './support/a11y';
import { freshPage, launchBrowser, screenshot, type Browser } from './support/browser';
import { startServer, stopServer, type RunningServer } from './support/server';

const LEARNER = 'learner@northbridge.edu';
const NEW_PASSWORD = 'violet harbour lantern 42';

/** The reset link of a received message, with quoted-printable soft breaks and `=3D` undone. */
function resetLink(raw: string): string {
  const text = raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
  const match = /https?:\/\/\S+\/reset-password\?token=[\w-]+/.exec(text);
  if (!match) throw new Error(`no reset link in:\n${text}`);
  return match[0];
}

// This walk changes the demo learner's password, so it runs against a server of its own (fresh data directory)
// rather than the shared one the other walks sign in to; that server mails through an in-process SMTP capture.
describe('password reset in Chromium, from the sign-in page to signing in with the new password', () => {
  let browser: Browser;
  let smtp: TestSmtp;
  let server: RunningServer;
  let url: string;

  beforeAll(async () => {
    smtp = await startTestSmtp();
    const previous = process.env.OPENCLR_SMTP_URL;
    process.env.OPENCLR_SMTP_URL = smtp.url;
    try {
      server = await startServer();
    } finally {
      if (previous === undefined) delete process.env.OPENCLR_SMTP_URL;
      else process.env.OPENCLR_SMTP_URL = previous;
    }
    url = server.url.replace(/\/$/, '');
    browser = await launchBrowser();
  }, 200_000);
  afterAll(async () => {
    await browser?.close();
    if (server) await stopServer(server);
    await smtp?.stop();
  }, 30_000);

  it('should mail a link, set a new password through it and sign in with that password', async () => {
    const { page, problems } = await freshPage(browser);
    await page.goto(`${url}/sign-in`);
    await page.getByRole('link', { name: 'Forgot your password?' }).waitFor();
    await screenshot(page, 'password-reset-sign-in-link.png');
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.waitForURL(`${url}/forgot-password`);
    await page.getByRole('heading', { level: 1, name: 'Forgot your password?' }).waitFor();
    await screenshot(page, 'password-reset-request.png');
    expect(await accessibilityViolations(page)).toEqual([]);

    // Keyboard only: type the address and submit with Enter.
    await page.getByLabel('E-mail address').fill(LEARNER);
    await page.getByLabel('E-mail address').press('Enter');
    const confirmation = page.getByTestId('reset-requested');
    await confirmation.waitFor();
    expect(await confirmation.textContent()).toMatch(/If learner@northbridge\.edu belongs to an OpenCLR account/);
    expect(await page.getByRole('status').filter({ has: confirmation }).count()).toBe(1);
    await screenshot(page, 'password-reset-requested.png');
    expect(await accessibilityViolations(page)).toEqual([]);

    const link = resetLink((await smtp.next(LEARNER, 20_000)).raw);
    expect(link.startsWith(`${url}/reset-password?token=`)).toBe(true);

    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Choose a new password' }).waitFor();
    await screenshot(page, 'password-reset-page.png');
    expect(await accessibilityViolations(page)).toEqual([]);

    // The form's own checks come first: too short, then not the same twice.
    await page.getByLabel('New password', { exact: true }).fill('short');
    await page.getByLabel('Confirm new password').fill('shorter');
    await page.getByRole('button', { name: 'Set new password' }).click();
    expect(await page.getByTestId('password-problem').textContent()).toMatch(/at least 12 characters/);
    expect(await page.getByTestId('confirmation-problem').textContent()).toMatch(/not the same/);
    expect(await page.getByLabel('New password', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'password-reset-page-problems.png');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('Confirm new password').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Set new password' }).click();
    await page.getByRole('heading', { level: 2, name: 'Your password has been changed' }).waitFor();
    await screenshot(page, 'password-reset-done.png');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Sign in', exact: true }).click();
    await page.waitForURL(`${url}/sign-in`);
    await page.getByLabel('E-mail address').fill(LEARNER);
    await page.getByLabel('Password').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${url}/learner`);
    await page.getByRole('heading', { level: 1, name: /Welcome back/ }).waitFor();

    expect(problems).toEqual([]);
    await page.close();
  });

  it('should refuse a spent link by its code and offer a new one', async () => {
    const { page } = await freshPage(browser);
    await page.goto(`${url}/forgot-password`);
    await page.getByLabel('E-mail address').fill(LEARNER);
    await page.getByRole('button', { name: 'Send me a reset link' }).click();
    await page.getByTestId('reset-requested').waitFor();
    const link = resetLink((await smtp.next(LEARNER, 20_000)).raw);

    const another = 'another long passphrase';
    for (const attempt of [1, 2]) {
      await page.goto(link);
      await page.getByLabel('New password', { exact: true }).fill(another);
      await page.getByLabel('Confirm new password').fill(another);
      await page.getByRole('button', { name: 'Set new password' }).click();
      if (attempt === 1) await page.getByTestId('reset-done').waitFor();
    }
    await page.getByTestId('reset-error').first().waitFor();
    expect(await page.getByRole('alert').textContent()).toMatch(/does not work any more/);
    await page.getByRole('link', { name: 'Ask for a new link' }).click();
    await page.waitForURL(`${url}/forgot-password`);
    await page.close();
  });

  it('should give the same answer for an address without an account', async () => {
    const { page } = await freshPage(browser);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${url}/forgot-password`);
    await page.getByLabel('E-mail address').fill('nobody@northbridge.edu');
    await page.getByRole('button', { name: 'Send me a reset link' }).click();
    const confirmation = page.getByTestId('reset-requested');
    await confirmation.waitFor();
    expect(await confirmation.textContent()).toMatch(/If nobody@northbridge\.edu belongs to an OpenCLR account/);
    await screenshot(page, 'password-reset-requested-390.png');
    await page.goto(`${url}/reset-password`);
    expect(await page.getByTestId('reset-error').textContent()).toMatch(/needs the link from your reset e-mail/);
    await screenshot(page, 'password-reset-no-token-390.png');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });
});
