import { Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { ascendingBy, ConnectionShape, PageArgs, paginate, toConnection } from '../../graphql/connection';
import { Role } from '../auth/roles';
import { Authorized } from 'type-graphql';
import { progressKey } from '../person/skill-progress.loaders';
import { PersonNode } from '../person/person.types';
import { ProgrammeNode, TermNode } from '../programme/programme.types';
import { SkillNode } from '../skill/skill.types';
import { Cohort, CohortMembership } from './cohort.entity';
import { CohortPolicy } from './cohort.policy';
import { CohortConnection, CohortNode, CohortProgressConnection, CohortProgressRowNode } from './cohort.types';

@Resolver(() => CohortNode)
export class CohortResolver {
  constructor(private readonly policy: CohortPolicy) {}

  @Query(() => CohortConnection, { description: 'Cohorts the viewer may follow: advised cohorts for advisors, all cohorts for institution administrators.' })
  @Authorized(Role.ADVISOR, Role.INSTITUTION_ADMIN)
  async cohorts(@Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs): Promise<ConnectionShape<CohortNode>> {
    const qb = this.policy.restrict(ctx, ctx.em.getRepository(Cohort).createQueryBuilder('c'), 'c');
    const result = await paginate(qb, page, ascendingBy('c', 'name'));
    return toConnection(result, CohortNode.from);
  }

  @FieldResolver(() => ProgrammeNode, { description: 'The programme.' })
  async programme(@Root() cohort: CohortNode, @Ctx() ctx: Context): Promise<ProgrammeNode> {
    return ProgrammeNode.from((await ctx.loaders.programmeById.load(cohort.programmeId))!);
  }

  @FieldResolver(() => TermNode, { description: 'The term the cohort entered in.' })
  async entryTerm(@Root() cohort: CohortNode, @Ctx() ctx: Context): Promise<TermNode> {
    return TermNode.from((await ctx.loaders.termById.load(cohort.entryTermId))!);
  }

  @FieldResolver(() => Int, { description: 'Current members.' })
  async memberCount(@Root() cohort: CohortNode, @Ctx() ctx: Context): Promise<number> {
    return ctx.loaders.cohortMemberCount.load(cohort.rawId);
  }

  @FieldResolver(() => [SkillNode], { description: 'Skills reported in `progress`, in column order.' })
  async skills(@Root() _cohort: CohortNode, @Ctx() ctx: Context): Promise<SkillNode[]> {
    const catalogue = await ctx.loaders.progressCatalogue.load(ctx.viewer!.institutionId);
    return catalogue.skills.map((s) => SkillNode.from(s as never));
  }

  @FieldResolver(() => CohortProgressConnection, { description: 'Current members × skills: counts and best levels, ordered by learner name.' })
  async progress(@Root() cohort: CohortNode, @Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs): Promise<ConnectionShape<CohortProgressRowNode>> {
    const qb = ctx.em
      .getRepository(CohortMembership)
      .createQueryBuilder('m')
      .innerJoinAndSelect('m.learner', 'p')
      .where('m.cohortId = :cohortId AND m.leftAt IS NULL', { cohortId: cohort.rawId });
    const result = await paginate(qb, page, {
      columns: [
        { sql: 'p.displayName', direction: 'ASC' },
        { sql: 'p.id', direction: 'ASC' },
      ],
      values: (m) => [m.learner.displayName, m.learner.id],
    });
    const institutionId = ctx.viewer!.institutionId;
    const [catalogue, progress] = await Promise.all([
      ctx.loaders.progressCatalogue.load(institutionId),
      ctx.loaders.skillProgress.loadMany(result.items.map((m) => progressKey(institutionId, m.learnerId))),
    ]);
    const skills = catalogue.skills.map((s) => SkillNode.from(s as never));
    return toConnection(
      { ...result, items: result.items.map((m, i) => ({ m, p: progress[i] })) },
      ({ m, p }) => {
        if (p instanceof Error) throw p;
        return {
          learner: PersonNode.from(m.learner),
          cells: p.map((cell, j) => ({ skill: skills[j], earnedCount: cell.earnedCount, assessmentCount: cell.assessmentCount, bestLevel: cell.bestLevel, bestLevelName: cell.bestLevelName })),
        };
      },
    );
  }
}
