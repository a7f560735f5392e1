import { evaluateAwardRule, isAwardable, validateRatings } from '@openclr/domain';
import type { Context } from '../../context';
import { InputError, inputErrors, NotFoundError, UserError, UserErrorCode } from '../../graphql/errors';
import { Achievement, RubricCriterion, RubricLevel } from '../achievement/achievement.entity';
import { AchievementPolicy } from '../achievement/achievement.policy';
import { hasRole, Role } from '../auth/roles';
import { Award } from '../award/award.entity';
import { AwardService } from '../award/award.service';
import { DomainEvents, NO_DOMAIN_EVENTS } from '../common/domain-events';
import { Evidence } from '../evidence/evidence.entity';
import { Assessment, AssessmentRating } from './assessment.entity';

export interface NewAssessment {
  evidenceId: string;
  achievementId: string;
  ratings: { criterionId: string; level: number }[];
  comment?: string | null;
}

export type AssessmentOutcome =
  | { assessment: Assessment; ratings: AssessmentRating[]; award: Award | null; errors: [] }
  | { assessment: null; ratings: []; award: null; errors: UserError[] };

/** Assessors rate evidence against an achievement's rubric; meeting the award rule awards the achievement. */
export class AssessmentService {
  constructor(
    private readonly awards: AwardService,
    private readonly achievements: AchievementPolicy,
    private readonly events: DomainEvents = NO_DOMAIN_EVENTS,
  ) {}

  /** Assessors of the evidence's experience, and issuer/institution administrators, may assess it. */
  private async canAssess(ctx: Context, evidence: Evidence): Promise<boolean> {
    const viewer = ctx.viewer!;
    if (hasRole(viewer, Role.INSTITUTION_ADMIN, Role.ISSUER_ADMIN)) return true;
    return this.assessesExperience(ctx, evidence);
  }

  private async assessesExperience(ctx: Context, evidence: Evidence): Promise<boolean> {
    if (!hasRole(ctx.viewer, Role.ASSESSOR)) return false;
    const rows = await ctx.em.query(`SELECT 1 FROM experience_assessor WHERE experience_id = $1 AND assessor_id = $2`, [evidence.experienceId, ctx.viewer!.personId]);
    return rows.length > 0;
  }

  /**
   * An issuer admin who does not assess the evidence's experience may rate (and so award) only achievements of the
   * issuers they manage, as in `awardAchievement`; institution admins and the experience's assessors any of the institution's.
   */
  private async canUseAchievement(ctx: Context, evidence: Evidence, achievement: Achievement): Promise<boolean> {
    if (hasRole(ctx.viewer, Role.INSTITUTION_ADMIN)) return true;
    return (await this.assessesExperience(ctx, evidence)) || this.achievements.canManageIssuer(ctx, achievement.issuerId);
  }

  async record(ctx: Context, input: NewAssessment): Promise<AssessmentOutcome> {
    const fail = (errors: UserError[]): AssessmentOutcome => ({ assessment: null, ratings: [], award: null, errors });
    const institutionId = ctx.viewer!.institutionId;
    const evidence = await ctx.em
      .getRepository(Evidence)
      .createQueryBuilder('e')
      .innerJoin('person', 'p', 'p.id = e.learner_id AND p.institution_id = :institutionId', { institutionId })
      .where('e.id = :id', { id: input.evidenceId })
      .getOne();
    const errors: UserError[] = [];
    if (!evidence || !(await this.canAssess(ctx, evidence))) errors.push(new NotFoundError(['input', 'evidenceId']));
    const achievement = await ctx.em.findOneBy(Achievement, { id: input.achievementId, institutionId });
    if (!achievement || (evidence && !errors.length && !(await this.canUseAchievement(ctx, evidence, achievement)))) errors.push(new NotFoundError(['input', 'achievementId']));
    else if (!isAwardable(achievement.status)) errors.push(new InputError(UserErrorCode.INVALID_ACHIEVEMENT_STATUS_CHANGE, `A ${achievement.status} achievement cannot be assessed.`, ['input', 'achievementId']));
    if (errors.length) return fail(errors);

    const [criteria, levels] = await Promise.all([
      ctx.em.find(RubricCriterion, { where: { achievementId: achievement!.id }, order: { position: 'ASC' } }),
      ctx.em.find(RubricLevel, { where: { achievementId: achievement!.id }, order: { position: 'ASC' } }),
    ]);
    const rubric = { criteria: criteria.map((c) => ({ id: c.id, name: c.name })), levels: levels.map((l) => ({ position: l.position, name: l.name })) };
    const ratingErrors = validateRatings(rubric, input.ratings);
    if (ratingErrors.length) return fail(inputErrors(ratingErrors, ['input']));

    const outcome = evaluateAwardRule({ minLevel: achievement!.awardMinLevel }, rubric, input.ratings);
    const recorded = await ctx.em.transaction(async (em) => {
      const assessment = await em.getRepository(Assessment).save({
        evidenceId: evidence!.id,
        achievementId: achievement!.id,
        learnerId: evidence!.learnerId,
        assessorId: ctx.viewer!.personId,
        comment: input.comment?.trim() || null,
        assessedAt: new Date(),
      });
      const ratings = await em.getRepository(AssessmentRating).save(input.ratings.map((r) => ({ assessmentId: assessment.id, criterionId: r.criterionId, level: r.level })));
      let award: Award | null = null;
      if (outcome.earned && !(await this.awards.holds(em, evidence!.learnerId, achievement!.id))) {
        award = await this.awards.issue(em, {
          achievement: achievement!,
          learnerId: evidence!.learnerId,
          assessmentId: assessment.id,
          results: input.ratings,
          evidenceIds: [evidence!.id],
          issuedAt: assessment.assessedAt,
        });
      }
      await this.events.publish(em, [{ type: 'evidence.assessed', institutionId, assessment: assessment as Assessment, ratings: input.ratings, awardId: award?.id ?? null }]);
      return { assessment: assessment as Assessment, ratings: ratings as AssessmentRating[], award, errors: [] as [] };
    });
    if (recorded.award) await this.awards.signIssued(ctx.em, [recorded.award.id]);
    return recorded;
  }
}
