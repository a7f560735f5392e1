import { encodeGlobalId } from '@openclr/domain';
import { ArrayMaxSize, MaxLength } from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../graphql/connection';
import { UserError } from '../../graphql/errors';
import { Node } from '../../graphql/node';
import type { IntegratorClient, PersonalAccessToken } from './integrator.entity';
import { IntegratorScope } from './integrator.scopes';

@ObjectType('PersonalAccessToken', { implements: Node, description: 'A token that acts as its person in the GraphQL API, limited to its scopes. The token itself is shown only once, when created.' })
export class PersonalAccessTokenNode extends Node {
  @Field({ description: 'What the person called it, e.g. "Portfolio sync".' })
  name: string;

  @Field({ description: 'The first characters of the token (not secret), to tell tokens apart.' })
  tokenPrefix: string;

  @Field(() => [IntegratorScope], { description: 'What the token may do.' })
  scopes: IntegratorScope[];

  @Field({ description: 'When it was created.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it stops working; null for never.' })
  expiresAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was last used; null if never.' })
  lastUsedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was revoked; null while live.' })
  revokedAt: Date | null;

  static from(entity: PersonalAccessToken): PersonalAccessTokenNode {
    return Object.assign(new PersonalAccessTokenNode(), {
      id: encodeGlobalId('PersonalAccessToken', entity.id),
      name: entity.name,
      tokenPrefix: entity.tokenPrefix,
      scopes: entity.scopes as IntegratorScope[],
      createdAt: entity.createdAt,
      expiresAt: entity.expiresAt,
      lastUsedAt: entity.lastUsedAt,
      revokedAt: entity.revokedAt,
    });
  }
}

@ObjectType('IntegratorClient', { implements: Node, description: "An OAuth 2.0 client-credentials client of the viewer's institution (an LMS, SIS, career-services system). The secret is shown only once, when created." })
export class IntegratorClientNode extends Node {
  @Field({ description: 'What the administrator called it.' })
  name: string;

  @Field({ description: 'The OAuth 2.0 client_id.' })
  clientId: string;

  @Field(() => [IntegratorScope], { description: 'What its access tokens may do, institution-wide.' })
  scopes: IntegratorScope[];

  @Field({ description: 'When it was registered.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it last obtained an access token; null if never.' })
  lastUsedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was revoked; null while live.' })
  revokedAt: Date | null;

  static from(entity: IntegratorClient): IntegratorClientNode {
    return Object.assign(new IntegratorClientNode(), {
      id: encodeGlobalId('IntegratorClient', entity.id),
      name: entity.name,
      clientId: entity.clientId,
      scopes: entity.scopes as IntegratorScope[],
      createdAt: entity.createdAt,
      lastUsedAt: entity.lastUsedAt,
      revokedAt: entity.revokedAt,
    });
  }
}

export const PersonalAccessTokenConnection = ConnectionType('PersonalAccessToken', PersonalAccessTokenNode, "The viewer's personal access tokens, newest first.");
export const IntegratorClientConnection = ConnectionType('IntegratorClient', IntegratorClientNode, "The institution's integrator clients, newest first.");

@InputType({ description: 'Create a personal access token.' })
export class CreatePersonalAccessTokenInput {
  @Field({ description: 'A name to recognise it by, e.g. "Portfolio sync" (at most 100 characters).' })
  @MaxLength(200)
  name: string;

  @Field(() => [IntegratorScope], { description: 'What the token may do; at least one.' })
  @ArrayMaxSize(10)
  scopes: IntegratorScope[];

  @Field(() => Date, { nullable: true, description: 'When it stops working (within a year); null for never.' })
  expiresAt?: Date | null;
}

@ObjectType({ description: 'Result of createPersonalAccessToken.' })
export class CreatePersonalAccessTokenPayload {
  @Field(() => PersonalAccessTokenNode, { nullable: true, description: 'The new token; null when there are errors.' })
  personalAccessToken: PersonalAccessTokenNode | null;

  @Field(() => String, { nullable: true, description: 'The token, for `Authorization: Bearer …`. Shown only this once; only its hash is kept.' })
  token: string | null;

  @Field(() => [UserError], { description: 'Why nothing was created (REQUIRED, TOO_LONG, INVALID_VALUE, OUT_OF_RANGE).' })
  errors: UserError[];
}

@InputType({ description: 'Revoke one of your personal access tokens.' })
export class RevokePersonalAccessTokenInput {
  @Field({ description: 'The token to revoke.' })
  @MaxLength(200)
  id: string;
}

@ObjectType({ description: 'Result of revokePersonalAccessToken.' })
export class RevokePersonalAccessTokenPayload {
  @Field(() => PersonalAccessTokenNode, { nullable: true, description: 'The revoked token; null when there are errors.' })
  personalAccessToken: PersonalAccessTokenNode | null;

  @Field(() => [UserError], { description: 'Why nothing was revoked (INVALID_ID, NOT_FOUND).' })
  errors: UserError[];
}

@InputType({ description: "Register an OAuth 2.0 client-credentials client for the viewer's institution." })
export class CreateIntegratorClientInput {
  @Field({ description: 'A name to recognise it by, e.g. "Canvas LMS" (at most 100 characters).' })
  @MaxLength(200)
  name: string;

  @Field(() => [IntegratorScope], { description: 'What its tokens may do; at least one.' })
  @ArrayMaxSize(10)
  scopes: IntegratorScope[];
}

@ObjectType({ description: 'Result of createIntegratorClient.' })
export class CreateIntegratorClientPayload {
  @Field(() => IntegratorClientNode, { nullable: true, description: 'The new client; null when there are errors.' })
  integratorClient: IntegratorClientNode | null;

  @Field(() => String, { nullable: true, description: 'The client secret. Shown only this once; only its hash is kept.' })
  clientSecret: string | null;

  @Field(() => [UserError], { description: 'Why nothing was created (REQUIRED, TOO_LONG, INVALID_VALUE, OUT_OF_RANGE).' })
  errors: UserError[];
}

@InputType({ description: 'Revoke an integrator client and every access token it holds.' })
export class RevokeIntegratorClientInput {
  @Field({ description: 'The client to revoke.' })
  @MaxLength(200)
  id: string;
}

@ObjectType({ description: 'Result of revokeIntegratorClient.' })
export class RevokeIntegratorClientPayload {
  @Field(() => IntegratorClientNode, { nullable: true, description: 'The revoked client; null when there are errors.' })
  integratorClient: IntegratorClientNode | null;

  @Field(() => [UserError], { description: 'Why nothing was revoked (INVALID_ID, NOT_FOUND).' })
  errors: UserError[];
}
