import 'reflect-metadata';
import { seedDemo } from '../../src/seed/seed-demo';
import { PASSWORD, SIGN_IN, signIn } from '../setup/operations';
import { startTestServer, type GraphQLResponse, type TestServer } from '../setup/server';
import { startTestSmtp, type TestSmtp } from '../setup/test-smtp';

const REQUEST_RESET = `mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { accepted errors { code } } }`;
const RESET = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { ok errors { __typename code message field } } }`;
const VIEWER = `{ viewer { person { displayName } } }`;

/** The reset link in a received message (quoted-printable soft breaks undone). */
function resetToken(raw: string): string {
  const text = raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
  const match = /\/reset-password\?token=([\w-]{43})/.exec(text);
  if (!match) throw new Error(`no reset link in:\n${text}`);
  return match[1]!;
}

describe('password accounts: lockout, sign-in throttling and reset by e-mail', () => {
  let server: TestServer;
  let smtp: TestSmtp;
  const previousEnv = { ...process.env };

  beforeAll(async () => {
    smtp = await startTestSmtp();
    process.env.OPENCLR_SMTP_URL = smtp.url;
    process.env.OPENCLR_MAIL_FROM = 'OpenCLR Test <no-reply@openclr.test>';
    // The general /graphql limits of the HTTP layer are turned up so that these tests see the lockout itself.
    server = await startTestServer({ OPENCLR_RATE_LIMIT_SIGN_IN: '100000', OPENCLR_RATE_LIMIT_SIGN_IN_ACCOUNT: '100000', OPENCLR_RATE_LIMIT_GRAPHQL: '100000' });
    await seedDemo(server.db.dataSource, { learners: 10 });
  });

  afterAll(async () => {
    process.env = previousEnv;
    await server?.stop();
    await smtp?.stop();
  });

  async function attempt(email: string, password: string, ip: string): Promise<{ status: number; body: GraphQLResponse }> {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
      body: JSON.stringify({ query: SIGN_IN, variables: { input: { email, password } } }),
    });
    return { status: response.status, body: (await response.json().catch(() => ({}))) as GraphQLResponse };
  }

  const codeOf = (r: { body: GraphQLResponse }) => r.body.data?.signIn?.errors?.[0]?.code;

  describe('lockout', () => {
    it('should lock an account after 10 failures in 15 minutes even when every attempt comes from another address', async () => {
      const email = 'advisor@northbridge.edu';
      for (let i = 0; i < 10; i++) expect(codeOf(await attempt(email, `wrong-${i}`, `198.51.100.${i + 1}`))).toBe('INVALID_CREDENTIALS');
      const locked = await attempt(email, PASSWORD, '198.51.100.200');
      expect(locked.body.data?.signIn).toEqual({ token: null, viewer: null, errors: [expect.objectContaining({ __typename: 'TooManyAttemptsError', code: 'TOO_MANY_ATTEMPTS' })] });
      // Another account is not affected.
      expect((await attempt('issuer@northbridge.edu', PASSWORD, '198.51.100.201')).body.data?.signIn.token).toEqual(expect.any(String));
    });

    it('should say the same for an address that has no account, so a lock reveals nothing', async () => {
      const known = 'assessor@northbridge.edu';
      const unknown = 'nobody-here@northbridge.edu';
      for (let i = 0; i < 10; i++) {
        await attempt(known, `wrong-${i}`, `203.0.113.${i + 1}`);
        await attempt(unknown, `wrong-${i}`, `203.0.113.${i + 1}`);
      }
      const a = await attempt(known, 'wrong', '203.0.113.100');
      const b = await attempt(unknown, 'wrong', '203.0.113.100');
      expect(a.body.data?.signIn).toEqual(b.body.data?.signIn);
      expect(codeOf(a)).toBe('TOO_MANY_ATTEMPTS');
    });

    it('should refuse 1,000 wrong passwords cleanly — no 500, never a session — and stop checking passwords once locked', async () => {
      const email = 'learner@northbridge.edu';
      const started = Date.now();
      const codes = new Map<string, number>();
      for (let i = 0; i < 1000; i += 50) {
        const batch = await Promise.all(Array.from({ length: 50 }, (_, j) => attempt(email, `guess-${i + j}`, `10.${(i + j) >> 8}.${(i + j) & 255}.7`)));
        for (const r of batch) {
          expect(r.status).toBeLessThan(500);
          expect(r.body.data?.signIn?.token ?? null).toBeNull();
          const key = r.status === 429 ? 'HTTP 429' : String(codeOf(r));
          codes.set(key, (codes.get(key) ?? 0) + 1);
        }
      }
      expect(codes.get('TOO_MANY_ATTEMPTS')).toBeGreaterThanOrEqual(950);
      expect(codes.get('INVALID_CREDENTIALS') ?? 0).toBeLessThanOrEqual(50);
      // Locked attempts skip argon2id: 1,000 of them take seconds, not minutes.
      expect(Date.now() - started).toBeLessThan(20_000);
      // The real password is refused too while locked.
      expect(codeOf(await attempt(email, PASSWORD, '192.0.2.55'))).toBe('TOO_MANY_ATTEMPTS');
    });

    it('should throttle one client address that sprays many accounts', async () => {
      const ip = '192.0.2.99';
      const results = [];
      for (let i = 0; i < 105; i++) results.push(codeOf(await attempt(`spray-${i}@northbridge.edu`, 'wrong', ip)));
      expect(results.slice(0, 100).every((c) => c === 'INVALID_CREDENTIALS')).toBe(true);
      expect(results.slice(100).every((c) => c === 'TOO_MANY_ATTEMPTS')).toBe(true);
      const [row] = await server.db.dataSource.query(`SELECT count(*)::int AS n FROM sign_in_throttle WHERE key LIKE '%@%'`);
      expect(row.n).toBe(0);
    });
  });

  describe('password reset by e-mail', () => {
    it('should answer the same for known and unknown addresses and mail a link only to the known one', async () => {
      const unknown = await server.graphql(REQUEST_RESET, { input: { email: 'nobody@northbridge.edu' } });
      const known = await server.graphql(REQUEST_RESET, { input: { email: 'Issuer@Northbridge.edu' } });
      expect(unknown).toEqual(known);
      expect(known.data!.requestPasswordReset).toEqual({ accepted: true, errors: [] });
      const mail = await smtp.next('issuer@northbridge.edu');
      expect(mail.from).toBe('no-reply@openclr.test');
      expect(mail.raw).toMatch(/Subject: Reset your OpenCLR password/);
      await new Promise((r) => setTimeout(r, 300));
      expect(smtp.messages.filter((m) => m.to.includes('nobody@northbridge.edu'))).toEqual([]);
      const [stored] = await server.db.dataSource.query(`SELECT token_hash FROM password_reset_token ORDER BY created_at DESC LIMIT 1`);
      expect(stored.token_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(stored.token_hash).not.toBe(resetToken(mail.raw));
    });

    it('should reset the password with the mailed link, end every session, unlock the account and refuse the link a second time', async () => {
      const email = 'advisor@northbridge.edu'; // locked by the first lockout test
      const oldSession = await signIn(server, 'issuer@northbridge.edu');
      await server.graphql(REQUEST_RESET, { input: { email } });
      const token = resetToken((await smtp.next(email)).raw);

      const tooShort = await server.graphql(RESET, { input: { token, newPassword: 'short' } });
      expect(tooShort.data!.resetPassword.errors).toEqual([expect.objectContaining({ __typename: 'WeakPasswordError', code: 'PASSWORD_TOO_SHORT', field: ['input', 'newPassword'] })]);
      const sameAsEmail = await server.graphql(RESET, { input: { token, newPassword: 'Advisor@Northbridge.edu' } });
      expect(sameAsEmail.data!.resetPassword.errors[0].code).toBe('PASSWORD_SAME_AS_EMAIL');

      const advisorSession = await (async () => {
        // The advisor is locked, so the session to be ended is opened directly.
        const { token: t } = await server.app.modules.services.sessions.open(server.db.dataSource.manager, (await server.db.dataSource.query(`SELECT person_id FROM person_identifier WHERE value = $1`, [email]))[0].person_id, 1);
        return t;
      })();
      const ok = await server.graphql(RESET, { input: { token, newPassword: 'a much better passphrase' } });
      expect(ok.data!.resetPassword).toEqual({ ok: true, errors: [] });

      expect((await server.graphql(VIEWER, {}, advisorSession)).data!.viewer.person).toBeNull();
      expect((await server.graphql(VIEWER, {}, oldSession)).data!.viewer.person).toEqual({ displayName: expect.any(String) });
      expect(codeOf(await attempt(email, PASSWORD, '192.0.2.1'))).toBe('INVALID_CREDENTIALS');
      expect((await attempt(email, 'a much better passphrase', '192.0.2.1')).body.data?.signIn.token).toEqual(expect.any(String));

      const reused = await server.graphql(RESET, { input: { token, newPassword: 'another long passphrase' } });
      expect(reused.data!.resetPassword).toEqual({ ok: false, errors: [expect.objectContaining({ __typename: 'ResetTokenError', code: 'RESET_TOKEN_INVALID', field: ['input', 'token'] })] });
    });

    it('should mail at most three links per account in 15 minutes, answering every request the same', async () => {
      const email = 'assessor@northbridge.edu';
      const answers = [];
      for (let i = 0; i < 5; i++) answers.push(await server.graphql(REQUEST_RESET, { input: { email } }));
      expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
      for (let i = 0; i < 3; i++) await smtp.next(email);
      await new Promise((r) => setTimeout(r, 500));
      expect(smtp.messages.filter((m) => m.to.includes(email))).toHaveLength(3);
      const [{ n }] = await server.db.dataSource.query(
        `SELECT count(*)::int AS n FROM password_reset_token t JOIN person_identifier i ON i.person_id = t.person_id WHERE i.value = $1`,
        [email],
      );
      expect(n).toBe(3);
    });

    it('should refuse an expired link and an unknown one with typed errors', async () => {
      const email = 'admin@northbridge.edu';
      await server.graphql(REQUEST_RESET, { input: { email } });
      const token = resetToken((await smtp.next(email)).raw);
      await server.db.dataSource.query(`UPDATE password_reset_token SET created_at = now() - interval '2 hours', expires_at = now() - interval '1 hour' WHERE used_at IS NULL`);
      const expired = await server.graphql(RESET, { input: { token, newPassword: 'a much better passphrase' } });
      expect(expired.data!.resetPassword.errors).toEqual([expect.objectContaining({ code: 'RESET_TOKEN_EXPIRED' })]);
      const unknown = await server.graphql(RESET, { input: { token: 'x'.repeat(43), newPassword: 'a much better passphrase' } });
      expect(unknown.data!.resetPassword.errors).toEqual([expect.objectContaining({ code: 'RESET_TOKEN_INVALID' })]);
      expect(await signIn(server, email)).toEqual(expect.any(String));
    });
  });
});
