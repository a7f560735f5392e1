import { encodeGlobalId } from '@openclr/domain';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../graphql/connection';
import { Node } from '../../graphql/node';
import { SkillNode } from '../skill/skill.types';
import type { Person } from './person.entity';

@ObjectType('Person', { implements: Node, description: 'A learner or member of staff. Fields about a learner record are visible to the learner, their advisors and assessors, and administrators.' })
export class PersonNode extends Node {
  @Field({ description: 'Name to show.' })
  displayName: string;

  rawId: string;
  institutionId: string;

  static from(entity: Person): PersonNode {
    return Object.assign(new PersonNode(), { id: encodeGlobalId('Person', entity.id), rawId: entity.id, institutionId: entity.institutionId, displayName: entity.displayName });
  }
}

export const PersonConnection = ConnectionType('Person', PersonNode, 'A page of people.');

@ObjectType('SkillProgressPoint', { description: 'One assessment on the way to a skill, in time order.' })
export class SkillProgressPointNode {
  @Field({ description: 'When it was assessed.' })
  at: Date;

  @Field(() => Int, { description: 'Level reached on every criterion in this assessment.' })
  level: number;

  @Field(() => Int, { description: 'Best level so far.' })
  bestLevel: number;

  @Field(() => Float, { description: 'Progress so far, 0 to 1.' })
  progress: number;
}

@ObjectType('SkillProgress', { description: "A learner's standing in one skill, derived from awards and assessments of aligned achievements." })
export class SkillProgressNode {
  @Field(() => SkillNode, { description: 'The skill.' })
  skill: SkillNode;

  @Field(() => Int, { description: 'Active awards of achievements aligned to the skill.' })
  earnedCount: number;

  @Field(() => Int, { description: 'Assessments of evidence for aligned achievements.' })
  assessmentCount: number;

  @Field(() => Int, { nullable: true, description: 'Highest level reached on every criterion of one assessment; null before the first assessment.' })
  bestLevel: number | null;

  @Field(() => String, { nullable: true, description: 'Name of the best level, e.g. Milestone.' })
  bestLevelName: string | null;

  @Field(() => Int, { description: 'Number of levels of the rubric scale (the top level).' })
  maxLevel: number;

  @Field(() => Float, { description: 'Progress from 0 to 1; 1 once the skill is earned.' })
  progress: number;

  @Field(() => Date, { nullable: true, description: 'When evidence for the skill was last assessed.' })
  lastAssessedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the skill was first earned (an aligned award still active).' })
  firstEarnedAt: Date | null;

  @Field(() => [SkillProgressPointNode], { description: 'Assessments over time, oldest first.' })
  history: SkillProgressPointNode[];
}

export const SkillProgressConnection = ConnectionType('SkillProgress', SkillProgressNode, "A page of a learner's skills.");
