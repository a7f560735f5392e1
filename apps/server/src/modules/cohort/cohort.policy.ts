import type { SelectQueryBuilder, ObjectLiteral } from 'typeorm';
import type { Context } from '../../context';
import { hasRole, Role } from '../auth/roles';
import { IntegratorScope } from '../integrator/integrator.scopes';
import { Cohort } from './cohort.entity';

/** Who may see a cohort and its progress: its advisors, and institution administrators. One statement per check. */
export class CohortPolicy {
  /** Narrows a query over cohorts (alias `alias`) to those the viewer may see. */
  restrict<T extends ObjectLiteral>(ctx: Context, qb: SelectQueryBuilder<T>, alias: string): SelectQueryBuilder<T> {
    const viewer = ctx.viewer;
    if (!viewer || (viewer.scopes && !viewer.scopes.has(IntegratorScope.COHORTS_READ))) return qb.andWhere('false');
    return qb.andWhere(
      `EXISTS (SELECT 1 FROM programme pr WHERE pr.id = ${alias}.programme_id AND pr.institution_id = :policyInstitutionId)
       AND (:policyIsAdmin OR EXISTS (SELECT 1 FROM advisor_assignment aa WHERE aa.cohort_id = ${alias}.id AND aa.advisor_id = :policyPersonId))`,
      { policyInstitutionId: viewer.institutionId, policyIsAdmin: hasRole(viewer, Role.INSTITUTION_ADMIN), policyPersonId: viewer.personId },
    );
  }

  async visibleCohortIds(ctx: Context, cohortIds: readonly string[]): Promise<Set<string>> {
    if (!ctx.viewer || cohortIds.length === 0) return new Set();
    const qb = ctx.em.getRepository(Cohort).createQueryBuilder('c').select('c.id', 'id').where('c.id IN (:...ids)', { ids: [...new Set(cohortIds)] });
    const rows = await this.restrict(ctx, qb, 'c').getRawMany<{ id: string }>();
    return new Set(rows.map((r) => r.id));
  }
}
