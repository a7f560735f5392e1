import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { TermNode } from '../programme/programme.types';
import { ExperienceNode } from './experience.types';

@Resolver(() => ExperienceNode)
export class ExperienceResolver {
  @FieldResolver(() => TermNode, { description: 'The term it runs in.' })
  async term(@Root() experience: ExperienceNode, @Ctx() ctx: Context): Promise<TermNode> {
    return TermNode.from((await ctx.loaders.termById.load(experience.termId))!);
  }
}
