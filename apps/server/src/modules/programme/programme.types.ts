import { encodeGlobalId } from '@openclr/domain';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';
import type { Programme, Term } from './programme.entity';

@ObjectType('Programme', { implements: Node, description: 'A programme of study, e.g. a B.A. in French.' })
export class ProgrammeNode extends Node {
  @Field({ description: 'Programme code, unique in the institution.' })
  code: string;

  @Field({ description: 'Display name.' })
  name: string;

  static from(entity: Programme): ProgrammeNode {
    return Object.assign(new ProgrammeNode(), { id: encodeGlobalId('Programme', entity.id), code: entity.code, name: entity.name });
  }
}

@ObjectType('Term', { implements: Node, description: 'An academic term (semester).' })
export class TermNode extends Node {
  @Field({ description: 'Term code, e.g. 2025FA.' })
  code: string;

  @Field({ description: 'Display name, e.g. Fall 2025.' })
  name: string;

  @Field(() => LocalDateResolver, { description: 'First day (a calendar date, no time zone).' })
  startsOn: string;

  @Field(() => LocalDateResolver, { description: 'Last day (a calendar date, no time zone).' })
  endsOn: string;

  static from(entity: Term): TermNode {
    return Object.assign(new TermNode(), { id: encodeGlobalId('Term', entity.id), code: entity.code, name: entity.name, startsOn: entity.startsOn, endsOn: entity.endsOn });
  }
}
