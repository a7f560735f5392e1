import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { ascendingBy, ConnectionShape, PageArgs, paginate, toConnection } from '../../graphql/connection';
import { InputIds } from '../../graphql/input-ids';
import { Role } from '../auth/roles';
import { Skill, SkillFramework } from './skill.entity';
import { SkillService } from './skill.service';
import {
  CreateSkillFrameworkInput,
  CreateSkillFrameworkPayload,
  CreateSkillInput,
  CreateSkillPayload,
  SkillConnection,
  SkillFrameworkConnection,
  SkillFrameworkNode,
  SkillNode,
} from './skill.types';

@Resolver(() => SkillFrameworkNode)
export class SkillResolver {
  constructor(private readonly service: SkillService) {}

  @Query(() => SkillFrameworkConnection, { description: "Skill frameworks of the viewer's institution." })
  @Authorized()
  async skillFrameworks(@Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs): Promise<ConnectionShape<SkillFrameworkNode>> {
    const qb = ctx.em.getRepository(SkillFramework).createQueryBuilder('f').where('f.institutionId = :institutionId', { institutionId: ctx.viewer!.institutionId });
    const result = await paginate(qb, page, ascendingBy('f', 'name'));
    return toConnection(result, SkillFrameworkNode.from);
  }

  @FieldResolver(() => SkillConnection, { description: 'Skills of the framework, in order.' })
  async skills(@Root() framework: SkillFrameworkNode, @Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs): Promise<ConnectionShape<SkillNode>> {
    const qb = ctx.em.getRepository(Skill).createQueryBuilder('s').where('s.frameworkId = :id', { id: framework.rawId });
    const result = await paginate(qb, page, ascendingBy('s', 'position'));
    return toConnection(result, SkillNode.from);
  }

  @Mutation(() => CreateSkillFrameworkPayload, { description: 'Create a skill framework.' })
  @Authorized(Role.ISSUER_ADMIN, Role.INSTITUTION_ADMIN)
  async createSkillFramework(@Ctx() ctx: Context, @Arg('input', () => CreateSkillFrameworkInput) input: CreateSkillFrameworkInput): Promise<CreateSkillFrameworkPayload> {
    const outcome = await this.service.createFramework(ctx, input);
    return { skillFramework: outcome.value && SkillFrameworkNode.from(outcome.value), errors: outcome.errors };
  }

  @Mutation(() => CreateSkillPayload, { description: 'Add a skill to a framework.' })
  @Authorized(Role.ISSUER_ADMIN, Role.INSTITUTION_ADMIN)
  async createSkill(@Ctx() ctx: Context, @Arg('input', () => CreateSkillInput) input: CreateSkillInput): Promise<CreateSkillPayload> {
    const ids = new InputIds();
    const frameworkId = ids.decode('SkillFramework', input.frameworkId, ['input', 'frameworkId']);
    const parentId = input.parentId ? ids.decode('Skill', input.parentId, ['input', 'parentId']) : null;
    if (ids.errors.length) return { skill: null, errors: ids.errors };
    const outcome = await this.service.createSkill(ctx, { ...input, frameworkId, parentId });
    return { skill: outcome.value && SkillNode.from(outcome.value), errors: outcome.errors };
  }
}
