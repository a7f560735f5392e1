import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation, Unique } from 'typeorm';
import { fk, nonBlank, oneOf, Timestamped } from '../common/common.entity';
import { Institution } from '../institution/institution.entity';
import { Person } from '../person/person.entity';
import { Programme, Term } from '../programme/programme.entity';

export const EXPERIENCE_KINDS = ['course_section', 'co_curricular'] as const;
export type ExperienceKind = (typeof EXPERIENCE_KINDS)[number];

/** A course section or co-curricular activity in a term, where learners produce evidence. */
@Entity()
@Unique('uq_experience_term_code', ['termId', 'code'])
@Index('ix_experience_institution_term', ['institutionId', 'termId'])
@Index('ix_experience_programme', ['programmeId'])
@Check('ck_experience_kind', oneOf('kind', EXPERIENCE_KINDS))
@Check('ck_experience_title', nonBlank('title'))
@Check('ck_experience_code', nonBlank('code'))
export class Experience extends Timestamped {
  @Column('uuid')
  institutionId: string;

  @ManyToOne(() => Institution, { onDelete: 'CASCADE' })
  @JoinColumn(fk('experience', 'institution'))
  institution: Relation<Institution>;

  @Column('uuid')
  termId: string;

  @ManyToOne(() => Term, { onDelete: 'NO ACTION' })
  @JoinColumn(fk('experience', 'term'))
  term: Relation<Term>;

  @Column({ type: 'uuid', nullable: true })
  programmeId: string | null;

  @ManyToOne(() => Programme, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn(fk('experience', 'programme'))
  programme: Relation<Programme> | null;

  @Column({ type: 'varchar', length: 20 })
  kind: ExperienceKind;

  /** Course and section code, e.g. `FREN 301-002`, unique within the term. */
  @Column({ type: 'varchar', length: 50 })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;
}

/** A learner enrolled in an experience. */
@Entity()
@Unique('uq_enrolment', ['experienceId', 'learnerId'])
@Index('ix_enrolment_learner', ['learnerId'])
export class Enrolment extends Timestamped {
  @Column('uuid')
  experienceId: string;

  @ManyToOne(() => Experience, { onDelete: 'CASCADE' })
  @JoinColumn(fk('enrolment', 'experience'))
  experience: Relation<Experience>;

  @Column('uuid')
  learnerId: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn(fk('enrolment', 'learner'))
  learner: Relation<Person>;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  enrolledAt: Date;
}

/** Faculty who assess the evidence of an experience (the assessor's queue). */
@Entity()
@Unique('uq_experience_assessor', ['experienceId', 'assessorId'])
@Index('ix_experience_assessor_assessor', ['assessorId'])
export class ExperienceAssessor extends Timestamped {
  @Column('uuid')
  experienceId: string;

  @ManyToOne(() => Experience, { onDelete: 'CASCADE' })
  @JoinColumn(fk('experience_assessor', 'experience'))
  experience: Relation<Experience>;

  @Column('uuid')
  assessorId: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn(fk('experience_assessor', 'assessor'))
  assessor: Relation<Person>;
}
