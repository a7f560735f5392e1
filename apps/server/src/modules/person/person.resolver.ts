import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { ascendingBy, ConnectionShape, PageArgs, paginate, paginateArray, toConnection } from '../../graphql/connection';
import { graphqlError } from '../../graphql/errors';
import { AwardConnection, AwardNode } from '../award/award.types';
import { Award } from '../award/award.entity';
import { CohortConnection, CohortNode } from '../cohort/cohort.types';
import { Cohort } from '../cohort/cohort.entity';
import { CohortPolicy } from '../cohort/cohort.policy';
import { Evidence } from '../evidence/evidence.entity';
import { EvidenceConnection, EvidenceNode } from '../evidence/evidence.types';
import { Experience } from '../experience/experience.entity';
import { ExperienceConnection, ExperienceNode } from '../experience/experience.types';
import { SkillNode } from '../skill/skill.types';
import { PersonPolicy } from './person.policy';
import { PersonNode, SkillProgressConnection, SkillProgressNode } from './person.types';
import { progressKey } from './skill-progress.loaders';

/** Learner-record fields of a person; each checks the person policy and returns nothing the viewer may not read. */
@Resolver(() => PersonNode)
export class PersonResolver {
  constructor(
    private readonly people: PersonPolicy,
    private readonly cohorts: CohortPolicy,
  ) {}

  private async requireReadable(ctx: Context, person: PersonNode): Promise<void> {
    if (!(await this.people.canReadLearner(ctx, person.rawId))) throw graphqlError('NOT_FOUND', 'No such learner record, or you may not see it.');
  }

  @FieldResolver(() => String, { nullable: true, description: 'Primary e-mail address; only for those who may read the learner record.' })
  async email(@Root() person: PersonNode, @Ctx() ctx: Context): Promise<string | null> {
    if (!(await this.people.canReadLearner(ctx, person.rawId))) return null;
    return ctx.loaders.primaryEmailByPerson.load(person.rawId);
  }

  @FieldResolver(() => SkillProgressConnection, { description: "The learner's skills with progress, best level and earned count." })
  async skillProgress(@Root() person: PersonNode, @Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs): Promise<ConnectionShape<SkillProgressNode>> {
    await this.requireReadable(ctx, person);
    const [catalogue, progress] = await Promise.all([
      ctx.loaders.progressCatalogue.load(person.institutionId),
      ctx.loaders.skillProgress.load(progressKey(person.institutionId, person.rawId)),
    ]);
    const skills = new Map(catalogue.skills.map((s) => [s.id, s]));
    return toConnection(paginateArray(progress, page), (p) =>
      Object.assign(new SkillProgressNode(), {
        ...p,
        skill: SkillNode.from(skills.get(p.skillId) as never),
        history: p.history.map((point) => ({ at: point.at, level: point.level, bestLevel: point.bestLevel, progress: point.progress })),
      }),
    );
  }

  @FieldResolver(() => AwardConnection, { description: "The learner's awards, newest first." })
  async awards(@Root() person: PersonNode, @Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs): Promise<ConnectionShape<AwardNode>> {
    await this.requireReadable(ctx, person);
    const qb = ctx.em.getRepository(Award).createQueryBuilder('w').where('w.learnerId = :id', { id: person.rawId });
    const result = await paginate(qb, page, {
      columns: [
        { sql: 'w.issuedAt', direction: 'DESC' },
        { sql: 'w.id', direction: 'DESC' },
      ],
      values: (w) => [w.issuedAt.toISOString(), w.id],
    });
    return toConnection(result, AwardNode.from);
  }

  @FieldResolver(() => EvidenceConnection, { description: "The learner's evidence, newest first." })
  async evidence(@Root() person: PersonNode, @Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs): Promise<ConnectionShape<EvidenceNode>> {
    await this.requireReadable(ctx, person);
    const qb = ctx.em.getRepository(Evidence).createQueryBuilder('e').where('e.learnerId = :id', { id: person.rawId });
    const result = await paginate(qb, page, {
      columns: [
        { sql: 'e.submittedAt', direction: 'DESC' },
        { sql: 'e.id', direction: 'DESC' },
      ],
      values: (e) => [e.submittedAt.toISOString(), e.id],
    });
    return toConnection(result, EvidenceNode.from);
  }

  @FieldResolver(() => ExperienceConnection, { description: 'Experiences the learner is enrolled in, by code.' })
  async experiences(@Root() person: PersonNode, @Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs): Promise<ConnectionShape<ExperienceNode>> {
    await this.requireReadable(ctx, person);
    const qb = ctx.em
      .getRepository(Experience)
      .createQueryBuilder('x')
      .innerJoin('enrolment', 'en', 'en.experience_id = x.id AND en.learner_id = :id', { id: person.rawId });
    const result = await paginate(qb, page, ascendingBy('x', 'code'));
    return toConnection(result, ExperienceNode.from);
  }

  @FieldResolver(() => CohortConnection, { description: 'Cohorts this person advises (visible to the person and institution administrators).' })
  async advisedCohorts(@Root() person: PersonNode, @Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs): Promise<ConnectionShape<CohortNode>> {
    const qb = this.cohorts.restrict(
      ctx,
      ctx.em.getRepository(Cohort).createQueryBuilder('c').innerJoin('advisor_assignment', 'advised', 'advised.cohort_id = c.id AND advised.advisor_id = :advisorId', { advisorId: person.rawId }),
      'c',
    );
    const result = await paginate(qb, page, ascendingBy('c', 'name'));
    return toConnection(result, CohortNode.from);
  }
}
