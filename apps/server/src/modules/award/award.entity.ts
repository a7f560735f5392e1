import { AWARD_STATES, type AwardState } from '@openclr/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, type Relation, Unique } from 'typeorm';
import { Achievement, RubricCriterion } from '../achievement/achievement.entity';
import { Assessment } from '../assessment/assessment.entity';
import { fk, oneOf, Timestamped } from '../common/common.entity';
import { Evidence } from '../evidence/evidence.entity';
import { Institution } from '../institution/institution.entity';
import { Issuer } from '../issuer/issuer.entity';
import { Person } from '../person/person.entity';

/**
 * An achievement awarded to a learner (the OB 3.0 `AchievementCredential`'s source of truth; signed documents are
 * derived from it). A learner holds at most one live (active or suspended) award of an achievement.
 */
@Entity()
@Index('uq_award_live', ['learnerId', 'achievementId'], { unique: true, where: `state IN ('active', 'suspended')` })
@Unique('uq_award_status_list_index', ['issuerId', 'statusListIndex'])
@Index('ix_award_learner_issued_at', ['learnerId', 'issuedAt'])
@Index('ix_award_achievement', ['achievementId'])
@Index('ix_award_institution_issued_at', ['institutionId', 'issuedAt'])
@Index('ix_award_assessment', ['assessmentId'])
@Check('ck_award_state', oneOf('state', AWARD_STATES))
@Check('ck_award_validity', 'valid_until IS NULL OR valid_until > valid_from')
@Check('ck_award_state_reason', `state = 'active' OR (state_reason IS NOT NULL AND btrim(state_reason) <> '')`)
@Check('ck_award_state_changed_at', `state = 'active' OR state_changed_at IS NOT NULL`)
@Check('ck_award_status_list_index', 'status_list_index IS NULL OR status_list_index >= 0')
export class Award extends Timestamped {
  @Column('uuid')
  institutionId: string;

  @ManyToOne(() => Institution, { onDelete: 'CASCADE' })
  @JoinColumn(fk('award', 'institution'))
  institution: Relation<Institution>;

  @Column('uuid')
  achievementId: string;

  @ManyToOne(() => Achievement, { onDelete: 'NO ACTION' })
  @JoinColumn(fk('award', 'achievement'))
  achievement: Relation<Achievement>;

  @Column('uuid')
  learnerId: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn(fk('award', 'learner'))
  learner: Relation<Person>;

  @Column('uuid')
  issuerId: string;

  @ManyToOne(() => Issuer, { onDelete: 'NO ACTION' })
  @JoinColumn(fk('award', 'issuer'))
  issuer: Relation<Issuer>;

  /** The assessment that earned it; null for direct or bulk awards. */
  @Column({ type: 'uuid', nullable: true })
  assessmentId: string | null;

  @ManyToOne(() => Assessment, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn(fk('award', 'assessment'))
  assessment: Relation<Assessment> | null;

  @Column({ type: 'timestamptz' })
  issuedAt: Date;

  @Column({ type: 'timestamptz' })
  validFrom: Date;

  @Column({ type: 'timestamptz', nullable: true })
  validUntil: Date | null;

  @Column({ type: 'varchar', length: 20, default: 'active' })
  state: AwardState;

  @Column({ type: 'text', nullable: true })
  stateReason: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  stateChangedAt: Date | null;

  /** Position in the issuer's revocation/suspension status list; assigned when first signed. */
  @Column({ type: 'integer', nullable: true })
  statusListIndex: number | null;

  @OneToMany(() => AwardResult, (result) => result.award)
  results: AwardResult[];
}

/** The level achieved on one criterion (OB 3.0 `Result` with `achievedLevel`). */
@Entity()
@Unique('uq_award_result', ['awardId', 'criterionId'])
@Index('ix_award_result_criterion', ['criterionId'])
@Check('ck_award_result_level', 'level > 0')
export class AwardResult extends Timestamped {
  @Column('uuid')
  awardId: string;

  @ManyToOne(() => Award, (award) => award.results, { onDelete: 'CASCADE' })
  @JoinColumn(fk('award_result', 'award'))
  award: Relation<Award>;

  @Column('uuid')
  criterionId: string;

  @ManyToOne(() => RubricCriterion, { onDelete: 'NO ACTION' })
  @JoinColumn(fk('award_result', 'criterion'))
  criterion: Relation<RubricCriterion>;

  @Column({ type: 'smallint' })
  level: number;
}

/** Evidence cited by an award. */
@Entity()
@Unique('uq_award_evidence', ['awardId', 'evidenceId'])
@Index('ix_award_evidence_evidence', ['evidenceId'])
export class AwardEvidence extends Timestamped {
  @Column('uuid')
  awardId: string;

  @ManyToOne(() => Award, { onDelete: 'CASCADE' })
  @JoinColumn(fk('award_evidence', 'award'))
  award: Relation<Award>;

  @Column('uuid')
  evidenceId: string;

  @ManyToOne(() => Evidence, { onDelete: 'NO ACTION' })
  @JoinColumn(fk('award_evidence', 'evidence'))
  evidence: Relation<Evidence>;
}
