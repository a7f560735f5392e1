import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { InputIds } from '../../graphql/input-ids';
import { AchievementNode } from '../achievement/achievement.types';
import { Role } from '../auth/roles';
import { PersonNode } from '../person/person.types';
import { AchievementPolicy } from '../achievement/achievement.policy';
import { AwardService } from './award.service';
import { AwardAchievementInput, AwardAchievementPayload, AwardNode, AwardStateValue } from './award.types';

@Resolver(() => AwardNode)
export class AwardResolver {
  constructor(
    private readonly awards: AwardService,
    private readonly policy: AchievementPolicy,
  ) {}

  @FieldResolver(() => AchievementNode, { description: 'What was awarded.' })
  async achievement(@Root() award: AwardNode, @Ctx() ctx: Context): Promise<AchievementNode> {
    return AchievementNode.from((await ctx.loaders.achievementById.load(award.achievementId))!);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may suspend, reinstate or revoke this award (revoked awards are final).' })
  viewerCanChangeState(@Root() award: AwardNode, @Ctx() ctx: Context): boolean {
    return award.state !== AwardStateValue.REVOKED && this.policy.managesIssuer(ctx, award);
  }

  @FieldResolver(() => PersonNode, { description: 'Who earned it.' })
  async learner(@Root() award: AwardNode, @Ctx() ctx: Context): Promise<PersonNode> {
    return PersonNode.from((await ctx.loaders.personById.load(award.learnerId))!);
  }

  @Mutation(() => AwardAchievementPayload, { description: 'Award a published achievement to a learner directly.' })
  @Authorized(Role.ISSUER_ADMIN, Role.INSTITUTION_ADMIN)
  async awardAchievement(@Ctx() ctx: Context, @Arg('input', () => AwardAchievementInput) input: AwardAchievementInput): Promise<AwardAchievementPayload> {
    const ids = new InputIds();
    const achievementId = ids.decode('Achievement', input.achievementId, ['input', 'achievementId']);
    const learnerId = ids.decode('Person', input.learnerId, ['input', 'learnerId']);
    const evidenceIds = input.evidenceIds.map((id, i) => ids.decode('Evidence', id, ['input', 'evidenceIds', String(i)]));
    if (ids.errors.length) return { award: null, errors: ids.errors };
    const outcome = await this.awards.award(ctx, { achievementId, learnerId, evidenceIds });
    return { award: outcome.value && AwardNode.from(outcome.value), errors: outcome.errors };
  }
}
