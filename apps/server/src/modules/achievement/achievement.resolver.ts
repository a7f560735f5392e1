import { encodeGlobalId } from '@openclr/domain';
import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { ascendingBy, ConnectionShape, PageArgs, paginate, toConnection } from '../../graphql/connection';
import { InputIds } from '../../graphql/input-ids';
import { Role } from '../auth/roles';
import { IssuerNode } from '../institution/institution.types';
import { SkillNode } from '../skill/skill.types';
import { Achievement } from './achievement.entity';
import { AchievementPolicy } from './achievement.policy';
import { AchievementService } from './achievement.service';
import {
  AchievementConnection,
  AchievementNode,
  AchievementPayload,
  AchievementStatusValue,
  CreateAchievementInput,
  RubricNode,
  UpdateAchievementInput,
} from './achievement.types';

@Resolver(() => AchievementNode)
export class AchievementResolver {
  constructor(
    private readonly service: AchievementService,
    private readonly policy: AchievementPolicy,
  ) {}

  @Query(() => AchievementConnection, { description: "Published achievements of the viewer's institution (and drafts of issuers the viewer manages), by name." })
  @Authorized()
  async achievements(@Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs): Promise<ConnectionShape<AchievementNode>> {
    const viewer = ctx.viewer!;
    const qb = ctx.em
      .getRepository(Achievement)
      .createQueryBuilder('a')
      .where('a.institutionId = :institutionId', { institutionId: viewer.institutionId })
      .andWhere(`(a.status <> 'draft' OR :isAdmin OR a.issuer_id = ANY(:issuerIds::uuid[]))`, {
        isAdmin: viewer.roles.has(Role.INSTITUTION_ADMIN),
        issuerIds: viewer.issuerIds,
      });
    const result = await paginate(qb, page, ascendingBy('a', 'name'));
    return toConnection(result, AchievementNode.from);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may award this achievement (and edit it): from the same policy the mutations check.' })
  viewerCanAward(@Root() achievement: AchievementNode, @Ctx() ctx: Context): boolean {
    return achievement.status === AchievementStatusValue.PUBLISHED && this.policy.managesIssuer(ctx, achievement);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may edit this achievement.' })
  viewerCanEdit(@Root() achievement: AchievementNode, @Ctx() ctx: Context): boolean {
    return this.policy.managesIssuer(ctx, achievement);
  }

  @FieldResolver(() => [SkillNode], { description: 'Skills it aligns to (OB 3.0 alignment).' })
  async alignments(@Root() achievement: AchievementNode, @Ctx() ctx: Context): Promise<SkillNode[]> {
    const alignments = await ctx.loaders.alignmentsByAchievement.load(achievement.rawId);
    const skills = await ctx.loaders.skillById.loadMany(alignments.map((a) => a.skillId));
    return skills.flatMap((s) => (s && !(s instanceof Error) ? [SkillNode.from(s)] : []));
  }

  @FieldResolver(() => IssuerNode, { description: 'The issuer that awards it.' })
  async issuer(@Root() achievement: AchievementNode, @Ctx() ctx: Context): Promise<IssuerNode> {
    return IssuerNode.from((await ctx.loaders.issuerById.load(achievement.issuerId))!);
  }

  @FieldResolver(() => RubricNode, { description: 'The rubric used to assess evidence.' })
  async rubric(@Root() achievement: AchievementNode, @Ctx() ctx: Context): Promise<RubricNode> {
    const [criteria, levels] = await Promise.all([ctx.loaders.criteriaByAchievement.load(achievement.rawId), ctx.loaders.levelsByAchievement.load(achievement.rawId)]);
    const positionOf = new Map(levels.map((l) => [l.id, l.position]));
    const cells = await Promise.all(criteria.map((c) => ctx.loaders.cellsByCriterion.load(c.id)));
    return {
      requiredLevel: achievement.awardMinLevel,
      levels: levels.map((l) => ({ position: l.position, name: l.name, description: l.description })),
      criteria: criteria.map((c, i) => ({
        id: encodeGlobalId('RubricCriterion', c.id),
        position: c.position,
        name: c.name,
        description: c.description,
        cells: cells[i].map((cell) => ({ level: positionOf.get(cell.levelId)!, description: cell.description })).sort((a, b) => a.level - b.level),
      })),
    };
  }

  @Mutation(() => AchievementPayload, { description: 'Create an achievement with its rubric and skill alignments.' })
  @Authorized(Role.ISSUER_ADMIN, Role.INSTITUTION_ADMIN)
  async createAchievement(@Ctx() ctx: Context, @Arg('input', () => CreateAchievementInput) input: CreateAchievementInput): Promise<AchievementPayload> {
    const ids = new InputIds();
    const issuerId = ids.decode('Issuer', input.issuerId, ['input', 'issuerId']);
    const skillIds = input.skillIds.map((id, i) => ids.decode('Skill', id, ['input', 'skillIds', String(i)]));
    if (ids.errors.length) return { achievement: null, errors: ids.errors };
    const outcome = await this.service.create(ctx, { ...input, issuerId, skillIds });
    return { achievement: outcome.value && AchievementNode.from(outcome.value), errors: outcome.errors };
  }

  @Mutation(() => AchievementPayload, { description: 'Change an achievement: texts, alignments, status; the rubric only while it is a draft.' })
  @Authorized(Role.ISSUER_ADMIN, Role.INSTITUTION_ADMIN)
  async updateAchievement(@Ctx() ctx: Context, @Arg('input', () => UpdateAchievementInput) input: UpdateAchievementInput): Promise<AchievementPayload> {
    const ids = new InputIds();
    const id = ids.decode('Achievement', input.id, ['input', 'id']);
    const skillIds = input.skillIds?.map((skillId, i) => ids.decode('Skill', skillId, ['input', 'skillIds', String(i)]));
    if (ids.errors.length) return { achievement: null, errors: ids.errors };
    const outcome = await this.service.update(ctx, { ...input, id, skillIds });
    return { achievement: outcome.value && AchievementNode.from(outcome.value), errors: outcome.errors };
  }
}
