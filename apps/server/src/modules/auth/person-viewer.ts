import { Role, type Viewer } from './roles';

const STAFF_ROLES: Record<string, Role> = {
  assessor: Role.ASSESSOR,
  advisor: Role.ADVISOR,
  issuer_admin: Role.ISSUER_ADMIN,
  institution_admin: Role.INSTITUTION_ADMIN,
};

/** SELECT list (person aliased `p`) of what a viewer needs: person, institution, staff roles, learner or not. */
export const PERSON_VIEWER_COLUMNS = `p.id AS person_id, p.institution_id,
        ARRAY(SELECT r.role || ':' || coalesce(r.issuer_id::text, '') FROM staff_role r WHERE r.person_id = p.id) AS staff_roles,
        (EXISTS (SELECT 1 FROM cohort_membership m WHERE m.learner_id = p.id)
          OR EXISTS (SELECT 1 FROM enrolment e WHERE e.learner_id = p.id)) AS is_learner`;

export interface PersonViewerRow {
  person_id: string;
  institution_id: string;
  staff_roles: string[];
  is_learner: boolean;
}

/** The viewer of a row selected with PERSON_VIEWER_COLUMNS. */
export function toViewer(row: PersonViewerRow, sessionId: string | null): Viewer {
  const roles = new Set<Role>();
  const issuerIds: string[] = [];
  if (row.is_learner) roles.add(Role.LEARNER);
  for (const entry of row.staff_roles) {
    const [role, issuerId] = entry.split(':');
    if (STAFF_ROLES[role]) roles.add(STAFF_ROLES[role]);
    if (role === 'issuer_admin' && issuerId) issuerIds.push(issuerId);
  }
  return { personId: row.person_id, institutionId: row.institution_id, roles, issuerIds, sessionId };
}
