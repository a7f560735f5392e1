import { encodeGlobalId } from '@openclr/domain';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '../../graphql/connection';
import { Node } from '../../graphql/node';
import { TermNode } from '../programme/programme.types';
import type { Experience } from './experience.entity';

export enum ExperienceKindValue {
  COURSE_SECTION = 'course_section',
  CO_CURRICULAR = 'co_curricular',
}
registerEnumType(ExperienceKindValue, { name: 'ExperienceKind', description: 'What kind of learning experience this is.' });

@ObjectType('Experience', { implements: Node, description: 'A course section or co-curricular activity in a term, where learners build evidence.' })
export class ExperienceNode extends Node {
  @Field({ description: 'Code, e.g. FREN 2010-01.' })
  code: string;

  @Field({ description: 'Title.' })
  title: string;

  @Field(() => ExperienceKindValue, { description: 'Course section or co-curricular activity.' })
  kind: ExperienceKindValue;

  @Field(() => String, { nullable: true, description: 'What learners do in it.' })
  description: string | null;

  @Field(() => TermNode, { description: 'The term it runs in.' })
  term: TermNode;

  termId: string;

  static from(entity: Experience): ExperienceNode {
    return Object.assign(new ExperienceNode(), {
      id: encodeGlobalId('Experience', entity.id),
      code: entity.code,
      title: entity.title,
      kind: entity.kind as ExperienceKindValue,
      description: entity.description,
      termId: entity.termId,
    });
  }
}
export const ExperienceConnection = ConnectionType('Experience', ExperienceNode, 'A page of experiences.');
