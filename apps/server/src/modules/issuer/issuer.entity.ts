import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation, Unique } from 'typeorm';
import { fk, nonBlank, Timestamped } from '../common/common.entity';
import { Institution } from '../institution/institution.entity';

/** A college or office of an institution that issues credentials (OB 3.0 `Profile` as issuer). */
@Entity()
@Unique('uq_issuer_institution_slug', ['institutionId', 'slug'])
@Unique('uq_issuer_did', ['did'])
@Check('ck_issuer_name', nonBlank('name'))
@Check('ck_issuer_slug', `slug ~ '^[a-z0-9][a-z0-9-]{0,62}$'`)
@Check('ck_issuer_did', `did IS NULL OR did LIKE 'did:%'`)
@Check('ck_issuer_email', 'email IS NULL OR email = lower(email)')
export class Issuer extends Timestamped {
  @Index('ix_issuer_institution')
  @Column('uuid')
  institutionId: string;

  @ManyToOne(() => Institution, { onDelete: 'CASCADE' })
  @JoinColumn(fk('issuer', 'institution'))
  institution: Relation<Institution>;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 63 })
  slug: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'text', nullable: true })
  url: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @Column({ type: 'text', nullable: true })
  imageUrl: string | null;

  /** `did:web:…` of the issuer once keys are set up. */
  @Column({ type: 'text', nullable: true })
  did: string | null;
}
