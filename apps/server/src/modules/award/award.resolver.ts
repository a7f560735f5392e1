import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { InputIds } from '../../graphql/input-ids';
import { AchievementNode } from '../achievement/achievement.types';
import { Role } from '../auth/roles';
import { PersonNode } from '../person/person.types';
import { AwardService } from './award.service';
import { AwardAchievementInput, AwardAchievementPayload, AwardNode } from './award.types';

@Resolver(() => AwardNode)
export class AwardResolver {
  constructor(private readonly awards: AwardService) {}

  @FieldResolver(() => AchievementNode, { description: 'What was awarded.' })
  async achievement(@Root() award: AwardNode, @Ctx() ctx: Context): Promise<AchievementNode> {
    return AchievementNode.from((await ctx.loaders.achievementById.load(award.achievementId))!);
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
