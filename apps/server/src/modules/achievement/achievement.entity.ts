import {
  ACHIEVEMENT_STATUSES, EXPIRY_POLICY_KINDS, EXT_ACHIEVEMENT_TYPE_PATTERN, OB3_ACHIEVEMENT_TYPES,
  type AchievementStatus, type ExpiryPolicyKind,
} from '@openclr/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, type Relation, Unique } from 'typeorm';
import { fk, nonBlank, oneOf, Timestamped } from '../common/common.entity';
import { Institution } from '../institution/institution.entity';
import { Issuer } from '../issuer/issuer.entity';
import { Skill } from '../skill/skill.entity';

/**
 * An achievement (OB 3.0 `Achievement`, a badge class): what is recognised, how it is assessed (rubric, award rule)
 * and how long awards stay valid (expiry policy).
 */
@Entity()
@Unique('uq_achievement_issuer_name_version', ['issuerId', 'name', 'version'])
@Index('ix_achievement_institution_status', ['institutionId', 'status'])
@Index('ix_achievement_issuer', ['issuerId'])
@Check('ck_achievement_name', nonBlank('name'))
@Check('ck_achievement_description', nonBlank('description'))
@Check('ck_achievement_version', nonBlank('version'))
@Check(
  'ck_achievement_type',
  `${oneOf('achievement_type', OB3_ACHIEVEMENT_TYPES)} OR achievement_type ~ '${EXT_ACHIEVEMENT_TYPE_PATTERN}'`,
)
@Check('ck_achievement_status', oneOf('status', ACHIEVEMENT_STATUSES))
@Check('ck_achievement_award_min_level', 'award_min_level > 0')
@Check('ck_achievement_expiry_kind', oneOf('expiry_kind', EXPIRY_POLICY_KINDS))
@Check(
  'ck_achievement_expiry_policy',
  `(expiry_kind = 'none' AND expiry_months IS NULL AND expiry_date IS NULL)
   OR (expiry_kind = 'months_after_issue' AND expiry_months BETWEEN 1 AND 1200 AND expiry_date IS NULL)
   OR (expiry_kind = 'fixed_date' AND expiry_months IS NULL AND expiry_date IS NOT NULL)`,
)
@Check('ck_achievement_published_at', `status = 'draft' OR published_at IS NOT NULL`)
export class Achievement extends Timestamped {
  /** The issuer's institution, denormalised for one-query tenant checks. */
  @Column('uuid')
  institutionId: string;

  @ManyToOne(() => Institution, { onDelete: 'CASCADE' })
  @JoinColumn(fk('achievement', 'institution'))
  institution: Relation<Institution>;

  @Column('uuid')
  issuerId: string;

  @ManyToOne(() => Issuer, { onDelete: 'CASCADE' })
  @JoinColumn(fk('achievement', 'issuer'))
  issuer: Relation<Issuer>;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'text' })
  description: string;

  /** OB 3.0 `criteria.narrative` (Markdown). */
  @Column({ type: 'text', nullable: true })
  criteriaMarkdown: string | null;

  @Column({ type: 'text', nullable: true })
  imageUrl: string | null;

  /** OB 3.0 AchievementType value, or an `ext:` extension. */
  @Column({ type: 'varchar', length: 70, default: 'Badge' })
  achievementType: string;

  @Column({ type: 'varchar', length: 50, default: '1' })
  version: string;

  /** Award rule: every criterion rated at or above this level (1..N of the rubric). */
  @Column({ type: 'smallint', default: 3 })
  awardMinLevel: number;

  @Column({ type: 'varchar', length: 20, default: 'none' })
  expiryKind: ExpiryPolicyKind;

  @Column({ type: 'smallint', nullable: true })
  expiryMonths: number | null;

  @Column({ type: 'date', nullable: true })
  expiryDate: string | null;

  @Column({ type: 'varchar', length: 20, default: 'draft' })
  status: AchievementStatus;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @OneToMany(() => RubricCriterion, (criterion) => criterion.achievement)
  criteria: RubricCriterion[];

  @OneToMany(() => RubricLevel, (level) => level.achievement)
  levels: RubricLevel[];

  @OneToMany(() => AchievementAlignment, (alignment) => alignment.achievement)
  alignments: AchievementAlignment[];
}

/** An achievement aligned to a skill (OB 3.0 `Alignment`): assessments and awards of it count towards the skill. */
@Entity()
@Unique('uq_achievement_alignment', ['achievementId', 'skillId'])
@Index('ix_achievement_alignment_skill', ['skillId'])
export class AchievementAlignment extends Timestamped {
  @Column('uuid')
  achievementId: string;

  @ManyToOne(() => Achievement, (achievement) => achievement.alignments, { onDelete: 'CASCADE' })
  @JoinColumn(fk('achievement_alignment', 'achievement'))
  achievement: Relation<Achievement>;

  @Column('uuid')
  skillId: string;

  @ManyToOne(() => Skill, { onDelete: 'NO ACTION' })
  @JoinColumn(fk('achievement_alignment', 'skill'))
  skill: Relation<Skill>;
}

/** A rubric row (OB 3.0 `RubricCriterion` / `ResultDescription`). Positions are deferred-unique so rows can be reordered. */
@Entity()
@Unique('uq_rubric_criterion_position', ['achievementId', 'position'], { deferrable: 'INITIALLY DEFERRED' })
@Unique('uq_rubric_criterion_name', ['achievementId', 'name'])
@Check('ck_rubric_criterion_position', 'position > 0')
@Check('ck_rubric_criterion_name', nonBlank('name'))
export class RubricCriterion extends Timestamped {
  @Column('uuid')
  achievementId: string;

  @ManyToOne(() => Achievement, (achievement) => achievement.criteria, { onDelete: 'CASCADE' })
  @JoinColumn(fk('rubric_criterion', 'achievement'))
  achievement: Relation<Achievement>;

  @Column({ type: 'smallint' })
  position: number;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;
}

/** A rubric column: level `position` 1..N, 1 lowest (Benchmark … Capstone). Names may repeat ("Milestone"). */
@Entity()
@Unique('uq_rubric_level_position', ['achievementId', 'position'], { deferrable: 'INITIALLY DEFERRED' })
@Check('ck_rubric_level_position', 'position > 0')
@Check('ck_rubric_level_name', nonBlank('name'))
export class RubricLevel extends Timestamped {
  @Column('uuid')
  achievementId: string;

  @ManyToOne(() => Achievement, (achievement) => achievement.levels, { onDelete: 'CASCADE' })
  @JoinColumn(fk('rubric_level', 'achievement'))
  achievement: Relation<Achievement>;

  @Column({ type: 'smallint' })
  position: number;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;
}

/** The descriptor in one rubric cell (OB 3.0 `RubricCriterionLevel`). */
@Entity()
@Unique('uq_rubric_criterion_level', ['criterionId', 'levelId'])
@Index('ix_rubric_criterion_level_level', ['levelId'])
@Check('ck_rubric_criterion_level_description', nonBlank('description'))
export class RubricCriterionLevel extends Timestamped {
  @Column('uuid')
  criterionId: string;

  @ManyToOne(() => RubricCriterion, { onDelete: 'CASCADE' })
  @JoinColumn(fk('rubric_criterion_level', 'criterion'))
  criterion: Relation<RubricCriterion>;

  @Column('uuid')
  levelId: string;

  @ManyToOne(() => RubricLevel, { onDelete: 'CASCADE' })
  @JoinColumn(fk('rubric_criterion_level', 'level'))
  level: Relation<RubricLevel>;

  @Column({ type: 'text' })
  description: string;
}
