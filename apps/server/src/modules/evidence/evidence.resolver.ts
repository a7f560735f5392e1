import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { InputIds } from '../../graphql/input-ids';
import { Role } from '../auth/roles';
import { ExperienceNode } from '../experience/experience.types';
import { AddEvidenceInput, AddEvidencePayload, EvidenceNode } from './evidence.types';
import { EvidenceService } from './evidence.service';

@Resolver(() => EvidenceNode)
export class EvidenceResolver {
  constructor(private readonly evidence: EvidenceService) {}

  @FieldResolver(() => ExperienceNode, { description: 'The experience it belongs to.' })
  async experience(@Root() evidence: EvidenceNode, @Ctx() ctx: Context): Promise<ExperienceNode> {
    return ExperienceNode.from((await ctx.loaders.experienceById.load(evidence.experienceId))!);
  }

  @Mutation(() => AddEvidencePayload, { description: 'Add a link or narrative as evidence to one of your experiences.' })
  @Authorized(Role.LEARNER)
  async addEvidence(@Ctx() ctx: Context, @Arg('input', () => AddEvidenceInput) input: AddEvidenceInput): Promise<AddEvidencePayload> {
    const ids = new InputIds();
    const experienceId = ids.decode('Experience', input.experienceId, ['input', 'experienceId']);
    if (ids.errors.length) return { evidence: null, errors: ids.errors };
    const outcome = await this.evidence.add(ctx, { ...input, experienceId });
    return { evidence: outcome.value && EvidenceNode.from(outcome.value), errors: outcome.errors };
  }
}
