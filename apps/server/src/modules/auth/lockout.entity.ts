import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Failed sign-in attempts in the current window for one key — an account (e-mail) or a client address — and how
 * long that key is locked. Keys are stored as SHA-256 so the table lists neither addresses nor IPs.
 */
@Entity()
@Index('ix_sign_in_throttle_window', ['windowStartedAt'])
@Check('ck_sign_in_throttle_key', `key ~ '^[0-9a-f]{64}$'`)
@Check('ck_sign_in_throttle_failures', 'failures >= 0')
export class SignInThrottle {
  @PrimaryColumn({ type: 'char', length: 64 })
  key: string;

  @Column({ type: 'integer', default: 0 })
  failures: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  windowStartedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;
}
