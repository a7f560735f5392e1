import { tryNormalizeEmail } from '@openclr/domain';
import { randomBytes } from 'node:crypto';
import type { Context } from '../../context';
import type { Mailer } from '../../mail/mailer';
import type { PublicUrls } from '../credential/public-urls';
import { SignInLockout } from './lockout.service';
import { hashPassword } from './password';
import { hashToken } from './session.service';

export const RESET_TOKEN_TTL_MINUTES = 30;
export const MIN_PASSWORD_LENGTH = 12;

/** Why a reset was refused; each maps to a typed payload error. */
export type ResetPasswordProblem = 'RESET_TOKEN_INVALID' | 'RESET_TOKEN_EXPIRED' | 'PASSWORD_TOO_SHORT' | 'PASSWORD_SAME_AS_EMAIL';

/**
 * Password reset by e-mail: a random single-use token (only its SHA-256 stored) valid for 30 minutes, mailed as a
 * link to the SPA. Asking never reveals whether the address has an account.
 */
/** Reset links mailed per account within 15 minutes before further requests are quietly dropped. */
export const MAX_RESET_MAILS_PER_QUARTER_HOUR = 3;

export class PasswordResetService {
  constructor(
    private readonly mailer: Mailer,
    private readonly urls: Pick<PublicUrls, 'origin'>,
    private readonly lockout: SignInLockout,
  ) {}

  /**
   * Mails a reset link when `email` names an account; does nothing otherwise. Mail is sent after the answer so
   * that response times do not tell the two cases apart.
   */
  async request(ctx: Context, email: string): Promise<void> {
    const normalized = tryNormalizeEmail(email);
    if (!normalized) return;
    const [account] = (await ctx.em.query(
      `SELECT p.id, p.display_name
         FROM person_identifier i JOIN person p ON p.id = i.person_id
        WHERE i.kind = 'email' AND i.value = $1
        ORDER BY i.verified_at NULLS LAST
        LIMIT 1`,
      [normalized],
    )) as { id: string; display_name: string }[];
    if (!account) return;
    // At most a few links per account and quarter of an hour, so the form cannot be used to flood a mailbox; the
    // answer stays the same either way.
    const [{ recent }] = (await ctx.em.query(
      `SELECT count(*)::int AS recent FROM password_reset_token WHERE person_id = $1 AND created_at > now() - interval '15 minutes'`,
      [account.id],
    )) as { recent: number }[];
    if (recent >= MAX_RESET_MAILS_PER_QUARTER_HOUR) return;
    const token = randomBytes(32).toString('base64url');
    await ctx.em.query(
      `INSERT INTO password_reset_token (person_id, token_hash, expires_at) VALUES ($1, $2, now() + make_interval(mins => $3))`,
      [account.id, hashToken(token), RESET_TOKEN_TTL_MINUTES],
    );
    const link = `${this.urls.origin}/reset-password?token=${token}`;
    void this.mailer
      .send({
        to: normalized,
        subject: 'Reset your OpenCLR password',
        text: [
          `Hello ${account.display_name},`,
          '',
          'Someone (hopefully you) asked to reset the password of your OpenCLR account. To choose a new password, open:',
          '',
          link,
          '',
          `The link works once, for ${RESET_TOKEN_TTL_MINUTES} minutes. If you did not ask, ignore this message: your password stays as it is.`,
        ].join('\n'),
      })
      .catch((error: unknown) => console.error(`[mail] password reset mail to person ${account.id} failed`, error));
  }

  /**
   * Sets a new password with a reset token: spends the token, ends every session of the person except the one
   * asking (if it is theirs), spends their other reset tokens and lifts a sign-in lock. Null on success.
   */
  async reset(ctx: Context, token: string, newPassword: string): Promise<ResetPasswordProblem | null> {
    const tokenHash = hashToken(token);
    const [found] = (await ctx.em.query(
      `SELECT t.person_id, t.used_at IS NOT NULL AS used, t.expires_at <= now() AS expired,
              ARRAY(SELECT i.value FROM person_identifier i WHERE i.person_id = t.person_id AND i.kind = 'email') AS emails
         FROM password_reset_token t WHERE t.token_hash = $1`,
      [tokenHash],
    )) as { person_id: string; used: boolean; expired: boolean; emails: string[] }[];
    if (!found || found.used) return 'RESET_TOKEN_INVALID';
    if (found.expired) return 'RESET_TOKEN_EXPIRED';
    if ([...newPassword].length < MIN_PASSWORD_LENGTH) return 'PASSWORD_TOO_SHORT';
    const folded = newPassword.trim().toLowerCase();
    if (found.emails.some((e) => e === folded || e.split('@')[0] === folded)) return 'PASSWORD_SAME_AS_EMAIL';

    const passwordHash = await hashPassword(newPassword);
    return ctx.em.transaction(async (em) => {
      // Spending the token and checking it in one statement: of two concurrent resets only one gets a row.
      const spent = (await em.query(
        `UPDATE password_reset_token SET used_at = now() WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING person_id`,
        [tokenHash],
      )) as [{ person_id: string }[], number];
      if (spent[0].length === 0) return 'RESET_TOKEN_INVALID' as const;
      await em.query(`UPDATE person SET password_hash = $2, updated_at = now() WHERE id = $1`, [found.person_id, passwordHash]);
      await em.query(`UPDATE password_reset_token SET used_at = now() WHERE person_id = $1 AND used_at IS NULL`, [found.person_id]);
      const keep = ctx.viewer?.personId === found.person_id ? ctx.viewer.sessionId : null;
      await em.query(`DELETE FROM session WHERE person_id = $1 AND ($2::uuid IS NULL OR id <> $2::uuid)`, [found.person_id, keep]);
      for (const email of found.emails) await this.lockout.clearAccount(em, email);
      return null;
    });
  }
}
