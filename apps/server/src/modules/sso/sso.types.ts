import { encodeGlobalId } from '@openclr/domain';
import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';
import { UserError } from '../../graphql/errors';
import { Node } from '../../graphql/node';
import type { SsoConnection } from './sso-connection.entity';

@ObjectType('SsoOption', { description: 'A single sign-on button for the sign-in page.' })
export class SsoOptionNode {
  @Field({ description: 'Name of the identity provider, as in "Sign in with <name>".' })
  name: string;

  @Field({ description: 'Where the browser goes to start signing in (a same-origin path).' })
  startUrl: string;
}

@ObjectType('SsoConnection', { implements: Node, description: "An OpenID Connect identity provider of the viewer's institution. The client secret is never returned." })
export class SsoConnectionNode extends Node {
  @Field({ description: 'Shown on the sign-in button.' })
  name: string;

  @Field({ description: 'Issuer identifier of the identity provider.' })
  issuerUrl: string;

  @Field({ description: 'Client ID registered at the identity provider.' })
  clientId: string;

  @Field({ description: 'Whether a client secret is stored (encrypted); false for a public client using PKCE only.' })
  hasClientSecret: boolean;

  @Field(() => [String], { description: 'Scopes asked for; always includes openid.' })
  scopes: string[];

  @Field({ description: 'Claim that identifies the person at the identity provider.' })
  subjectClaim: string;

  @Field({ description: 'Claim holding the e-mail address matched on first sign-in.' })
  emailClaim: string;

  @Field(() => [String], { description: 'E-mail domains allowed on first sign-in; empty allows any.' })
  allowedEmailDomains: string[];

  @Field({ description: 'Whether the sign-in page offers this connection.' })
  enabled: boolean;

  @Field({ description: 'Where sign-in starts (a path on this server).' })
  startUrl: string;

  @Field({ description: 'The redirect URI to register at the identity provider.' })
  redirectUri: string;

  static from(entity: SsoConnection, institutionSlug: string, origin: string): SsoConnectionNode {
    return Object.assign(new SsoConnectionNode(), {
      id: encodeGlobalId('SsoConnection', entity.id),
      name: entity.name,
      issuerUrl: entity.issuerUrl,
      clientId: entity.clientId,
      hasClientSecret: entity.clientSecretEncrypted != null,
      scopes: entity.scopes,
      subjectClaim: entity.subjectClaim,
      emailClaim: entity.emailClaim,
      allowedEmailDomains: entity.allowedEmailDomains,
      enabled: entity.enabled,
      startUrl: ssoStartPath(institutionSlug, entity.id),
      redirectUri: `${origin}${SSO_CALLBACK_PATH}`,
    });
  }
}

export const SSO_CALLBACK_PATH = '/auth/sso/callback';
export const ssoStartPath = (institutionSlug: string, connectionId: string): string => `/auth/sso/${encodeURIComponent(institutionSlug)}/start?connection=${connectionId}`;

@InputType({ description: "Create or update (by issuer URL) an OpenID Connect connection of the viewer's institution." })
export class ConfigureSsoConnectionInput {
  @Field({ description: 'Shown on the sign-in button, e.g. "Northbridge SSO".' })
  @MaxLength(100)
  name: string;

  @Field({ description: 'Issuer identifier (https; http only for localhost in development). Discovery must answer.' })
  @MaxLength(500)
  issuerUrl: string;

  @Field({ description: 'Client ID registered at the identity provider.' })
  @MaxLength(255)
  clientId: string;

  @Field(() => String, { nullable: true, description: 'Client secret; stored encrypted. Omit to keep the stored one; an empty string makes a public (PKCE-only) client.' })
  @IsOptional()
  @MaxLength(2000)
  clientSecret?: string | null;

  @Field(() => [String], { nullable: true, description: 'Scopes to ask for (default openid, email, profile); openid is always added.' })
  @IsOptional()
  @ArrayMaxSize(20)
  scopes?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Claim identifying the person (default "sub").' })
  @IsOptional()
  @MaxLength(100)
  subjectClaim?: string | null;

  @Field(() => String, { nullable: true, description: 'Claim holding the e-mail address (default "email"); it must come with email_verified: true.' })
  @IsOptional()
  @MaxLength(100)
  emailClaim?: string | null;

  @Field(() => [String], { nullable: true, description: 'E-mail domains allowed on first sign-in (default: any).' })
  @IsOptional()
  @ArrayMaxSize(50)
  allowedEmailDomains?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Offer it on the sign-in page (default true).' })
  @IsOptional()
  enabled?: boolean | null;
}

@ObjectType({ description: 'Result of configureSsoConnection.' })
export class ConfigureSsoConnectionPayload {
  @Field(() => SsoConnectionNode, { nullable: true, description: 'The connection as stored; null when there are errors.' })
  ssoConnection: SsoConnectionNode | null;

  @Field(() => [UserError], { description: 'What is wrong with the input (INVALID_URL, ISSUER_UNREACHABLE, REQUIRED, INVALID_VALUE).' })
  errors: UserError[];
}
