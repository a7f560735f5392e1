import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, type Relation, Unique } from 'typeorm';
import { Award } from '../award/award.entity';
import { fk, oneOf, Timestamped } from '../common/common.entity';
import { Issuer } from '../issuer/issuer.entity';

export const KEY_ALGORITHMS = ['Ed25519', 'RS256'] as const;
export type KeyAlgorithm = (typeof KEY_ALGORITHMS)[number];

/**
 * A signing key of an issuer. Retired keys stay (with `retired_at`) so that credentials signed with them keep
 * verifying after a rotation; at most one active key per issuer and algorithm. The private key is stored
 * encrypted (AES-256-GCM envelope, see key-vault.ts), never in clear.
 */
@Entity()
@Index('uq_issuer_key_active', ['issuerId', 'algorithm'], { unique: true, where: 'retired_at IS NULL' })
@Unique('uq_issuer_key_verification_method', ['verificationMethod'])
@Check('ck_issuer_key_algorithm', oneOf('algorithm', KEY_ALGORITHMS))
@Check('ck_issuer_key_controller', `controller LIKE 'did:%'`)
export class IssuerKey extends Timestamped {
  @Column('uuid')
  issuerId: string;

  @ManyToOne(() => Issuer, { onDelete: 'CASCADE' })
  @JoinColumn(fk('issuer_key', 'issuer'))
  issuer: Relation<Issuer>;

  @Column({ type: 'varchar', length: 10 })
  algorithm: KeyAlgorithm;

  /** The DID that controls the key (did:web in production, did:key in development). */
  @Column({ type: 'text' })
  controller: string;

  /** Full verification method id, `<controller>#<fragment>`. */
  @Column({ type: 'text' })
  verificationMethod: string;

  /** Public key: Multikey multibase for Ed25519, JWK for RSA. */
  @Column({ type: 'jsonb' })
  publicKey: Record<string, unknown>;

  /** Encrypted private key envelope. */
  @Column({ type: 'text' })
  privateKeyEncrypted: string;

  @Column({ type: 'timestamptz', nullable: true })
  retiredAt: Date | null;
}

/** The signed documents of an award, derived from it at issuance (and re-derived never: a credential is immutable). */
@Entity()
@Index('ix_award_credential_key', ['issuerKeyId'])
@Check('ck_award_credential_jwt', `jwt ~ '^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$'`)
export class AwardCredential {
  @PrimaryColumn('uuid')
  awardId: string;

  @ManyToOne(() => Award, { onDelete: 'CASCADE' })
  @JoinColumn(fk('award_credential', 'award'))
  award: Relation<Award>;

  /** OB 3.0 OpenBadgeCredential with its eddsa-rdfc-2022 DataIntegrityProof. */
  @Column({ type: 'jsonb' })
  document: Record<string, unknown>;

  /** The same credential as a VC-JWT (RS256). */
  @Column({ type: 'text' })
  jwt: string;

  @Column('uuid')
  issuerKeyId: string;

  @ManyToOne(() => IssuerKey, { onDelete: 'RESTRICT' })
  @JoinColumn(fk('award_credential', 'issuer_key'))
  issuerKey: Relation<IssuerKey>;

  @CreateDateColumn({ type: 'timestamptz' })
  signedAt: Date;
}

export const STATUS_PURPOSES = ['revocation', 'suspension'] as const;
export type StatusPurpose = (typeof STATUS_PURPOSES)[number];

/**
 * One Bitstring Status List of an issuer per purpose. `bits` is the raw bitstring (index 0 = most significant bit
 * of byte 0); the signed list credential is cached in `signed_document` and rebuilt when `version` moves past it.
 */
@Entity()
@Unique('uq_status_list_issuer_purpose', ['issuerId', 'purpose'])
@Check('ck_status_list_purpose', oneOf('purpose', STATUS_PURPOSES))
@Check('ck_status_list_length', 'octet_length(bits) * 8 >= 131072')
export class StatusList {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  issuerId: string;

  @ManyToOne(() => Issuer, { onDelete: 'CASCADE' })
  @JoinColumn(fk('status_list', 'issuer'))
  issuer: Relation<Issuer>;

  @Column({ type: 'varchar', length: 20 })
  purpose: StatusPurpose;

  @Column({ type: 'bytea' })
  bits: Buffer;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ type: 'jsonb', nullable: true })
  signedDocument: Record<string, unknown> | null;

  @Column({ type: 'integer', nullable: true })
  signedVersion: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
