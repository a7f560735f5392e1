import { encodeGlobalId } from '@openclr/domain';
import { MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../graphql/connection';
import { UserError } from '../../graphql/errors';
import { Node } from '../../graphql/node';
import type { Skill, SkillFramework } from './skill.entity';

@ObjectType('SkillFramework', { implements: Node, description: 'A set of skills (own, or imported from CASE/ESCO/RSD) that achievements align to.' })
export class SkillFrameworkNode extends Node {
  @Field({ description: 'Display name.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'What the framework covers.' })
  description: string | null;

  @Field(() => String, { nullable: true, description: 'URI of the framework at its source (CASE, ESCO, RSD).' })
  externalUri: string | null;

  @Field(() => String, { nullable: true, description: 'Version label at the source.' })
  version: string | null;

  rawId: string;

  static from(entity: SkillFramework): SkillFrameworkNode {
    return Object.assign(new SkillFrameworkNode(), {
      id: encodeGlobalId('SkillFramework', entity.id),
      rawId: entity.id,
      name: entity.name,
      description: entity.description,
      externalUri: entity.externalUri,
      version: entity.version,
    });
  }
}

@ObjectType('Skill', { implements: Node, description: 'A marketable skill, e.g. Written Communication; achievements align to skills.' })
export class SkillNode extends Node {
  @Field({ description: 'Display name.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Short code, unique in its framework.' })
  code: string | null;

  @Field(() => String, { nullable: true, description: 'What the skill means.' })
  description: string | null;

  @Field(() => String, { nullable: true, description: 'URI of the skill at its source (used as the Open Badges alignment targetUrl).' })
  externalUri: string | null;

  rawId: string;
  frameworkId: string;
  parentId: string | null;

  static from(entity: Skill): SkillNode {
    return Object.assign(new SkillNode(), {
      id: encodeGlobalId('Skill', entity.id),
      rawId: entity.id,
      name: entity.name,
      code: entity.code,
      description: entity.description,
      externalUri: entity.externalUri,
      frameworkId: entity.frameworkId,
      parentId: entity.parentId,
    });
  }
}

export const SkillFrameworkConnection = ConnectionType('SkillFramework', SkillFrameworkNode, 'A page of skill frameworks.');
export const SkillConnection = ConnectionType('Skill', SkillNode, 'A page of skills.');

@InputType({ description: 'A new skill framework.' })
export class CreateSkillFrameworkInput {
  @Field({ description: 'Display name; unique in the institution.' })
  @MaxLength(200)
  name: string;

  @Field(() => String, { nullable: true, description: 'What the framework covers.' })
  @MaxLength(5000)
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'URI at the source, for imported frameworks.' })
  @MaxLength(2000)
  externalUri?: string | null;

  @Field(() => String, { nullable: true, description: 'Version label.' })
  @MaxLength(50)
  version?: string | null;
}

@ObjectType({ description: 'Result of createSkillFramework.' })
export class CreateSkillFrameworkPayload {
  @Field(() => SkillFrameworkNode, { nullable: true, description: 'The new framework; null when there are errors.' })
  skillFramework: SkillFrameworkNode | null;

  @Field(() => [UserError], { description: 'Problems with the input; nothing was written when non-empty.' })
  errors: UserError[];
}

@InputType({ description: 'A new skill in a framework.' })
export class CreateSkillInput {
  @Field(() => ID, { description: 'The framework to add it to.' })
  frameworkId: string;

  @Field(() => ID, { nullable: true, description: 'Parent skill, for a skill tree.' })
  parentId?: string | null;

  @Field({ description: 'Display name.' })
  @MaxLength(200)
  name: string;

  @Field(() => String, { nullable: true, description: 'Short code, unique in the framework.' })
  @MaxLength(100)
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'What the skill means.' })
  @MaxLength(5000)
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'URI at the source (CASE, ESCO, RSD).' })
  @MaxLength(2000)
  externalUri?: string | null;

  @Field(() => Int, { nullable: true, description: 'Sort position among siblings.' })
  position?: number | null;
}

@ObjectType({ description: 'Result of createSkill.' })
export class CreateSkillPayload {
  @Field(() => SkillNode, { nullable: true, description: 'The new skill; null when there are errors.' })
  skill: SkillNode | null;

  @Field(() => [UserError], { description: 'Problems with the input; nothing was written when non-empty.' })
  errors: UserError[];
}
