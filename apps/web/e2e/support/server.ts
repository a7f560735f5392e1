import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, chmodSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface RunningServer {
  url: string;
  process: ChildProcess;
  dataDir: string | null;
  /** Everything the server printed, for the failure message. */
  output: () => string;
}

export const SERVER_CLI = resolve(__dirname, '../../../server/dist/cli.js');

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Start `openclr serve` on a free port with a fresh data directory (its own embedded PostgreSQL, migrated and
 * seeded with the demo institution), or on DATABASE_URL when that is set. Resolves once it is listening.
 */
export async function startServer(timeoutMs = 180_000): Promise<RunningServer> {
  const port = await freePort();
  const dataDir = process.env.DATABASE_URL ? null : mkdtempSync(join(tmpdir(), 'openclr-e2e-'));
  // Embedded PostgreSQL runs as the `postgres` user when we are root: it must be able to enter the directory.
  if (dataDir) chmodSync(dataDir, 0o755);
  const child = spawn(process.execPath, [SERVER_CLI, 'serve', '--port', String(port)], {
    env: { ...process.env, ...(dataDir ? { OPENCLR_DATA_DIR: dataDir } : {}), PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const ready = new RegExp(`OpenCLR listening on (http://\\S+:${port})`);
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`server not ready after ${timeoutMs} ms\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = ready.exec(output);
      if (m) {
        clearTimeout(timer);
        resolveUrl(m[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
      reject(new Error(`server exited (${code ?? signal}) before listening\n${output}`));
    });
  });
  // A server that dies mid-walk shows up as "connection refused" in every test: say why, once, here.
  child.once('exit', (code, signal) => {
    if (!stopping.has(child)) process.stderr.write(`\nopenclr serve exited during the tests (${code ?? signal}):\n${output.slice(-4000)}\n`);
  });
  return { url, process: child, dataDir, output: () => output };
}

const stopping = new WeakSet<ChildProcess>();

export async function stopServer(server: RunningServer, timeoutMs = 20_000): Promise<void> {
  const child = server.process;
  stopping.add(child);
  if (child.exitCode == null && child.signalCode == null) {
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    child.kill('SIGTERM');
    // SIGTERM lets the server stop its embedded PostgreSQL; SIGKILL only if it hangs (it would orphan postgres).
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    await exited;
    clearTimeout(timer);
  }
  if (server.dataDir) rmSync(server.dataDir, { recursive: true, force: true });
}
