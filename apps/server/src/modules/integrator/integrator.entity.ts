import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, Unique } from 'typeorm';
import { fk, nonBlank } from '../common/common.entity';
import { Institution } from '../institution/institution.entity';
import { Person } from '../person/person.entity';

/**
 * A personal access token: acts as its person, limited to its scopes. Only the SHA-256 of the token is stored;
 * `tokenPrefix` (the first characters, not a secret) lets people tell their tokens apart.
 */
@Entity()
@Unique('uq_personal_access_token_hash', ['tokenHash'])
@Index('ix_personal_access_token_person', ['personId', 'createdAt'])
@Check('ck_personal_access_token_hash', `token_hash ~ '^[0-9a-f]{64}$'`)
@Check('ck_personal_access_token_name', nonBlank('name'))
export class PersonalAccessToken {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  personId: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn(fk('personal_access_token', 'person'))
  person: Relation<Person>;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'char', length: 64 })
  tokenHash: string;

  @Column({ type: 'varchar', length: 20 })
  tokenPrefix: string;

  @Column('text', { array: true })
  scopes: string[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}

/**
 * An OAuth 2.0 client-credentials client of an institution (an LMS, SIS, career-services system). Its secret is
 * stored only as a SHA-256 hash; it trades the secret for short-lived access tokens at `POST /oauth/token`.
 */
@Entity()
@Unique('uq_integrator_client_client_id', ['clientId'])
@Index('ix_integrator_client_institution', ['institutionId', 'createdAt'])
@Check('ck_integrator_client_secret_hash', `secret_hash ~ '^[0-9a-f]{64}$'`)
@Check('ck_integrator_client_name', nonBlank('name'))
export class IntegratorClient {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  institutionId: string;

  @ManyToOne(() => Institution, { onDelete: 'CASCADE' })
  @JoinColumn(fk('integrator_client', 'institution'))
  institution: Relation<Institution>;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 64 })
  clientId: string;

  @Column({ type: 'char', length: 64 })
  secretHash: string;

  @Column('text', { array: true })
  scopes: string[];

  @Column('uuid', { nullable: true })
  createdById: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn(fk('integrator_client', 'created_by'))
  createdBy: Relation<Person> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}

/** A short-lived access token of an integrator client (client-credentials grant), stored as its SHA-256 hash. */
@Entity()
@Unique('uq_integrator_access_token_hash', ['tokenHash'])
@Index('ix_integrator_access_token_client', ['clientId'])
@Index('ix_integrator_access_token_expires_at', ['expiresAt'])
@Check('ck_integrator_access_token_hash', `token_hash ~ '^[0-9a-f]{64}$'`)
export class IntegratorAccessToken {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  clientId: string;

  @ManyToOne(() => IntegratorClient, { onDelete: 'CASCADE' })
  @JoinColumn(fk('integrator_access_token', 'client'))
  client: Relation<IntegratorClient>;

  @Column({ type: 'char', length: 64 })
  tokenHash: string;

  @Column('text', { array: true })
  scopes: string[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;
}
