import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { AwardAction } from '@openclr/domain';
import type { Context } from '../../context';
import { Public } from '../../graphql/auth-checker';
import { InputError, InputErrorCode, NotFoundError } from '../../graphql/errors';
import { InputIds } from '../../graphql/input-ids';
import { Role } from '../auth/roles';
import { AwardStateService } from '../award/award-state.service';
import { AwardNode } from '../award/award.types';
import { CredentialService } from './credential.service';
import {
  ChangeAwardStateInput,
  ChangeAwardStatePayload,
  ExportClrInput,
  ExportClrPayload,
  VerificationReportNode,
  VerifyCredentialInput,
  VerifyCredentialPayload,
} from './credential.types';
import { PublicUrls } from './public-urls';
import { VerificationService } from './verification.service';

const toReportNode = (report: Awaited<ReturnType<VerificationService['verify']>>): VerificationReportNode => ({
  valid: report.valid,
  format: report.format,
  credential: report.credential ?? null,
  checks: report.checks as VerificationReportNode['checks'],
  nested: report.nested.map(toReportNode),
});

@Resolver(() => AwardNode)
export class CredentialResolver {
  constructor(
    private readonly credentials: CredentialService,
    private readonly states: AwardStateService,
    private readonly verification: VerificationService,
    private readonly urls: PublicUrls,
  ) {}

  @FieldResolver(() => String, { description: 'Public URL of the credential: an HTML page for browsers, JSON-LD / JWT / baked PNG or SVG by content negotiation or suffix.' })
  credentialUrl(@Root() award: AwardNode): string {
    return this.urls.credential(award.rawId);
  }

  @FieldResolver(() => GraphQLJSONObject, { description: 'The signed Open Badges 3.0 credential (JSON-LD with its Data Integrity proof).' })
  async credential(@Root() award: AwardNode, @Ctx() ctx: Context): Promise<Record<string, unknown>> {
    return (await this.credentials.find(ctx.em, award.rawId))!.document;
  }

  @FieldResolver(() => String, { description: 'The signed credential as a VC-JWT (RS256).' })
  async credentialJwt(@Root() award: AwardNode, @Ctx() ctx: Context): Promise<string> {
    return (await this.credentials.find(ctx.em, award.rawId))!.jwt;
  }

  @Mutation(() => VerifyCredentialPayload, { description: 'Verify any credential (ours or another issuer’s) and report every check. Open to anyone.' })
  @Public()
  async verifyCredential(@Ctx() ctx: Context, @Arg('input', () => VerifyCredentialInput) input: VerifyCredentialInput): Promise<VerifyCredentialPayload> {
    if (!input.document === !input.pngBase64) {
      return { report: null, errors: [new InputError(InputErrorCode.REQUIRED, 'Give exactly one of document or pngBase64.', ['input', 'document'])] };
    }
    let payload: string | Uint8Array = input.document ?? '';
    if (input.pngBase64) {
      if (!/^[A-Za-z0-9+/=\s]+$/.test(input.pngBase64)) return { report: null, errors: [new InputError(InputErrorCode.INVALID_VALUE, 'Not base64.', ['input', 'pngBase64'])] };
      payload = new Uint8Array(Buffer.from(input.pngBase64, 'base64'));
    }
    const report = await this.verification.verify(ctx.em, payload, { recipientEmail: input.recipientEmail });
    return { report: toReportNode(report), errors: [] };
  }

  private async changeState(ctx: Context, input: ChangeAwardStateInput, action: AwardAction): Promise<ChangeAwardStatePayload> {
    const ids = new InputIds();
    const awardId = ids.decode('Award', input.awardId, ['input', 'awardId']);
    if (ids.errors.length) return { award: null, errors: ids.errors };
    const outcome = await this.states.change(ctx, awardId, action, input.reason);
    return { award: outcome.value && AwardNode.from(outcome.value), errors: outcome.errors };
  }

  @Mutation(() => ChangeAwardStatePayload, { description: 'Suspend an award (reversible): its credential stops verifying until reinstated.' })
  @Authorized(Role.ISSUER_ADMIN, Role.INSTITUTION_ADMIN)
  suspendAward(@Ctx() ctx: Context, @Arg('input', () => ChangeAwardStateInput) input: ChangeAwardStateInput): Promise<ChangeAwardStatePayload> {
    return this.changeState(ctx, input, 'suspend');
  }

  @Mutation(() => ChangeAwardStatePayload, { description: 'Reinstate a suspended award.' })
  @Authorized(Role.ISSUER_ADMIN, Role.INSTITUTION_ADMIN)
  reinstateAward(@Ctx() ctx: Context, @Arg('input', () => ChangeAwardStateInput) input: ChangeAwardStateInput): Promise<ChangeAwardStatePayload> {
    return this.changeState(ctx, input, 'reinstate');
  }

  @Mutation(() => ChangeAwardStatePayload, { description: 'Revoke an award for good: its bit is set in the issuer’s revocation list, so verifiers anywhere see it.' })
  @Authorized(Role.ISSUER_ADMIN, Role.INSTITUTION_ADMIN)
  revokeAward(@Ctx() ctx: Context, @Arg('input', () => ChangeAwardStateInput) input: ChangeAwardStateInput): Promise<ChangeAwardStatePayload> {
    return this.changeState(ctx, input, 'revoke');
  }

  @Mutation(() => ExportClrPayload, { description: 'Export your Comprehensive Learner Record (CLR 2.0), whole or selected awards, signed by your institution.' })
  @Authorized(Role.LEARNER)
  async exportClr(@Ctx() ctx: Context, @Arg('input', () => ExportClrInput) input: ExportClrInput): Promise<ExportClrPayload> {
    const ids = new InputIds();
    const awardIds = input.awardIds?.map((id, i) => ids.decode('Award', id, ['input', 'awardIds', String(i)]));
    if (ids.errors.length) return { clr: null, jwt: null, errors: ids.errors };
    // Checked before building: other learners' awards are NOT_FOUND, and a CLR cannot be empty.
    const exportable = await this.credentials.exportableAwardIds(ctx.em, ctx.viewer!.personId, awardIds);
    const missing = (awardIds ?? []).map((id, i) => [id, i] as const).filter(([id]) => !exportable.has(id));
    if (missing.length) return { clr: null, jwt: null, errors: missing.map(([, i]) => new NotFoundError(['input', 'awardIds', String(i)])) };
    if (exportable.size === 0) return { clr: null, jwt: null, errors: [new InputError(InputErrorCode.REQUIRED, 'There are no awards to put in the record yet.', ['input', 'awardIds'])] };
    const result = await this.credentials.exportClr(ctx.em, ctx.viewer!.personId, awardIds);
    return { clr: result.document, jwt: result.jwt, errors: [] };
  }
}
