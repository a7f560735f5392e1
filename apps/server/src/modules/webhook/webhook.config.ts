/** Delivery settings of webhooks (docs/webhooks.md), read once from the environment. */
export interface WebhookConfig {
  /** `OPENCLR_ALLOW_HTTP_WEBHOOKS=1`: allow http:// targets and private or loopback addresses (development, tests). */
  allowInsecureTargets: boolean;
  /** Delay before the first retry; each further retry waits twice as long (with ±20 % jitter). */
  backoffSeconds: number;
  /** Attempts in all, the first included; after the last failed one the delivery is marked failed. */
  maxAttempts: number;
  /** The receiver must answer within this time. */
  timeoutMs: number;
  /** How often the runner looks for due deliveries besides being woken when events commit. */
  sweepIntervalSeconds: number;
}

const positive = (env: NodeJS.ProcessEnv, name: string, fallback: number): number => {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got "${raw}"`);
  return value;
};

export function loadWebhookConfig(env: NodeJS.ProcessEnv = process.env): WebhookConfig {
  return {
    allowInsecureTargets: env.OPENCLR_ALLOW_HTTP_WEBHOOKS === '1',
    backoffSeconds: positive(env, 'OPENCLR_WEBHOOK_BACKOFF_SECONDS', 30),
    maxAttempts: Math.floor(positive(env, 'OPENCLR_WEBHOOK_MAX_ATTEMPTS', 8)),
    timeoutMs: positive(env, 'OPENCLR_WEBHOOK_TIMEOUT_MS', 10_000),
    sweepIntervalSeconds: positive(env, 'OPENCLR_WEBHOOK_SWEEP_SECONDS', 15),
  };
}

/** Delay before attempt `attempt + 1` after `attempt` failed ones: base × 2^(attempt-1), ±20 % jitter. */
export function retryDelayMs(config: Pick<WebhookConfig, 'backoffSeconds'>, attempt: number, random: () => number = Math.random): number {
  const base = config.backoffSeconds * 1000 * 2 ** Math.max(0, attempt - 1);
  return Math.round(base * (0.8 + 0.4 * random()));
}
