import { encodeGlobalId } from '@openclr/domain';
import { Field, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../graphql/connection';
import { Node } from '../../graphql/node';
import { PersonNode } from '../person/person.types';
import { SkillNode } from '../skill/skill.types';
import type { Cohort } from './cohort.entity';

@ObjectType('Cohort', { implements: Node, description: 'Learners of one programme who entered in the same term; advisors follow cohorts.' })
export class CohortNode extends Node {
  @Field({ description: 'Display name, e.g. B.A. French — Fall 2025 entry.' })
  name: string;

  rawId: string;
  programmeId: string;
  entryTermId: string;

  static from(entity: Cohort): CohortNode {
    return Object.assign(new CohortNode(), {
      id: encodeGlobalId('Cohort', entity.id),
      rawId: entity.id,
      name: entity.name,
      programmeId: entity.programmeId,
      entryTermId: entity.entryTermId,
    });
  }
}

export const CohortConnection = ConnectionType('Cohort', CohortNode, 'A page of cohorts.');

@ObjectType('CohortProgressCell', { description: "One learner's standing in one skill." })
export class CohortProgressCellNode {
  @Field(() => SkillNode, { description: 'The skill (same order as Cohort.skills).' })
  skill: SkillNode;

  @Field(() => Int, { description: 'Active awards aligned to the skill.' })
  earnedCount: number;

  @Field(() => Int, { description: 'Assessments of aligned achievements.' })
  assessmentCount: number;

  @Field(() => Int, { nullable: true, description: 'Best level reached on every criterion of one assessment.' })
  bestLevel: number | null;

  @Field(() => String, { nullable: true, description: 'Name of the best level.' })
  bestLevelName: string | null;
}

@ObjectType('CohortProgressRow', { description: 'One learner of a cohort with a cell per skill.' })
export class CohortProgressRowNode {
  @Field(() => PersonNode, { description: 'The learner.' })
  learner: PersonNode;

  @Field(() => [CohortProgressCellNode], { description: 'One cell per skill, in the order of Cohort.skills.' })
  cells: CohortProgressCellNode[];
}

export const CohortProgressConnection = ConnectionType('CohortProgress', CohortProgressRowNode, 'A page of learners × skills progress for a cohort.');
