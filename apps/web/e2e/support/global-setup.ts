import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { SERVER_CLI, startServer } from './server';

/** Starts the real server once for the whole browser walk, unless OPENCLR_E2E_URL points at one already. */
export default async function globalSetup(): Promise<void> {
  if (process.env.OPENCLR_E2E_URL) return;
  if (!existsSync(SERVER_CLI)) throw new Error(`${SERVER_CLI} is missing: build the server first (pnpm build).`);
  if (!existsSync(resolve(__dirname, '../../dist/index.html'))) throw new Error('apps/web/dist is missing: build the web app first.');
  const server = await startServer();
  (globalThis as { __OPENCLR_SERVER__?: unknown }).__OPENCLR_SERVER__ = server;
  process.env.OPENCLR_E2E_URL = server.url;
}
