import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Request headers of a delivery (Standard-Webhooks-like, see docs/webhooks.md). */
export const WEBHOOK_HEADERS = {
  id: 'OpenCLR-Webhook-Id',
  timestamp: 'OpenCLR-Webhook-Timestamp',
  signature: 'OpenCLR-Webhook-Signature',
} as const;

/** Receivers refuse deliveries whose timestamp is further than this from their clock (replay protection). */
export const DEFAULT_TOLERANCE_SECONDS = 300;

/** A new signing secret: `whsec_` and 32 random bytes, base64url. The HMAC key is the whole string, as UTF-8. */
export const newWebhookSecret = (): string => `whsec_${randomBytes(32).toString('base64url')}`;

/** The `v1=` signature of a delivery: hex HMAC-SHA256 of `<id>.<timestamp>.<body>` keyed with the secret. */
export function signWebhook(secret: string, id: string, timestamp: number | string, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${id}.${timestamp}.${body}`, 'utf8').digest('hex')}`;
}

export type WebhookVerification =
  | { valid: true; id: string; timestamp: number }
  | { valid: false; reason: 'MISSING_HEADER' | 'INVALID_TIMESTAMP' | 'STALE_TIMESTAMP' | 'INVALID_SIGNATURE' };

type HeaderBag = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderBag, name: string): string | undefined {
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const lower = name.toLowerCase();
  const key = Object.keys(headers).find((k) => k.toLowerCase() === lower);
  const value = key === undefined ? undefined : (headers as Record<string, string | string[] | undefined>)[key];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Checks that a delivery was signed with `secret` and is recent: recomputes the HMAC over the raw body exactly as
 * received (before any JSON parsing), compares it in constant time with each `v1=` signature of the header, and
 * refuses timestamps more than `toleranceSeconds` (default 300) away from `now`. Never throws on bad input.
 */
export function verifyWebhookSignature(
  secret: string,
  headers: HeaderBag,
  rawBody: string | Buffer,
  options: { toleranceSeconds?: number; now?: Date } = {},
): WebhookVerification {
  const id = header(headers, WEBHOOK_HEADERS.id);
  const timestampText = header(headers, WEBHOOK_HEADERS.timestamp);
  const signatures = header(headers, WEBHOOK_HEADERS.signature);
  if (!id || !timestampText || !signatures) return { valid: false, reason: 'MISSING_HEADER' };
  if (!/^\d{1,12}$/.test(timestampText)) return { valid: false, reason: 'INVALID_TIMESTAMP' };
  const timestamp = Number(timestampText);
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  if (Math.abs(now - timestamp) > (options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS)) return { valid: false, reason: 'STALE_TIMESTAMP' };
  const body = typeof rawBody === 'string' ? rawBody : rawBody.toString('utf8');
  const expected = Buffer.from(signWebhook(secret, id, timestampText, body));
  // Several space-separated signatures may be sent; any one matching is enough.
  const matches = signatures
    .split(' ')
    .filter(Boolean)
    .some((candidate) => {
      const given = Buffer.from(candidate);
      return given.length === expected.length && timingSafeEqual(given, expected);
    });
  return matches ? { valid: true, id, timestamp } : { valid: false, reason: 'INVALID_SIGNATURE' };
}
