import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, type Relation, Unique, UpdateDateColumn } from 'typeorm';
import { fk } from '../common/common.entity';
import { Person } from '../person/person.entity';

/**
 * A credential a learner brought from elsewhere through `POST /ims/ob/v3p0/credentials` (or the CLR API), kept
 * exactly as received. One row per learner and (issuer id, credential id): the spec's equality rule.
 */
@Entity()
@Unique('uq_imported_credential_identity', ['personId', 'api', 'issuerId', 'credentialId'])
@Index('ix_imported_credential_person', ['personId', 'api', 'validFrom'])
@Check('ck_imported_credential_api', `api IN ('ob', 'clr')`)
@Check('ck_imported_credential_format', `format IN ('json', 'jws')`)
export class ImportedCredential {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  personId: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn(fk('imported_credential', 'person'))
  person: Relation<Person>;

  /** Which 1EdTech API it came through: `ob` (OB 3.0) or `clr` (CLR 2.0). */
  @Column({ type: 'varchar', length: 3 })
  api: 'ob' | 'clr';

  @Column({ type: 'text' })
  issuerId: string;

  @Column({ type: 'text' })
  credentialId: string;

  @Column({ type: 'timestamptz', nullable: true })
  validFrom: Date | null;

  /** `json`: a Data Integrity credential in `document`; `jws`: a VC-JWT compact JWS in `jws` (decoded in `document`). */
  @Column({ type: 'varchar', length: 4 })
  format: 'json' | 'jws';

  @Column('jsonb')
  document: Record<string, unknown>;

  @Column({ type: 'text', nullable: true })
  jws: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/**
 * oidc-provider's storage (grants, authorization codes, access and refresh tokens, sessions, interactions,
 * registered clients), one row per model instance. Keys are SHA-256 hashes of the instance ids, so bearer
 * token values never reach the database.
 */
@Entity()
@Index('ix_oauth_model_grant', ['grantId'])
@Index('ix_oauth_model_uid', ['uid'])
@Index('ix_oauth_model_expires_at', ['expiresAt'])
export class OauthModel {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  model: string;

  @PrimaryColumn({ type: 'char', length: 64 })
  key: string;

  @Column('jsonb')
  payload: Record<string, unknown>;

  @Column({ type: 'text', nullable: true })
  grantId: string | null;

  @Column({ type: 'text', nullable: true })
  userCode: string | null;

  @Column({ type: 'text', nullable: true })
  uid: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  consumedAt: Date | null;
}
