import { resolve } from 'node:path';
import { loadSecurityConfig, SecurityConfig } from './http/security';
import { loadWebhookConfig, WebhookConfig } from './modules/webhook/webhook.config';

/** Process configuration, read once from the environment. */
export interface Config {
  port: number;
  /** External PostgreSQL; when unset the server runs its own PostgreSQL in `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  /** Origin under which public documents (credentials, DID documents) are served. */
  publicUrl: string;
  /** Where the built SPA lives; served with an SPA fallback when present. */
  webDist: string;
  /** Session cookies get the `Secure` flag when served over HTTPS. */
  secureCookies: boolean;
  sessionTtlHours: number;
  /** Limits, CORS origins and production switches of the public surface (docs/security.md). */
  security: SecurityConfig;
  /** Webhook delivery: retries, timeout, whether http:// and private targets are allowed (docs/webhooks.md). */
  webhooks: WebhookConfig;
}

export const REPO_ROOT = resolve(__dirname, '..', '..', '..');

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  const publicUrl = (env.OPENCLR_PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, '');
  return {
    port,
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.OPENCLR_DATA_DIR ?? resolve(REPO_ROOT, '.data')),
    publicUrl,
    webDist: resolve(env.OPENCLR_WEB_DIST ?? resolve(REPO_ROOT, 'apps', 'web', 'dist')),
    secureCookies: publicUrl.startsWith('https://'),
    sessionTtlHours: Number(env.OPENCLR_SESSION_TTL_HOURS ?? 12),
    security: loadSecurityConfig(env),
    webhooks: loadWebhookConfig(env),
  };
}
