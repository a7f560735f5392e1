import { Check, Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, type Relation, Unique } from 'typeorm';
import { Achievement, RubricCriterion } from '../achievement/achievement.entity';
import { fk, Timestamped } from '../common/common.entity';
import { Evidence } from '../evidence/evidence.entity';
import { Person } from '../person/person.entity';

/** An assessor's rating of one learner's evidence against one achievement's rubric. */
@Entity()
@Index('ix_assessment_learner_assessed_at', ['learnerId', 'assessedAt'])
@Index('ix_assessment_evidence', ['evidenceId'])
@Index('ix_assessment_achievement', ['achievementId'])
@Index('ix_assessment_assessor_assessed_at', ['assessorId', 'assessedAt'])
export class Assessment extends Timestamped {
  @Column('uuid')
  evidenceId: string;

  @ManyToOne(() => Evidence, { onDelete: 'NO ACTION' })
  @JoinColumn(fk('assessment', 'evidence'))
  evidence: Relation<Evidence>;

  @Column('uuid')
  achievementId: string;

  @ManyToOne(() => Achievement, { onDelete: 'NO ACTION' })
  @JoinColumn(fk('assessment', 'achievement'))
  achievement: Relation<Achievement>;

  /** The evidence's owner, kept here for the learner dashboard and cohort queries. */
  @Column('uuid')
  learnerId: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn(fk('assessment', 'learner'))
  learner: Relation<Person>;

  /** Null once the assessor's account is deleted; the assessment stands. */
  @Column({ type: 'uuid', nullable: true })
  assessorId: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn(fk('assessment', 'assessor'))
  assessor: Relation<Person> | null;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @Column({ type: 'timestamptz' })
  assessedAt: Date;

  @OneToMany(() => AssessmentRating, (rating) => rating.assessment)
  ratings: AssessmentRating[];
}

/** The level (rubric level position, 1..N) given to one criterion. */
@Entity()
@Unique('uq_assessment_rating', ['assessmentId', 'criterionId'])
@Index('ix_assessment_rating_criterion', ['criterionId'])
@Check('ck_assessment_rating_level', 'level > 0')
export class AssessmentRating extends Timestamped {
  @Column('uuid')
  assessmentId: string;

  @ManyToOne(() => Assessment, (assessment) => assessment.ratings, { onDelete: 'CASCADE' })
  @JoinColumn(fk('assessment_rating', 'assessment'))
  assessment: Relation<Assessment>;

  @Column('uuid')
  criterionId: string;

  @ManyToOne(() => RubricCriterion, { onDelete: 'NO ACTION' })
  @JoinColumn(fk('assessment_rating', 'criterion'))
  criterion: Relation<RubricCriterion>;

  @Column({ type: 'smallint' })
  level: number;
}
