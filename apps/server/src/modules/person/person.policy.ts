import DataLoader from 'dataloader';
import type { Context } from '../../context';
import { hasRole, Role } from '../auth/roles';
import { IntegratorScope } from '../integrator/integrator.scopes';

/**
 * Who may read a learner record: the learner; advisors of a cohort the learner is currently in; assessors of an
 * experience the learner is enrolled in; issuer and institution administrators of the same institution.
 * Set-based: one statement for any number of people. Denied and absent look the same (not in the set).
 */
export class PersonPolicy {
  async readableLearnerIds(ctx: Context, personIds: readonly string[]): Promise<Set<string>> {
    const viewer = ctx.viewer;
    if (!viewer || personIds.length === 0) return new Set();
    // Tokens read learner records only with `ob.read`, whatever path (viewer, node, nested fields) they take.
    if (viewer.scopes && !viewer.scopes.has(IntegratorScope.OB_READ)) return new Set();
    const rows = (await ctx.em.query(
      `SELECT p.id FROM person p
        WHERE p.id = ANY($1::uuid[]) AND p.institution_id = $2
          AND (p.id = $3
            OR $4::boolean
            OR ($5::boolean AND EXISTS (
                 SELECT 1 FROM cohort_membership m JOIN advisor_assignment aa ON aa.cohort_id = m.cohort_id
                  WHERE m.learner_id = p.id AND m.left_at IS NULL AND aa.advisor_id = $3))
            OR ($6::boolean AND EXISTS (
                 SELECT 1 FROM enrolment e JOIN experience_assessor ea ON ea.experience_id = e.experience_id
                  WHERE e.learner_id = p.id AND ea.assessor_id = $3)))`,
      [
        [...new Set(personIds)],
        viewer.institutionId,
        viewer.personId,
        hasRole(viewer, Role.INSTITUTION_ADMIN, Role.ISSUER_ADMIN),
        hasRole(viewer, Role.ADVISOR),
        hasRole(viewer, Role.ASSESSOR),
      ],
    )) as { id: string }[];
    return new Set(rows.map((r) => r.id));
  }

  // One batched, cached check per request however many fields of a learner record ask.
  private readonly perRequest = new WeakMap<Context, DataLoader<string, boolean>>();

  canReadLearner(ctx: Context, personId: string): Promise<boolean> {
    let loader = this.perRequest.get(ctx);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const readable = await this.readableLearnerIds(ctx, ids);
        return ids.map((id) => readable.has(id));
      });
      this.perRequest.set(ctx, loader);
    }
    return loader.load(personId);
  }
}
