import { IDENTIFIER_KINDS, type IdentifierKind } from '@openclr/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, type Relation, Unique } from 'typeorm';
import { fk, nonBlank, oneOf, Timestamped } from '../common/common.entity';
import { Institution } from '../institution/institution.entity';
import { Issuer } from '../issuer/issuer.entity';

export const STAFF_ROLE_KINDS = ['assessor', 'advisor', 'issuer_admin', 'institution_admin'] as const;
export type StaffRoleKind = (typeof STAFF_ROLE_KINDS)[number];

/** A learner or member of staff of one institution. Roles come from staff roles, memberships and enrolments. */
@Entity()
@Check('ck_person_display_name', nonBlank('display_name'))
export class Person extends Timestamped {
  @Index('ix_person_institution')
  @Column('uuid')
  institutionId: string;

  @ManyToOne(() => Institution, { onDelete: 'CASCADE' })
  @JoinColumn(fk('person', 'institution'))
  institution: Relation<Institution>;

  @Column({ type: 'varchar', length: 200 })
  displayName: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  givenName: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  familyName: string | null;

  /** argon2id PHC string; null for SSO-only people. */
  @Column({ type: 'text', nullable: true })
  passwordHash: string | null;

  @OneToMany(() => PersonIdentifier, (identifier) => identifier.person)
  identifiers: PersonIdentifier[];
}

/**
 * One way to recognise a person: e-mail (stored case-folded), student number (upper-case, no separators) or SSO
 * subject (as issued). Unique per institution, kind and value, so that one address never names two people.
 */
@Entity()
@Unique('uq_person_identifier_value', ['institutionId', 'kind', 'value'])
@Index('ix_person_identifier_person', ['personId'])
@Index('uq_person_identifier_primary', ['personId', 'kind'], { unique: true, where: 'is_primary' })
@Check('ck_person_identifier_kind', oneOf('kind', IDENTIFIER_KINDS))
@Check('ck_person_identifier_value', nonBlank('value'))
@Check('ck_person_identifier_email_folded', `kind <> 'email' OR (value = lower(value) AND value LIKE '_%@_%')`)
@Check('ck_person_identifier_student_id', `kind <> 'student_id' OR value = upper(value)`)
export class PersonIdentifier extends Timestamped {
  /** Same as the person's; kept here so that uniqueness is per institution. */
  @Column('uuid')
  institutionId: string;

  @ManyToOne(() => Institution, { onDelete: 'CASCADE' })
  @JoinColumn(fk('person_identifier', 'institution'))
  institution: Relation<Institution>;

  @Column('uuid')
  personId: string;

  @ManyToOne(() => Person, (person) => person.identifiers, { onDelete: 'CASCADE' })
  @JoinColumn(fk('person_identifier', 'person'))
  person: Relation<Person>;

  @Column({ type: 'varchar', length: 20 })
  kind: IdentifierKind;

  @Column({ type: 'varchar', length: 255 })
  value: string;

  @Column({ type: 'timestamptz', nullable: true })
  verifiedAt: Date | null;

  /** The one identifier of its kind used for sign-in and credentials. */
  @Column({ type: 'boolean', default: false })
  isPrimary: boolean;
}

/**
 * A staff role. `issuer_admin` is scoped to one issuer (and needs it); the other roles are institution-wide, their
 * scope coming from assignments (advisor → cohorts, assessor → experiences).
 */
@Entity()
@Index('ix_staff_role_person', ['personId'])
@Index('uq_staff_role_institution_wide', ['personId', 'role'], { unique: true, where: 'issuer_id IS NULL' })
@Index('uq_staff_role_issuer', ['personId', 'role', 'issuerId'], { unique: true, where: 'issuer_id IS NOT NULL' })
@Check('ck_staff_role_role', oneOf('role', STAFF_ROLE_KINDS))
@Check('ck_staff_role_issuer', `(role = 'issuer_admin') = (issuer_id IS NOT NULL)`)
export class StaffRole extends Timestamped {
  @Column('uuid')
  personId: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn(fk('staff_role', 'person'))
  person: Relation<Person>;

  @Column({ type: 'varchar', length: 30 })
  role: StaffRoleKind;

  @Column({ type: 'uuid', nullable: true })
  issuerId: string | null;

  @ManyToOne(() => Issuer, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn(fk('staff_role', 'issuer'))
  issuer: Relation<Issuer> | null;
}
