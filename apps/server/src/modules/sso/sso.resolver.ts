import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Public } from '../../graphql/auth-checker';
import { Authorized } from 'type-graphql';
import { Role } from '../auth/roles';
import type { SsoService } from './sso.service';
import { ConfigureSsoConnectionInput, ConfigureSsoConnectionPayload, SsoConnectionNode, SsoOptionNode } from './sso.types';

@Resolver()
export class SsoResolver {
  constructor(
    private readonly sso: SsoService,
    private readonly origin: () => string,
  ) {}

  @Query(() => [SsoOptionNode], {
    description: 'The single sign-on buttons of an institution for the sign-in page (at most 20). Without a slug, those of the only institution of a single-institution deployment.',
  })
  @Public()
  ssoOptions(
    @Ctx() ctx: Context,
    @Arg('institutionSlug', () => String, { nullable: true, description: 'The institution, by its short name.' }) institutionSlug?: string | null,
  ): Promise<SsoOptionNode[]> {
    return this.sso.options(ctx, institutionSlug);
  }

  @Mutation(() => ConfigureSsoConnectionPayload, { description: "Create or update (by issuer URL) an OpenID Connect connection of the viewer's institution." })
  @Authorized(Role.INSTITUTION_ADMIN)
  async configureSsoConnection(@Ctx() ctx: Context, @Arg('input', () => ConfigureSsoConnectionInput) input: ConfigureSsoConnectionInput): Promise<ConfigureSsoConnectionPayload> {
    const result = await this.sso.configure(ctx, input);
    if ('errors' in result) return { ssoConnection: null, errors: result.errors };
    return { ssoConnection: SsoConnectionNode.from(result.connection, result.institutionSlug, this.origin()), errors: [] };
  }
}
