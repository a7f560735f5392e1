import { computeExpiry, ExpiryPolicy, isAwardable, LocalDate } from '@openclr/domain';
import { EntityManager } from 'typeorm';
import type { Context } from '../../context';
import { InputError, NotFoundError, UserError, UserErrorCode } from '../../graphql/errors';
import { Achievement } from '../achievement/achievement.entity';
import { DomainEvents, NO_DOMAIN_EVENTS } from '../common/domain-events';
import { AchievementPolicy } from '../achievement/achievement.policy';
import { Evidence } from '../evidence/evidence.entity';
import { Institution } from '../institution/institution.entity';
import { Person } from '../person/person.entity';
import { Outcome } from '../skill/skill.service';
import { Award, AwardEvidence, AwardResult } from './award.entity';

export interface IssueAward {
  achievement: Achievement;
  learnerId: string;
  assessmentId?: string | null;
  results?: { criterionId: string; level: number }[];
  evidenceIds?: string[];
  issuedAt?: Date;
}

const expiryPolicyOf = (a: Achievement): ExpiryPolicy =>
  a.expiryKind === 'months_after_issue'
    ? { kind: 'months_after_issue', months: a.expiryMonths! }
    : a.expiryKind === 'fixed_date'
      ? { kind: 'fixed_date', date: a.expiryDate as LocalDate }
      : { kind: 'none' };

/** What happens once awards are committed: their credentials are signed (see CredentialService.issue). */
export interface AwardsIssuedHook {
  issue(em: EntityManager, awardIds: readonly string[]): Promise<unknown>;
}

/** Awards (assertions): issuing with results, evidence, validity and a status-list index. */
export class AwardService {
  constructor(
    private readonly achievements: AchievementPolicy,
    private readonly credentials: AwardsIssuedHook,
    private readonly events: DomainEvents = NO_DOMAIN_EVENTS,
  ) {}

  /** Signs the credentials of awards just committed; single awards are signed before the mutation returns. */
  signIssued(em: EntityManager, awardIds: readonly string[]): Promise<unknown> {
    return this.credentials.issue(em, awardIds);
  }

  /** Whether the learner holds a live (active or suspended) award of the achievement. */
  async holds(em: EntityManager, learnerId: string, achievementId: string): Promise<boolean> {
    return em.getRepository(Award).createQueryBuilder('w').where('w.learnerId = :learnerId AND w.achievementId = :achievementId', { learnerId, achievementId }).andWhere(`w.state IN ('active', 'suspended')`).getExists();
  }

  /** Writes an award inside the caller's transaction; callers have checked permissions and the award rule. */
  async issue(em: EntityManager, award: IssueAward): Promise<Award> {
    const issuedAt = award.issuedAt ?? new Date();
    const institution = await em.findOneByOrFail(Institution, { id: award.achievement.institutionId });
    const expiry = computeExpiry(expiryPolicyOf(award.achievement), issuedAt, institution.timeZone);
    // Serialise index allocation per issuer so that two concurrent awards never take the same status-list bit.
    await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`status-list:${award.achievement.issuerId}`]);
    const [{ next }] = (await em.query('SELECT coalesce(max(status_list_index) + 1, 0) AS next FROM award WHERE issuer_id = $1', [award.achievement.issuerId])) as { next: number }[];
    const saved = await em.getRepository(Award).save({
      institutionId: award.achievement.institutionId,
      achievementId: award.achievement.id,
      learnerId: award.learnerId,
      issuerId: award.achievement.issuerId,
      assessmentId: award.assessmentId ?? null,
      issuedAt,
      validFrom: issuedAt,
      validUntil: expiry?.validUntil ?? null,
      state: 'active',
      statusListIndex: Number(next),
    });
    if (award.results?.length) await em.getRepository(AwardResult).save(award.results.map((r) => ({ awardId: saved.id, criterionId: r.criterionId, level: r.level })));
    if (award.evidenceIds?.length) await em.getRepository(AwardEvidence).save([...new Set(award.evidenceIds)].map((evidenceId) => ({ awardId: saved.id, evidenceId })));
    await this.events.publish(em, [{ type: 'award.created', institutionId: saved.institutionId, award: saved as Award, achievementName: award.achievement.name }]);
    return saved as Award;
  }

  /** Awards an achievement directly (issuer admins), e.g. for prior learning. */
  async award(ctx: Context, input: { achievementId: string; learnerId: string; evidenceIds: string[] }): Promise<Outcome<Award>> {
    const institutionId = ctx.viewer!.institutionId;
    const errors: UserError[] = [];
    const achievement = await ctx.em.findOneBy(Achievement, { id: input.achievementId, institutionId });
    if (!achievement || !(await this.achievements.canManageIssuer(ctx, achievement.issuerId))) errors.push(new NotFoundError(['input', 'achievementId']));
    else if (!isAwardable(achievement.status)) errors.push(new InputError(UserErrorCode.INVALID_ACHIEVEMENT_STATUS_CHANGE, `A ${achievement.status} achievement cannot be awarded.`, ['input', 'achievementId']));
    const learner = await ctx.em.findOneBy(Person, { id: input.learnerId, institutionId });
    if (!learner) errors.push(new NotFoundError(['input', 'learnerId']));
    if (input.evidenceIds.length) {
      const owned = await ctx.em.getRepository(Evidence).createQueryBuilder('e').where('e.id IN (:...ids) AND e.learnerId = :learnerId', { ids: input.evidenceIds, learnerId: input.learnerId }).getMany();
      const ownedIds = new Set(owned.map((e) => e.id));
      input.evidenceIds.forEach((id, i) => ownedIds.has(id) || errors.push(new NotFoundError(['input', 'evidenceIds', String(i)])));
    }
    if (!errors.length && (await this.holds(ctx.em, input.learnerId, input.achievementId))) {
      errors.push(new InputError(UserErrorCode.AWARD_ALREADY_HELD, 'The learner already holds this achievement.', ['input', 'learnerId']));
    }
    if (errors.length) return { value: null, errors };
    const award = await ctx.em.transaction((em) => this.issue(em, { achievement: achievement!, learnerId: input.learnerId, evidenceIds: input.evidenceIds }));
    await this.signIssued(ctx.em, [award.id]);
    return { value: award, errors: [] };
  }
}
