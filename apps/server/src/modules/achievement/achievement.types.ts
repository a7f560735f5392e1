import { encodeGlobalId } from '@openclr/domain';
import { MaxLength } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '../../graphql/connection';
import { UserError } from '../../graphql/errors';
import { Node } from '../../graphql/node';
import type { Achievement } from './achievement.entity';

export enum AchievementStatusValue {
  DRAFT = 'draft',
  PUBLISHED = 'published',
  ARCHIVED = 'archived',
}
registerEnumType(AchievementStatusValue, {
  name: 'AchievementStatus',
  description: 'Only published achievements can be awarded; archived ones keep their awards valid.',
});

@ObjectType('RubricLevel', { description: 'A performance level of a rubric (an OB 3.0 RubricCriterionLevel column), e.g. Milestone (3).' })
export class RubricLevelNode {
  @Field(() => Int, { description: 'Rank, 1 = lowest.' })
  position: number;

  @Field({ description: 'Name, e.g. Benchmark, Milestone, Capstone.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'General meaning of the level.' })
  description: string | null;
}

@ObjectType('RubricCell', { description: 'What performance at one level of one criterion looks like.' })
export class RubricCellNode {
  @Field(() => Int, { description: 'Level position.' })
  level: number;

  @Field({ description: 'Descriptor shown to assessors and learners.' })
  description: string;
}

@ObjectType('RubricCriterion', { implements: Node, description: 'One row of a rubric (an OB 3.0 ResultDescription).' })
export class RubricCriterionNode extends Node {
  @Field(() => Int, { description: 'Order in the rubric, from 1.' })
  position: number;

  @Field({ description: 'Name, e.g. Content Development.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'What the criterion looks at.' })
  description: string | null;

  @Field(() => [RubricCellNode], { description: 'Descriptors per level, in level order (levels without a descriptor are left out).' })
  cells: RubricCellNode[];
}

@ObjectType('Rubric', { description: 'Criteria × levels used to assess evidence for an achievement.' })
export class RubricNode {
  @Field(() => [RubricCriterionNode], { description: 'Criteria, in order.' })
  criteria: RubricCriterionNode[];

  @Field(() => [RubricLevelNode], { description: 'Levels, lowest first.' })
  levels: RubricLevelNode[];

  @Field(() => Int, { description: 'The award rule: every criterion must be rated at this level or higher ("proficient").' })
  requiredLevel: number;
}

@ObjectType('Achievement', { implements: Node, description: 'What can be earned (an Open Badges 3.0 Achievement, "badge class"), with its rubric and skill alignments.' })
export class AchievementNode extends Node {
  @Field({ description: 'Name.' })
  name: string;

  @Field({ description: 'Short description.' })
  description: string;

  @Field(() => String, { nullable: true, description: 'Criteria for earning it, in Markdown (OB 3.0 Criteria.narrative).' })
  criteriaMarkdown: string | null;

  @Field(() => String, { nullable: true, description: 'Image URL of the badge.' })
  imageUrl: string | null;

  @Field({ description: 'OB 3.0 achievementType, e.g. Competency or Badge, or an `ext:` extension value.' })
  achievementType: string;

  @Field({ description: 'Version label; changes to the rubric of a published achievement make a new version.' })
  version: string;

  @Field(() => AchievementStatusValue, { description: 'Draft, published or archived.' })
  status: AchievementStatusValue;

  rawId: string;
  issuerId: string;
  institutionId: string;
  awardMinLevel: number;

  static from(entity: Achievement): AchievementNode {
    return Object.assign(new AchievementNode(), {
      id: encodeGlobalId('Achievement', entity.id),
      rawId: entity.id,
      issuerId: entity.issuerId,
      institutionId: entity.institutionId,
      name: entity.name,
      description: entity.description,
      criteriaMarkdown: entity.criteriaMarkdown,
      imageUrl: entity.imageUrl,
      achievementType: entity.achievementType,
      version: entity.version,
      status: entity.status as AchievementStatusValue,
      awardMinLevel: entity.awardMinLevel,
    });
  }
}

export const AchievementConnection = ConnectionType('Achievement', AchievementNode, 'A page of achievements.');

@InputType({ description: 'A rubric level.' })
export class RubricLevelInput {
  @Field({ description: 'Name, e.g. Milestone.' })
  @MaxLength(200)
  name: string;

  @Field(() => String, { nullable: true, description: 'General meaning of the level.' })
  @MaxLength(2000)
  description?: string | null;
}

@InputType({ description: 'A rubric criterion with one descriptor per level.' })
export class RubricCriterionInput {
  @Field({ description: 'Name, e.g. Sources and Evidence.' })
  @MaxLength(200)
  name: string;

  @Field(() => String, { nullable: true, description: 'What the criterion looks at.' })
  @MaxLength(2000)
  description?: string | null;

  @Field(() => [String], { nullable: true, description: 'Descriptor for each level, lowest first (same length as `levels`, or omitted).' })
  levelDescriptions?: string[] | null;
}

@InputType({ description: 'A whole rubric: levels lowest first, then criteria.' })
export class RubricInput {
  @Field(() => [RubricLevelInput], { description: 'Levels, lowest first (2 to 10).' })
  levels: RubricLevelInput[];

  @Field(() => [RubricCriterionInput], { description: 'Criteria, in order (1 to 30).' })
  criteria: RubricCriterionInput[];

  @Field(() => Int, { defaultValue: 3, description: 'Level every criterion must reach for the award (default 3, "proficient").' })
  requiredLevel: number;
}

@InputType({ description: 'When awards of an achievement stop being valid. Give at most one of the two.' })
export class ExpiryInput {
  @Field(() => Int, { nullable: true, description: 'Valid for this many months after issue (1–1200).' })
  monthsAfterIssue?: number | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Valid until this date for everyone.' })
  fixedDate?: string | null;
}

@InputType({ description: 'A new achievement with its rubric and skill alignments.' })
export class CreateAchievementInput {
  @Field(() => ID, { description: 'The issuer that will award it.' })
  issuerId: string;

  @Field({ description: 'Name (required, at most 200 characters).' })
  @MaxLength(1000)
  name: string;

  @Field({ description: 'Short description (required).' })
  @MaxLength(10000)
  description: string;

  @Field(() => String, { nullable: true, description: 'Criteria for earning it, in Markdown.' })
  @MaxLength(50000)
  criteriaMarkdown?: string | null;

  @Field(() => String, { nullable: true, description: 'Image URL of the badge.' })
  @MaxLength(2000)
  imageUrl?: string | null;

  @Field({ defaultValue: 'Badge', description: 'OB 3.0 achievementType or an `ext:` value.' })
  @MaxLength(70)
  achievementType: string;

  @Field(() => [ID], { defaultValue: [], description: 'Skills it aligns to.' })
  skillIds: string[];

  @Field(() => RubricInput, { description: 'The rubric used to assess evidence.' })
  rubric: RubricInput;

  @Field(() => ExpiryInput, { nullable: true, description: 'Expiry policy; omit for awards that never expire.' })
  expiry?: ExpiryInput | null;

  @Field({ defaultValue: false, description: 'Publish at once so that it can be awarded.' })
  publish: boolean;
}

@InputType({ description: 'Changes to an achievement. Omitted fields stay as they are.' })
export class UpdateAchievementInput {
  @Field(() => ID, { description: 'The achievement.' })
  id: string;

  @Field(() => String, { nullable: true, description: 'New name.' })
  @MaxLength(1000)
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'New description.' })
  @MaxLength(10000)
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'New criteria (Markdown).' })
  @MaxLength(50000)
  criteriaMarkdown?: string | null;

  @Field(() => String, { nullable: true, description: 'New image URL.' })
  @MaxLength(2000)
  imageUrl?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Replaces the skill alignments.' })
  skillIds?: string[] | null;

  @Field(() => RubricInput, { nullable: true, description: 'Replaces the rubric; only while the achievement is a draft.' })
  rubric?: RubricInput | null;

  @Field(() => AchievementStatusValue, { nullable: true, description: 'Publish or archive.' })
  status?: AchievementStatusValue | null;
}

@ObjectType({ description: 'Result of createAchievement and updateAchievement.' })
export class AchievementPayload {
  @Field(() => AchievementNode, { nullable: true, description: 'The achievement; null when there are errors.' })
  achievement: AchievementNode | null;

  @Field(() => [UserError], { description: 'Problems with the input; nothing was written when non-empty.' })
  errors: UserError[];
}
