import { GraphQLJSONObject } from 'graphql-scalars';
import { MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { UserError } from '../../graphql/errors';
import { AwardNode } from '../award/award.types';

export enum CheckStatusValue {
  PASSED = 'passed',
  FAILED = 'failed',
  NOT_CHECKED = 'not-checked',
  WARNING = 'warning',
}
registerEnumType(CheckStatusValue, {
  name: 'CheckStatus',
  description: 'Outcome of one verification check. NOT_CHECKED means it could not be performed (e.g. an unreachable status list): never read it as passed.',
});

@ObjectType('VerificationCheck', { description: 'One check a verifier ran.' })
export class VerificationCheckNode {
  @Field({ description: 'Stable id: format, context, type, schema, subject, signature:<n>, issuer-key:<n>, jwt-claims, status, validity, recipient, nested:<n>, endorsement:<n>, issuer-record.' })
  id: string;

  @Field(() => CheckStatusValue, { description: 'Passed, failed, not checked, or a warning.' })
  status: CheckStatusValue;

  @Field({ description: 'What was found, for people.' })
  message: string;
}

@ObjectType('VerificationReport', { description: 'What verifying a credential found, check by check.' })
export class VerificationReportNode {
  @Field({ description: 'True when no check failed (checks not performed are listed, not hidden).' })
  valid: boolean;

  @Field({ description: 'The form it arrived in: json, jwt, png, svg, ob2-hosted, ob2-signed or unknown.' })
  format: string;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The credential that was verified, when it could be read.' })
  credential: Record<string, unknown> | null;

  @Field(() => [VerificationCheckNode], { description: 'Checks in the order they ran.' })
  checks: VerificationCheckNode[];

  @Field(() => [VerificationReportNode], { description: 'Reports of credentials nested in a CLR, and of endorsements.' })
  nested: VerificationReportNode[];
}

@InputType({ description: 'A credential to verify: JSON (OB 3.0, CLR 2.0, OB 2.0), a VC-JWT, SVG text, or a baked PNG in base64.' })
export class VerifyCredentialInput {
  @Field(() => String, { nullable: true, description: 'The credential as text: JSON, a compact JWS, or SVG.' })
  @MaxLength(5_000_000)
  document?: string | null;

  @Field(() => String, { nullable: true, description: 'A baked PNG, base64-encoded.' })
  @MaxLength(7_000_000)
  pngBase64?: string | null;

  @Field(() => String, { nullable: true, description: 'Also check that it was issued to this e-mail address.' })
  @MaxLength(320)
  recipientEmail?: string | null;
}

@ObjectType({ description: 'Result of verifyCredential.' })
export class VerifyCredentialPayload {
  @Field(() => VerificationReportNode, { nullable: true, description: 'The report; null when the input had errors.' })
  report: VerificationReportNode | null;

  @Field(() => [UserError], { description: 'Problems with the input (nothing to verify, bad base64).' })
  errors: UserError[];
}

@InputType({ description: 'Suspend, reinstate or revoke an award, with the reason shown to verifiers and kept for audit.' })
export class ChangeAwardStateInput {
  @Field(() => ID, { description: 'The award.' })
  awardId: string;

  @Field({ description: 'Why (required, at most 1000 characters).' })
  @MaxLength(5000)
  reason: string;
}

@ObjectType({ description: 'Result of suspendAward, reinstateAward and revokeAward.' })
export class ChangeAwardStatePayload {
  @Field(() => AwardNode, { nullable: true, description: 'The award in its new state; null when there are errors.' })
  award: AwardNode | null;

  @Field(() => [UserError], { description: 'Problems: unknown award, missing reason, or a change the state machine forbids (revoked is final).' })
  errors: UserError[];
}

@InputType({ description: 'Export your Comprehensive Learner Record.' })
export class ExportClrInput {
  @Field(() => [ID], { nullable: true, description: 'Awards to include; all of your awards (except revoked ones) when omitted. A selection makes the record `partial`.' })
  awardIds?: string[] | null;
}

@ObjectType({ description: 'Result of exportClr: a signed CLR 2.0 credential in JSON and VC-JWT form.' })
export class ExportClrPayload {
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The signed ClrCredential (Data Integrity eddsa-rdfc-2022).' })
  clr: Record<string, unknown> | null;

  @Field(() => String, { nullable: true, description: 'The same CLR as a VC-JWT (RS256).' })
  jwt: string | null;

  @Field(() => [UserError], { description: 'Problems with the selection (an award that is not yours).' })
  errors: UserError[];
}
