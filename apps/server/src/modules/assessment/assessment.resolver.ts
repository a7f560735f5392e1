import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { InputIds } from '../../graphql/input-ids';
import { Role } from '../auth/roles';
import { AwardNode } from '../award/award.types';
import { AssessmentService } from './assessment.service';
import { AssessmentNode, RecordAssessmentInput, RecordAssessmentPayload } from './assessment.types';

@Resolver(() => AssessmentNode)
export class AssessmentResolver {
  constructor(private readonly assessments: AssessmentService) {}

  @Mutation(() => RecordAssessmentPayload, { description: "Rate a learner's evidence against an achievement's rubric; awards the achievement when every criterion reaches the required level." })
  @Authorized(Role.ASSESSOR, Role.ISSUER_ADMIN, Role.INSTITUTION_ADMIN)
  async recordAssessment(@Ctx() ctx: Context, @Arg('input', () => RecordAssessmentInput) input: RecordAssessmentInput): Promise<RecordAssessmentPayload> {
    const ids = new InputIds();
    const evidenceId = ids.decode('Evidence', input.evidenceId, ['input', 'evidenceId']);
    const achievementId = ids.decode('Achievement', input.achievementId, ['input', 'achievementId']);
    const ratings = input.ratings.map((r, i) => ({ criterionId: ids.decode('RubricCriterion', r.criterionId, ['input', 'ratings', String(i), 'criterionId']), level: r.level }));
    if (ids.errors.length) return { assessment: null, award: null, errors: ids.errors };
    const outcome = await this.assessments.record(ctx, { evidenceId, achievementId, ratings, comment: input.comment });
    if (!outcome.assessment) return { assessment: null, award: null, errors: outcome.errors };
    return { assessment: AssessmentNode.from(outcome.assessment, outcome.ratings), award: outcome.award && AwardNode.from(outcome.award), errors: [] };
  }
}
