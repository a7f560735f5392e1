import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation, Unique } from 'typeorm';
import { fk, nonBlank, Timestamped } from '../common/common.entity';
import { Person } from '../person/person.entity';
import { Programme, Term } from '../programme/programme.entity';

/** Learners of one programme who entered in one term. */
@Entity()
@Unique('uq_cohort_programme_name', ['programmeId', 'name'])
@Index('ix_cohort_entry_term', ['entryTermId'])
@Check('ck_cohort_name', nonBlank('name'))
export class Cohort extends Timestamped {
  @Column('uuid')
  programmeId: string;

  @ManyToOne(() => Programme, { onDelete: 'CASCADE' })
  @JoinColumn(fk('cohort', 'programme'))
  programme: Relation<Programme>;

  @Column('uuid')
  entryTermId: string;

  @ManyToOne(() => Term, { onDelete: 'NO ACTION' })
  @JoinColumn(fk('cohort', 'entry_term'))
  entryTerm: Relation<Term>;

  @Column({ type: 'varchar', length: 200 })
  name: string;
}

/** A learner's membership of a cohort; history is kept (left_at), at most one current membership per pair. */
@Entity()
@Index('uq_cohort_membership_current', ['cohortId', 'learnerId'], { unique: true, where: 'left_at IS NULL' })
@Index('ix_cohort_membership_learner', ['learnerId'])
@Check('ck_cohort_membership_dates', 'left_at IS NULL OR left_at > joined_at')
export class CohortMembership extends Timestamped {
  @Column('uuid')
  cohortId: string;

  @ManyToOne(() => Cohort, { onDelete: 'CASCADE' })
  @JoinColumn(fk('cohort_membership', 'cohort'))
  cohort: Relation<Cohort>;

  @Column('uuid')
  learnerId: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn(fk('cohort_membership', 'learner'))
  learner: Relation<Person>;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  joinedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  leftAt: Date | null;
}

/** An advisor follows a cohort: the only cohorts an advisor may see. */
@Entity()
@Unique('uq_advisor_assignment', ['cohortId', 'advisorId'])
@Index('ix_advisor_assignment_advisor', ['advisorId'])
export class AdvisorAssignment extends Timestamped {
  @Column('uuid')
  cohortId: string;

  @ManyToOne(() => Cohort, { onDelete: 'CASCADE' })
  @JoinColumn(fk('advisor_assignment', 'cohort'))
  cohort: Relation<Cohort>;

  @Column('uuid')
  advisorId: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn(fk('advisor_assignment', 'advisor'))
  advisor: Relation<Person>;
}
