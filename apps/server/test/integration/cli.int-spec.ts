import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { seedDemo } from '../../src/seed/seed-demo';
import { createTestDatabase, type TestDatabase } from '../setup/database';

jest.setTimeout(120_000);

const CLI = resolve(__dirname, '..', '..', 'dist', 'cli.js');

describe('openclr command line (built dist/cli.js)', () => {
  let db: TestDatabase;
  let dir: string;
  let email: string;

  const run = async (...args: string[]) => {
    try {
      const { stdout, stderr } = await promisify(execFile)(process.execPath, [CLI, ...args], {
        env: { ...process.env, DATABASE_URL: db.url, OPENCLR_DATA_DIR: dir, OPENCLR_KEY_SECRET: 'cli-test-secret', OPENCLR_PUBLIC_URL: 'http://localhost:4000' },
      });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemo(db.dataSource, { learners: 12 });
    dir = mkdtempSync(join(tmpdir(), 'openclr-cli-'));
    [{ email }] = await db.dataSource.query(
      `SELECT pi.value AS email FROM award w JOIN person_identifier pi ON pi.person_id = w.learner_id AND pi.kind = 'email' AND pi.is_primary
        WHERE w.state = 'active' ORDER BY w.issued_at LIMIT 1`,
    );
  });

  afterAll(async () => {
    await db.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('should export OB 3.0 JSON that verifies with ✔ lines and exit code 0', async () => {
    const out = join(dir, 'ob3');
    const exported = await run('export', '--learner', email.toUpperCase(), '--format', 'ob3', '--out', out);
    expect(exported.code).toBe(0);
    const files = readdirSync(out).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(0);
    expect(exported.stdout).toContain(files[0]);

    const sut = await run('verify', join(out, files[0]), '--recipient', email);
    expect(sut.code).toBe(0);
    expect(sut.stdout).toMatch(/^✔ signature:0\s/m);
    expect(sut.stdout).toMatch(/^✔ status\s/m);
    expect(sut.stdout).toMatch(/^✔ recipient\s/m);
    expect(sut.stdout).toMatch(/^VALID: /m);
  });

  it('should exit 1 naming the failing check when a credential was tampered with', async () => {
    const out = join(dir, 'tamper');
    await run('export', '--learner', email, '--format', 'ob3', '--out', out);
    const file = join(out, readdirSync(out)[0]);
    const document = JSON.parse(readFileSync(file, 'utf8'));
    document.name = `${document.name} (with honours)`;
    writeFileSync(file, JSON.stringify(document));

    const sut = await run('verify', file);
    expect(sut.code).toBe(1);
    expect(sut.stdout).toMatch(/^✘ signature:0\s/m);
    expect(sut.stdout).toMatch(/^INVALID: .*failed signature:0/m);
  });

  it('should round-trip a baked PNG and a VC-JWT', async () => {
    const png = join(dir, 'png');
    expect((await run('export', '--learner', email, '--format', 'png', '--out', png)).code).toBe(0);
    const image = readdirSync(png).find((f) => f.endsWith('.png'))!;
    const fromPng = await run('verify', join(png, image));
    expect(fromPng).toMatchObject({ code: 0 });
    expect(fromPng.stdout).toMatch(/^VALID: png credential/m);

    const jwt = join(dir, 'jwt');
    expect((await run('export', '--learner', email, '--format', 'jwt', '--out', jwt)).code).toBe(0);
    const fromJwt = await run('verify', join(jwt, readdirSync(jwt)[0]), '--json');
    expect(fromJwt.code).toBe(0);
    expect(JSON.parse(fromJwt.stdout)).toMatchObject({ valid: true, format: 'jwt' });
  });

  it('should write a signed CLR', async () => {
    const out = join(dir, 'clr');
    expect((await run('export', '--learner', email, '--format', 'clr', '--out', out)).code).toBe(0);
    const sut = await run('verify', join(out, readdirSync(out)[0]));
    expect(sut.code).toBe(0);
    expect(sut.stdout).toMatch(/^✔ nested:0\s/m);
  });

  it('should exit 1 with a clear message for an unknown learner, and 2 for a missing file', async () => {
    const unknown = await run('export', '--learner', 'nobody@nowhere.example', '--format', 'clr', '--out', join(dir, 'none'));
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No learner has the e-mail address nobody@nowhere.example');

    const missing = await run('verify', join(dir, 'does-not-exist.json'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('No such file');
  });
});
