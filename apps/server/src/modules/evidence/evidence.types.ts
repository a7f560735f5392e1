import { encodeGlobalId } from '@openclr/domain';
import { MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '../../graphql/connection';
import { UserError } from '../../graphql/errors';
import { Node } from '../../graphql/node';
import type { Evidence } from './evidence.entity';

export enum EvidenceKindValue {
  FILE = 'file',
  URL = 'url',
  NARRATIVE = 'narrative',
}
registerEnumType(EvidenceKindValue, { name: 'EvidenceKind', description: 'What the evidence is: an uploaded file, a link, or a written narrative.' });

@ObjectType('Evidence', { implements: Node, description: 'Something a learner made or did, tied to an experience, that assessors rate against rubrics.' })
export class EvidenceNode extends Node {
  @Field(() => String, { nullable: true, description: 'Title.' })
  title: string | null;

  @Field(() => EvidenceKindValue, { description: 'File, link or narrative.' })
  kind: EvidenceKindValue;

  @Field(() => String, { nullable: true, description: 'Reflection or description written by the learner.' })
  narrative: string | null;

  @Field(() => String, { nullable: true, description: 'Link to the work (URL evidence).' })
  url: string | null;

  @Field(() => String, { nullable: true, description: 'File name (file evidence).' })
  fileName: string | null;

  @Field(() => String, { nullable: true, description: 'SHA-256 of the file, hex (file evidence).' })
  fileSha256: string | null;

  @Field({ description: 'When the learner submitted it.' })
  submittedAt: Date;

  rawId: string;
  learnerId: string;
  experienceId: string;

  static from(entity: Evidence): EvidenceNode {
    return Object.assign(new EvidenceNode(), {
      id: encodeGlobalId('Evidence', entity.id),
      rawId: entity.id,
      learnerId: entity.learnerId,
      experienceId: entity.experienceId,
      title: entity.title,
      kind: entity.kind as EvidenceKindValue,
      narrative: entity.narrative,
      url: entity.url,
      fileName: entity.fileName,
      fileSha256: entity.fileSha256,
      submittedAt: entity.submittedAt,
    });
  }
}

export const EvidenceConnection = ConnectionType('Evidence', EvidenceNode, 'A page of evidence.');

@InputType({ description: 'New evidence from the signed-in learner: a link or a narrative (files are uploaded separately).' })
export class AddEvidenceInput {
  @Field(() => ID, { description: 'The experience (course section or activity) it belongs to; the learner must be enrolled.' })
  experienceId: string;

  @Field(() => String, { nullable: true, description: 'Title.' })
  @MaxLength(1000)
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Link to the work (http or https).' })
  @MaxLength(4000)
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'Reflection or description; required when there is no link.' })
  @MaxLength(50000)
  narrative?: string | null;
}

@ObjectType({ description: 'Result of addEvidence.' })
export class AddEvidencePayload {
  @Field(() => EvidenceNode, { nullable: true, description: 'The new evidence; null when there are errors.' })
  evidence: EvidenceNode | null;

  @Field(() => [UserError], { description: 'Problems with the input; nothing was written when non-empty.' })
  errors: UserError[];
}
