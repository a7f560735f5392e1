import { encodeGlobalId } from '@openclr/domain';
import { MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '../../graphql/connection';
import { UserError } from '../../graphql/errors';
import { Node } from '../../graphql/node';
import type { Award } from './award.entity';

export enum AwardStateValue {
  ACTIVE = 'active',
  SUSPENDED = 'suspended',
  REVOKED = 'revoked',
}
registerEnumType(AwardStateValue, { name: 'AwardState', description: 'Whether an award stands. Revoked is final; suspended can be reinstated.' });

@ObjectType('AwardResult', { description: 'The level reached on one rubric criterion (an OB 3.0 Result).' })
export class AwardResultNode {
  @Field({ description: 'Criterion name.' })
  criterion: string;

  @Field(() => Int, { description: 'Level position reached.' })
  level: number;

  @Field(() => String, { nullable: true, description: 'Level name reached.' })
  levelName: string | null;
}

@ObjectType('Award', { implements: Node, description: 'An achievement awarded to a learner (the Open Badges assertion / AchievementCredential).' })
export class AwardNode extends Node {
  @Field({ description: 'When it was issued.' })
  issuedAt: Date;

  @Field({ description: 'Valid from.' })
  validFrom: Date;

  @Field(() => Date, { nullable: true, description: 'Valid until; null for no expiry.' })
  validUntil: Date | null;

  @Field(() => AwardStateValue, { description: 'Active, suspended or revoked.' })
  state: AwardStateValue;

  @Field(() => String, { nullable: true, description: 'Why it was suspended or revoked.' })
  stateReason: string | null;

  rawId: string;
  achievementId: string;
  learnerId: string;
  issuerId: string;
  institutionId: string;

  static from(entity: Award): AwardNode {
    return Object.assign(new AwardNode(), {
      id: encodeGlobalId('Award', entity.id),
      rawId: entity.id,
      achievementId: entity.achievementId,
      learnerId: entity.learnerId,
      issuerId: entity.issuerId,
      institutionId: entity.institutionId,
      issuedAt: entity.issuedAt,
      validFrom: entity.validFrom,
      validUntil: entity.validUntil,
      state: entity.state as AwardStateValue,
      stateReason: entity.stateReason,
    });
  }
}

export const AwardConnection = ConnectionType('Award', AwardNode, 'A page of awards.');

@InputType({ description: 'Award an achievement to a learner directly (without an assessment), e.g. for prior learning.' })
export class AwardAchievementInput {
  @Field(() => ID, { description: 'A published achievement.' })
  achievementId: string;

  @Field(() => ID, { description: 'The learner (a Person ID).' })
  learnerId: string;

  @Field(() => [ID], { defaultValue: [], description: "Evidence of the learner's to link to the award." })
  evidenceIds: string[];

  @Field(() => String, { nullable: true, description: 'Why it is awarded (kept with the award).' })
  @MaxLength(2000)
  narrative?: string | null;
}

@ObjectType({ description: 'Result of awardAchievement.' })
export class AwardAchievementPayload {
  @Field(() => AwardNode, { nullable: true, description: 'The new award; null when there are errors.' })
  award: AwardNode | null;

  @Field(() => [UserError], { description: 'Problems with the input; nothing was written when non-empty.' })
  errors: UserError[];
}
