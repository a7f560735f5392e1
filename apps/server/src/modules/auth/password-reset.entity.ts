import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, Unique } from 'typeorm';
import { fk } from '../common/common.entity';
import { Person } from '../person/person.entity';

/** A single-use password reset link. Only the SHA-256 of the token is stored; it expires and is spent on use. */
@Entity()
@Unique('uq_password_reset_token_hash', ['tokenHash'])
@Index('ix_password_reset_token_person', ['personId'])
@Check('ck_password_reset_token_hash', `token_hash ~ '^[0-9a-f]{64}$'`)
@Check('ck_password_reset_token_expiry', 'expires_at > created_at')
export class PasswordResetToken {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  personId: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn(fk('password_reset_token', 'person'))
  person: Relation<Person>;

  @Column({ type: 'char', length: 64 })
  tokenHash: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
