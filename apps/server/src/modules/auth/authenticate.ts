import { parse } from 'cookie';
import type { Request } from 'express';
import type { EntityManager } from 'typeorm';
import { Role, Viewer } from './roles';
import { hashToken, SESSION_COOKIE } from './session.service';

const STAFF_ROLES: Record<string, Role> = {
  assessor: Role.ASSESSOR,
  advisor: Role.ADVISOR,
  issuer_admin: Role.ISSUER_ADMIN,
  institution_admin: Role.INSTITUTION_ADMIN,
};

/** The request's session token: `Authorization: Bearer …` for API clients, else the SPA's httpOnly cookie. */
export function sessionToken(req: Request): string | null {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim() || null;
  const cookies = req.headers.cookie ? parse(req.headers.cookie) : {};
  return cookies[SESSION_COOKIE] ?? null;
}

/** Resolves the viewer of a request in one SQL statement; null for anonymous or expired sessions. */
export async function authenticate(em: EntityManager, req: Request): Promise<Viewer | null> {
  const token = sessionToken(req);
  return token ? viewerForToken(em, token) : null;
}

/** The viewer behind a session token; also refreshes the session's last-seen time. */
export async function viewerForToken(em: EntityManager, token: string): Promise<Viewer | null> {
  const [row] = (await em.query(
    `UPDATE session s SET last_seen_at = now()
       FROM person p
      WHERE s.token_hash = $1 AND s.expires_at > now() AND p.id = s.person_id
      RETURNING s.id AS session_id, p.id AS person_id, p.institution_id,
        ARRAY(SELECT r.role || ':' || coalesce(r.issuer_id::text, '') FROM staff_role r WHERE r.person_id = p.id) AS staff_roles,
        (EXISTS (SELECT 1 FROM cohort_membership m WHERE m.learner_id = p.id)
          OR EXISTS (SELECT 1 FROM enrolment e WHERE e.learner_id = p.id)) AS is_learner`,
    [hashToken(token)],
  )) as { session_id: string; person_id: string; institution_id: string; staff_roles: string[]; is_learner: boolean }[][];
  const session = Array.isArray(row) ? row[0] : row;
  if (!session) return null;
  const roles = new Set<Role>();
  const issuerIds: string[] = [];
  if (session.is_learner) roles.add(Role.LEARNER);
  for (const entry of session.staff_roles) {
    const [role, issuerId] = entry.split(':');
    if (STAFF_ROLES[role]) roles.add(STAFF_ROLES[role]);
    if (role === 'issuer_admin' && issuerId) issuerIds.push(issuerId);
  }
  return { personId: session.person_id, institutionId: session.institution_id, roles, issuerIds, sessionId: session.session_id };
}
