import { encodeGlobalId } from '@openclr/domain';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';
import type { Institution } from './institution.entity';
import type { Issuer } from '../issuer/issuer.entity';

@ObjectType('Institution', { implements: Node, description: 'A university or college using OpenCLR.' })
export class InstitutionNode extends Node {
  @Field({ description: 'Display name.' })
  name: string;

  @Field({ description: 'Short unique name used in URLs.' })
  slug: string;

  @Field({ description: 'IANA time zone used to show dates when the viewer has none.' })
  timeZone: string;

  static from(entity: Institution): InstitutionNode {
    return Object.assign(new InstitutionNode(), { id: encodeGlobalId('Institution', entity.id), name: entity.name, slug: entity.slug, timeZone: entity.timeZone });
  }
}

@ObjectType('Issuer', { implements: Node, description: 'A college or office that issues credentials (an Open Badges issuer Profile).' })
export class IssuerNode extends Node {
  @Field({ description: 'Display name, shown on credentials.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'What the issuer is.' })
  description: string | null;

  @Field(() => String, { nullable: true, description: 'Home page.' })
  url: string | null;

  static from(entity: Issuer): IssuerNode {
    return Object.assign(new IssuerNode(), { id: encodeGlobalId('Issuer', entity.id), name: entity.name, description: entity.description, url: entity.url });
  }
}
