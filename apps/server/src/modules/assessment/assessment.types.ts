import { encodeGlobalId } from '@openclr/domain';
import { MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../graphql/errors';
import { Node } from '../../graphql/node';
import { AwardNode } from '../award/award.types';
import type { Assessment } from './assessment.entity';

@ObjectType('AssessmentRating', { description: 'The level given on one criterion.' })
export class AssessmentRatingNode {
  @Field(() => ID, { description: 'The rubric criterion.' })
  criterionId: string;

  @Field(() => Int, { description: 'Level position given.' })
  level: number;
}

@ObjectType('Assessment', { implements: Node, description: "An assessor's rating of a learner's evidence against an achievement's rubric." })
export class AssessmentNode extends Node {
  @Field({ description: 'When it was assessed.' })
  assessedAt: Date;

  @Field(() => String, { nullable: true, description: 'Feedback for the learner.' })
  comment: string | null;

  @Field(() => [AssessmentRatingNode], { description: 'One rating per criterion.' })
  ratings: AssessmentRatingNode[];

  rawId: string;

  static from(entity: Assessment, ratings: { criterionId: string; level: number }[]): AssessmentNode {
    return Object.assign(new AssessmentNode(), {
      id: encodeGlobalId('Assessment', entity.id),
      rawId: entity.id,
      assessedAt: entity.assessedAt,
      comment: entity.comment,
      ratings: ratings.map((r) => ({ criterionId: encodeGlobalId('RubricCriterion', r.criterionId), level: r.level })),
    });
  }
}

@InputType({ description: 'The level given on one criterion.' })
export class RatingInput {
  @Field(() => ID, { description: 'A criterion of the achievement’s rubric.' })
  criterionId: string;

  @Field(() => Int, { description: 'Level position, 1 to the number of levels.' })
  level: number;
}

@InputType({ description: "Rate a learner's evidence against an achievement's rubric. When every criterion reaches the required level, the achievement is awarded." })
export class RecordAssessmentInput {
  @Field(() => ID, { description: 'The evidence assessed.' })
  evidenceId: string;

  @Field(() => ID, { description: 'A published achievement whose rubric is used.' })
  achievementId: string;

  @Field(() => [RatingInput], { description: 'One rating per criterion of the rubric.' })
  ratings: RatingInput[];

  @Field(() => String, { nullable: true, description: 'Feedback for the learner.' })
  @MaxLength(20000)
  comment?: string | null;
}

@ObjectType({ description: 'Result of recordAssessment.' })
export class RecordAssessmentPayload {
  @Field(() => AssessmentNode, { nullable: true, description: 'The assessment; null when there are errors.' })
  assessment: AssessmentNode | null;

  @Field(() => AwardNode, { nullable: true, description: 'The award the assessment earned, if the award rule is met and the learner did not hold it yet.' })
  award: AwardNode | null;

  @Field(() => [UserError], { description: 'Problems with the input; nothing was written when non-empty.' })
  errors: UserError[];
}
