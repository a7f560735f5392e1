import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation, Unique } from 'typeorm';
import { Achievement } from '../achievement/achievement.entity';
import { fk, oneOf, Timestamped } from '../common/common.entity';

export const PATHWAY_RULES = ['all', 'any', 'n_of_m'] as const;
export type PathwayRule = (typeof PATHWAY_RULES)[number];

/** Achievements combined by all / any / n-of-m into a milestone achievement that is awarded automatically. */
@Entity()
@Unique('uq_pathway_milestone', ['milestoneAchievementId'])
@Check('ck_pathway_rule', oneOf('rule', PATHWAY_RULES))
@Check('ck_pathway_required_count', `(rule = 'n_of_m') = (required_count IS NOT NULL) AND (required_count IS NULL OR required_count >= 1)`)
export class Pathway extends Timestamped {
  @Column('uuid')
  milestoneAchievementId: string;

  @ManyToOne(() => Achievement, { onDelete: 'CASCADE' })
  @JoinColumn(fk('pathway', 'milestone_achievement'))
  milestoneAchievement: Relation<Achievement>;

  @Column({ type: 'varchar', length: 10 })
  rule: PathwayRule;

  @Column({ type: 'smallint', nullable: true })
  requiredCount: number | null;
}

/** An achievement that counts towards a pathway. */
@Entity()
@Unique('uq_pathway_member', ['pathwayId', 'achievementId'])
@Index('ix_pathway_member_achievement', ['achievementId'])
export class PathwayMember extends Timestamped {
  @Column('uuid')
  pathwayId: string;

  @ManyToOne(() => Pathway, { onDelete: 'CASCADE' })
  @JoinColumn(fk('pathway_member', 'pathway'))
  pathway: Relation<Pathway>;

  @Column('uuid')
  achievementId: string;

  @ManyToOne(() => Achievement, { onDelete: 'NO ACTION' })
  @JoinColumn(fk('pathway_member', 'achievement'))
  achievement: Relation<Achievement>;
}
