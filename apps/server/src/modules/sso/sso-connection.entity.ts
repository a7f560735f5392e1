import { Check, Column, Entity, JoinColumn, ManyToOne, type Relation, Unique } from 'typeorm';
import { fk, nonBlank, Timestamped } from '../common/common.entity';
import { Institution } from '../institution/institution.entity';

/**
 * An OpenID Connect identity provider an institution signs its people in with. The client secret is sealed with
 * the key vault (AES-256-GCM), so a database dump alone does not yield it.
 */
@Entity()
@Unique('uq_sso_connection_issuer', ['institutionId', 'issuerUrl'])
@Check('ck_sso_connection_name', nonBlank('name'))
@Check('ck_sso_connection_issuer_url', `issuer_url ~ '^https?://'`)
@Check('ck_sso_connection_client_id', nonBlank('client_id'))
@Check('ck_sso_connection_scopes', `'openid' = ANY (scopes)`)
export class SsoConnection extends Timestamped {
  @Column('uuid')
  institutionId: string;

  @ManyToOne(() => Institution, { onDelete: 'CASCADE' })
  @JoinColumn(fk('sso_connection', 'institution'))
  institution: Relation<Institution>;

  /** Shown on the sign-in button: "Sign in with <name>". */
  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** The IdP's issuer identifier; discovery is read from `<issuer>/.well-known/openid-configuration`. */
  @Column({ type: 'varchar', length: 500 })
  issuerUrl: string;

  @Column({ type: 'varchar', length: 255 })
  clientId: string;

  /** Key-vault envelope of the client secret; null for a public client (PKCE only). */
  @Column({ type: 'text', nullable: true })
  clientSecretEncrypted: string | null;

  @Column({ type: 'text', array: true, default: () => `'{openid,email,profile}'` })
  scopes: string[];

  /** Claim that identifies the person at the IdP (stored as an `sso_subject` identifier, scoped to the issuer). */
  @Column({ type: 'varchar', length: 100, default: 'sub' })
  subjectClaim: string;

  /** Claim holding the e-mail address used to recognise a person on first sign-in (with `email_verified: true`). */
  @Column({ type: 'varchar', length: 100, default: 'email' })
  emailClaim: string;

  /** First sign-in by e-mail is allowed only for these domains; empty allows any. */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  allowedEmailDomains: string[];

  @Column({ type: 'boolean', default: true })
  enabled: boolean;
}
