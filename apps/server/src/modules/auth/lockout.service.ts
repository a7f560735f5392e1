import { tryNormalizeEmail } from '@openclr/domain';
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Context } from '../../context';

/** How many failures a key may collect in a window before it is locked, and for how long. */
export interface LockoutRule {
  maxFailures: number;
  windowMinutes: number;
  lockMinutes: number;
}

export interface LockoutPolicy {
  /** Per account (the e-mail typed, whether or not it has an account, so a lock reveals nothing). */
  account: LockoutRule;
  /** Per client address: stops one machine from spraying many accounts. */
  client: LockoutRule;
}

const positive = (value: string | undefined, fallback: number): number => {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
};

/** `OPENCLR_SIGNIN_MAX_FAILURES` (10), `OPENCLR_SIGNIN_IP_MAX_FAILURES` (100), `OPENCLR_SIGNIN_LOCK_MINUTES` (15). */
export function lockoutPolicyFromEnv(env: NodeJS.ProcessEnv = process.env): LockoutPolicy {
  const lockMinutes = positive(env.OPENCLR_SIGNIN_LOCK_MINUTES, 15);
  return {
    account: { maxFailures: positive(env.OPENCLR_SIGNIN_MAX_FAILURES, 10), windowMinutes: lockMinutes, lockMinutes },
    client: { maxFailures: positive(env.OPENCLR_SIGNIN_IP_MAX_FAILURES, 100), windowMinutes: lockMinutes, lockMinutes },
  };
}

const keyHash = (key: string): string => createHash('sha256').update(`openclr-sign-in:${key}`).digest('hex');

/** The account key of what was typed: the canonical e-mail when it is one, else the trimmed lower-cased text. */
export const accountKey = (email: string): string => `account:${tryNormalizeEmail(email) ?? email.trim().toLowerCase()}`;
const clientKey = (ip: string): string => `client:${ip}`;

/**
 * Sign-in lockout. Failures are counted per account and per client address in Postgres (so every server process
 * sees the same counts); a key that reaches its limit is locked, and while any key of an attempt is locked the
 * password is not even checked. A success clears the account's count, not the client's.
 */
export class SignInLockout {
  private calls = 0;

  constructor(private readonly policy: LockoutPolicy = lockoutPolicyFromEnv()) {}

  /** How long a lock lasts, for the message. */
  get lockMinutes(): number {
    return this.policy.account.lockMinutes;
  }

  /** Whether an attempt for `email` from this request must be refused without checking the password. */
  async isLocked(ctx: Context, email: string): Promise<boolean> {
    const keys = this.keys(ctx, email).map((k) => k.hash);
    const [row] = (await ctx.em.query(`SELECT count(*)::int AS locked FROM sign_in_throttle WHERE key = ANY($1) AND locked_until > now()`, [keys])) as { locked: number }[];
    return row.locked > 0;
  }

  /** Counts a failed attempt against the account and the client; locks those that reach their limit. */
  async recordFailure(ctx: Context, email: string): Promise<void> {
    for (const { hash, rule } of this.keys(ctx, email)) await this.bump(ctx.em, hash, rule);
    if (++this.calls % 500 === 0) await this.prune(ctx.em);
  }

  /** A successful sign-in (or password reset) clears the account's failures and lock. */
  async clearAccount(em: EntityManager, email: string): Promise<void> {
    await em.query(`DELETE FROM sign_in_throttle WHERE key = $1`, [keyHash(accountKey(email))]);
  }

  private keys(ctx: Context, email: string): { hash: string; rule: LockoutRule }[] {
    const keys = [{ hash: keyHash(accountKey(email)), rule: this.policy.account }];
    const ip = ctx.req?.ip;
    if (ip) keys.push({ hash: keyHash(clientKey(ip)), rule: this.policy.client });
    return keys;
  }

  private async bump(em: EntityManager, hash: string, rule: LockoutRule): Promise<void> {
    // One statement, so concurrent failures from several processes cannot under-count.
    await em.query(
      `INSERT INTO sign_in_throttle AS t (key, failures, window_started_at, locked_until)
       VALUES ($1, 1, now(), CASE WHEN 1 >= $2 THEN now() + make_interval(mins => $4) END)
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN t.window_started_at < now() - make_interval(mins => $3) THEN 1 ELSE t.failures + 1 END,
         window_started_at = CASE WHEN t.window_started_at < now() - make_interval(mins => $3) THEN now() ELSE t.window_started_at END,
         locked_until = CASE
           WHEN (CASE WHEN t.window_started_at < now() - make_interval(mins => $3) THEN 1 ELSE t.failures + 1 END) >= $2
             THEN greatest(coalesce(t.locked_until, now()), now() + make_interval(mins => $4))
           ELSE t.locked_until END`,
      [hash, rule.maxFailures, rule.windowMinutes, rule.lockMinutes],
    );
  }

  private async prune(em: EntityManager): Promise<void> {
    await em.query(`DELETE FROM sign_in_throttle WHERE window_started_at < now() - interval '1 day' AND (locked_until IS NULL OR locked_until < now())`);
  }
}
