import { AwardAction, isDomainError, transitionAward } from '@openclr/domain';
import type { Context } from '../../context';
import { InputError, inputErrors, NotFoundError } from '../../graphql/errors';
import { AchievementPolicy } from '../achievement/achievement.policy';
import { DomainEvents, NO_DOMAIN_EVENTS } from '../common/domain-events';
import { StatusListService } from '../credential/status-list.service';
import { Outcome } from '../skill/skill.service';
import { Award } from './award.entity';

/**
 * Suspends, reinstates and revokes awards. The award row and its status-list bit change in one transaction:
 * suspension flips the award's bit in the issuer's `suspension` list (and reinstating clears it); revocation sets
 * its bit in the `revocation` list, the one every credential points at, so verifiers anywhere see it.
 */
export class AwardStateService {
  constructor(
    private readonly achievements: AchievementPolicy,
    private readonly statusLists: StatusListService,
    private readonly events: DomainEvents = NO_DOMAIN_EVENTS,
  ) {}

  async change(ctx: Context, awardId: string, action: AwardAction, reason: string): Promise<Outcome<Award>> {
    const award = await ctx.em.findOneBy(Award, { id: awardId, institutionId: ctx.viewer!.institutionId });
    if (!award || !(await this.achievements.canManageIssuer(ctx, award.issuerId))) return { value: null, errors: [new NotFoundError(['input', 'awardId'])] };
    let transition;
    try {
      transition = transitionAward(award.state, action, reason);
    } catch (error) {
      if (!isDomainError(error)) throw error;
      return { value: null, errors: error.fieldErrors.length ? inputErrors(error) : [new InputError(error.code, error.message, ['input', 'awardId'])] };
    }
    const updated = await ctx.em.transaction(async (em) => {
      const locked = await em.getRepository(Award).createQueryBuilder('w').setLock('pessimistic_write').where('w.id = :id', { id: awardId }).getOneOrFail();
      if (locked.state !== award.state) throw new Error('The award changed while it was being updated; try again.');
      locked.state = transition.state;
      locked.stateReason = transition.stateReason;
      locked.stateChangedAt = new Date();
      const index = locked.statusListIndex!;
      if (action === 'revoke') {
        await this.statusLists.setBit(em, locked.issuerId, 'revocation', index, true);
        if (award.state === 'suspended') await this.statusLists.setBit(em, locked.issuerId, 'suspension', index, false);
      } else {
        await this.statusLists.setBit(em, locked.issuerId, 'suspension', index, action === 'suspend');
      }
      const saved = await em.save(locked);
      const type = action === 'revoke' ? 'award.revoked' : action === 'suspend' ? 'award.suspended' : 'award.reinstated';
      await this.events.publish(em, [{ type, institutionId: saved.institutionId, award: saved, previousState: award.state }]);
      return saved;
    });
    return { value: updated, errors: [] };
  }
}
