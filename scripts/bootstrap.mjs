#!/usr/bin/env node
// One entry point for README's commands on a fresh clone (Node ≥ 20.19 + npm only): makes sure pnpm 10.34.9 is
// there (never corepack: its signature check fails against registries that publish no signatures), installs,
// builds with Turborepo and then runs the requested command.
import { spawn, spawnSync } from 'node:child_process';
import { constants } from 'node:os';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PNPM_VERSION = '10.34.9';
const [command = 'start', ...args] = process.argv.slice(2);
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', TURBO_NO_UPDATE_NOTIFIER: '1', DO_NOT_TRACK: '1' };

function run(cmd, cmdArgs, { allowFailure = false, quiet = false } = {}) {
  const result = spawnSync(cmd, cmdArgs, { cwd: root, env, stdio: quiet ? 'pipe' : 'inherit', encoding: 'utf8' });
  if (result.error && !allowFailure) throw result.error;
  if (result.status !== 0 && !allowFailure) {
    if (quiet) process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
    console.error(`\n✖ ${cmd} ${cmdArgs.join(' ')} failed (exit ${result.status})`);
    process.exit(result.status ?? 1);
  }
  return result;
}

function pnpmCommand() {
  const local = join(root, '.data', 'tools', 'node_modules', '.bin', 'pnpm');
  for (const candidate of ['pnpm', local]) {
    const probe = spawnSync(candidate, ['--version'], { encoding: 'utf8', env });
    if (probe.status === 0 && probe.stdout.trim() === PNPM_VERSION) return candidate;
  }
  console.log(`• installing pnpm ${PNPM_VERSION} with npm`);
  const global = spawnSync('npm', ['install', '--global', `pnpm@${PNPM_VERSION}`], { stdio: 'inherit', env });
  if (global.status === 0) {
    const probe = spawnSync('pnpm', ['--version'], { encoding: 'utf8', env });
    if (probe.status === 0 && probe.stdout.trim() === PNPM_VERSION) return 'pnpm';
  }
  // No permission for a global install: keep a private copy inside the checkout.
  mkdirSync(join(root, '.data', 'tools'), { recursive: true });
  run('npm', ['install', '--no-save', '--prefix', join(root, '.data', 'tools'), `pnpm@${PNPM_VERSION}`]);
  return local;
}

/**
 * Runs a long-lived command (the server) and makes it stop with us: signals are passed on, and when the process that
 * started us goes away (npm killed with SIGTERM leaves its children orphaned) the command is told to shut down too.
 */
function runUntilStopped(cmd, cmdArgs) {
  const child = spawn(cmd, cmdArgs, { cwd: root, env, stdio: 'inherit' });
  const stop = (signal) => child.exitCode === null && child.kill(signal);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stop(signal));
  const parent = process.ppid;
  const watch = setInterval(() => process.ppid !== parent && stop('SIGTERM'), 1000);
  child.on('exit', (code, signal) => {
    clearInterval(watch);
    process.exit(code ?? 128 + (constants.signals[signal] ?? 1));
  });
}

const started = Date.now();
const pnpm = pnpmCommand();
// The command line's output is often piped or parsed: keep install and build quiet there unless they fail.
const quiet = command === 'openclr';
const step = (label) => quiet || console.log(`• ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);

step('installing dependencies');
run(pnpm, ['install', '--frozen-lockfile', quiet ? '--reporter=silent' : '--reporter=append-only']);
step('building');
run(pnpm, ['exec', 'turbo', 'run', 'build', '--output-logs=errors-only'], { quiet });
step('built');

const server = ['apps/server/dist/cli.js'];
const resultsDir = join(root, '.jest-results');

function printTotals(status) {
  let passed = 0;
  let failed = 0;
  for (const file of existsSync(resultsDir) ? readdirSync(resultsDir) : []) {
    const summary = JSON.parse(readFileSync(join(resultsDir, file), 'utf8'));
    passed += summary.passed;
    failed += summary.failed;
  }
  // A failed type check or a crashed runner has no failing test of its own but must not read as green.
  if (status !== 0 && failed === 0) failed = 1;
  console.log(`\n${passed} passed, ${failed} failed`);
}

switch (command) {
  case 'build':
    break;
  case 'start':
    runUntilStopped(process.execPath, [...server, 'serve', ...args]);
    break;
  case 'openclr':
    runUntilStopped(process.execPath, [...server, ...args]);
    break;
  case 'test': {
    rmSync(resultsDir, { recursive: true, force: true });
    const result = run(pnpm, ['exec', 'turbo', 'run', 'typecheck', 'test', '--concurrency=1', '--continue', ...args], { allowFailure: true });
    printTotals(result.status);
    process.exit(result.status ?? 1);
  }
  case 'test:e2e': {
    rmSync(resultsDir, { recursive: true, force: true });
    const result = run(pnpm, ['--filter', '@openclr/web', 'run', 'test:e2e', ...args], { allowFailure: true });
    printTotals(result.status);
    process.exit(result.status ?? 1);
  }
  default:
    console.error(`Unknown command "${command}". Use start, test, test:e2e, build or openclr.`);
    process.exit(2);
}
