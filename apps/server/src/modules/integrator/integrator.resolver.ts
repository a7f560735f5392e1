import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { type ConnectionShape, PageArgs, paginate, toConnection } from '../../graphql/connection';
import { InputIds } from '../../graphql/input-ids';
import { ViewerNode } from '../auth/auth.resolver';
import { Role } from '../auth/roles';
import { IntegratorClient, PersonalAccessToken } from './integrator.entity';
import type { IntegratorService } from './integrator.service';
import {
  CreateIntegratorClientInput,
  CreateIntegratorClientPayload,
  CreatePersonalAccessTokenInput,
  CreatePersonalAccessTokenPayload,
  IntegratorClientConnection,
  IntegratorClientNode,
  PersonalAccessTokenConnection,
  PersonalAccessTokenNode,
  RevokeIntegratorClientInput,
  RevokeIntegratorClientPayload,
  RevokePersonalAccessTokenInput,
  RevokePersonalAccessTokenPayload,
} from './integrator.types';

const NEWEST_FIRST = {
  columns: [
    { sql: 't.createdAt', direction: 'DESC' as const },
    { sql: 't.id', direction: 'DESC' as const },
  ],
  values: (t: { createdAt: Date; id: string }) => [t.createdAt.toISOString(), t.id],
};

/** Personal access tokens and integrator clients. Tokens cannot manage tokens: these fields need a session. */
@Resolver(() => ViewerNode)
export class IntegratorResolver {
  constructor(private readonly integrators: IntegratorService) {}

  @FieldResolver(() => PersonalAccessTokenConnection, { nullable: true, description: "The viewer's personal access tokens, newest first (revoked ones included); null when not signed in." })
  async personalAccessTokens(@Root() viewer: ViewerNode, @Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs): Promise<ConnectionShape<PersonalAccessTokenNode> | null> {
    if (!viewer.personId || ctx.viewer?.integratorClientId) return null;
    const qb = ctx.em.getRepository(PersonalAccessToken).createQueryBuilder('t').where('t.personId = :personId', { personId: viewer.personId });
    return toConnection(await paginate(qb, page, NEWEST_FIRST), PersonalAccessTokenNode.from);
  }

  @Query(() => IntegratorClientConnection, { description: "The integrator clients of the viewer's institution, newest first (revoked ones included)." })
  @Authorized(Role.INSTITUTION_ADMIN)
  async integratorClients(@Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs): Promise<ConnectionShape<IntegratorClientNode>> {
    const qb = ctx.em.getRepository(IntegratorClient).createQueryBuilder('t').where('t.institutionId = :institutionId', { institutionId: ctx.viewer!.institutionId });
    return toConnection(await paginate(qb, page, NEWEST_FIRST), IntegratorClientNode.from);
  }

  @Mutation(() => CreatePersonalAccessTokenPayload, { description: 'Create a personal access token for the GraphQL API. The token is in the payload, once.' })
  @Authorized()
  async createPersonalAccessToken(@Ctx() ctx: Context, @Arg('input', () => CreatePersonalAccessTokenInput) input: CreatePersonalAccessTokenInput): Promise<CreatePersonalAccessTokenPayload> {
    const result = await this.integrators.createPersonalAccessToken(ctx, input);
    if ('errors' in result) return { personalAccessToken: null, token: null, errors: result.errors };
    return { personalAccessToken: PersonalAccessTokenNode.from(result.record), token: result.secret, errors: [] };
  }

  @Mutation(() => RevokePersonalAccessTokenPayload, { description: 'Revoke one of your personal access tokens; it stops working at once.' })
  @Authorized()
  async revokePersonalAccessToken(@Ctx() ctx: Context, @Arg('input', () => RevokePersonalAccessTokenInput) input: RevokePersonalAccessTokenInput): Promise<RevokePersonalAccessTokenPayload> {
    const ids = new InputIds();
    const id = ids.decode('PersonalAccessToken', input.id, ['input', 'id']);
    if (ids.errors.length) return { personalAccessToken: null, errors: ids.errors };
    const result = await this.integrators.revokePersonalAccessToken(ctx, id);
    if ('errors' in result) return { personalAccessToken: null, errors: result.errors };
    return { personalAccessToken: PersonalAccessTokenNode.from(result.record), errors: [] };
  }

  @Mutation(() => CreateIntegratorClientPayload, { description: "Register an OAuth 2.0 client-credentials client for the viewer's institution. The secret is in the payload, once." })
  @Authorized(Role.INSTITUTION_ADMIN)
  async createIntegratorClient(@Ctx() ctx: Context, @Arg('input', () => CreateIntegratorClientInput) input: CreateIntegratorClientInput): Promise<CreateIntegratorClientPayload> {
    const result = await this.integrators.createIntegratorClient(ctx, input);
    if ('errors' in result) return { integratorClient: null, clientSecret: null, errors: result.errors };
    return { integratorClient: IntegratorClientNode.from(result.record), clientSecret: result.secret, errors: [] };
  }

  @Mutation(() => RevokeIntegratorClientPayload, { description: 'Revoke an integrator client; its access tokens stop working at once.' })
  @Authorized(Role.INSTITUTION_ADMIN)
  async revokeIntegratorClient(@Ctx() ctx: Context, @Arg('input', () => RevokeIntegratorClientInput) input: RevokeIntegratorClientInput): Promise<RevokeIntegratorClientPayload> {
    const ids = new InputIds();
    const id = ids.decode('IntegratorClient', input.id, ['input', 'id']);
    if (ids.errors.length) return { integratorClient: null, errors: ids.errors };
    const result = await this.integrators.revokeIntegratorClient(ctx, id);
    if ('errors' in result) return { integratorClient: null, errors: result.errors };
    return { integratorClient: IntegratorClientNode.from(result.record), errors: [] };
  }
}
