import { normalizeEmail } from '@openclr/domain';
import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Context } from '../../context';
import { verifyPassword } from './password';

export const SESSION_COOKIE = 'openclr_session';

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export interface SignInResult {
  token: string;
  personId: string;
  expiresAt: Date;
}

/** Password sign-in and server-side sessions (the session token is stored only as a SHA-256 hash). */
export class SessionService {
  /** Checks the password of the account behind `email`; on success opens a session. Null when it does not match. */
  async signIn(ctx: Context, email: string, password: string): Promise<SignInResult | null> {
    let normalized: string;
    try {
      normalized = normalizeEmail(email);
    } catch {
      await verifyPassword(null, password);
      return null;
    }
    // One address may name people in several institutions (multi-tenant); the password decides which one.
    const accounts = (await ctx.em.query(
      `SELECT p.id, p.password_hash
         FROM person_identifier i JOIN person p ON p.id = i.person_id
        WHERE i.kind = 'email' AND i.value = $1 AND p.password_hash IS NOT NULL
        ORDER BY i.verified_at NULLS LAST, p.created_at
        LIMIT 5`,
      [normalized],
    )) as { id: string; password_hash: string }[];
    if (accounts.length === 0) await verifyPassword(null, password);
    let account: { id: string } | undefined;
    for (const candidate of accounts) {
      if (await verifyPassword(candidate.password_hash, password)) {
        account = candidate;
        break;
      }
    }
    if (!account) return null;
    return this.open(ctx.em, account.id, ctx.config.sessionTtlHours, ctx.req?.headers['user-agent']);
  }

  async open(em: EntityManager, personId: string, ttlHours: number, userAgent?: string): Promise<SignInResult> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + ttlHours * 3_600_000);
    await em.query(`INSERT INTO session (person_id, token_hash, expires_at, user_agent) VALUES ($1, $2, $3, $4)`, [
      personId,
      hashToken(token),
      expiresAt,
      userAgent?.slice(0, 500) ?? null,
    ]);
    return { token, personId, expiresAt };
  }

  async signOut(ctx: Context): Promise<void> {
    if (ctx.viewer?.sessionId) await ctx.em.query(`DELETE FROM session WHERE id = $1`, [ctx.viewer.sessionId]);
  }
}
