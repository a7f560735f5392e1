import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation, Unique } from 'typeorm';
import { fk, nonBlank, Timestamped } from '../common/common.entity';
import { Institution } from '../institution/institution.entity';

/** A programme of study (e.g. the French B.A.). */
@Entity()
@Unique('uq_programme_institution_code', ['institutionId', 'code'])
@Check('ck_programme_name', nonBlank('name'))
@Check('ck_programme_code', nonBlank('code'))
export class Programme extends Timestamped {
  @Index('ix_programme_institution')
  @Column('uuid')
  institutionId: string;

  @ManyToOne(() => Institution, { onDelete: 'CASCADE' })
  @JoinColumn(fk('programme', 'institution'))
  institution: Relation<Institution>;

  @Column({ type: 'varchar', length: 50 })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;
}

/** An academic term; its dates are calendar dates in the institution's time zone. */
@Entity()
@Unique('uq_term_institution_code', ['institutionId', 'code'])
@Check('ck_term_name', nonBlank('name'))
@Check('ck_term_code', nonBlank('code'))
@Check('ck_term_dates', 'ends_on >= starts_on')
@Index('ix_term_institution_starts_on', ['institutionId', 'startsOn'])
export class Term extends Timestamped {
  @Column('uuid')
  institutionId: string;

  @ManyToOne(() => Institution, { onDelete: 'CASCADE' })
  @JoinColumn(fk('term', 'institution'))
  institution: Relation<Institution>;

  @Column({ type: 'varchar', length: 50 })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'date' })
  startsOn: string;

  @Column({ type: 'date' })
  endsOn: string;
}
