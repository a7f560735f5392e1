import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, Unique } from 'typeorm';
import { fk } from '../common/common.entity';
import { Person } from '../person/person.entity';

/** A signed-in session. Only the SHA-256 of the bearer token is stored, so a database leak opens no session. */
@Entity()
@Unique('uq_session_token_hash', ['tokenHash'])
@Index('ix_session_person', ['personId'])
@Index('ix_session_expires_at', ['expiresAt'])
@Check('ck_session_token_hash', `token_hash ~ '^[0-9a-f]{64}$'`)
@Check('ck_session_expiry', 'expires_at > created_at')
export class Session {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  personId: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn(fk('session', 'person'))
  person: Relation<Person>;

  @Column({ type: 'char', length: 64 })
  tokenHash: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  lastSeenAt: Date;

  @Column({ type: 'varchar', length: 500, nullable: true })
  userAgent: string | null;
}
