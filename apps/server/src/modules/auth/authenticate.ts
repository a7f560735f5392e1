import { parse } from 'cookie';
import type { Request } from 'express';
import type { EntityManager } from 'typeorm';
import { viewerForIntegratorToken } from '../integrator/integrator.auth';
import { PERSON_VIEWER_COLUMNS, type PersonViewerRow, toViewer } from './person-viewer';
import type { Viewer } from './roles';
import { hashToken, SESSION_COOKIE } from './session.service';

/** The request's session token: `Authorization: Bearer …` for API clients, else the SPA's httpOnly cookie. */
export function sessionToken(req: Request): string | null {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim() || null;
  const cookies = req.headers.cookie ? parse(req.headers.cookie) : {};
  return cookies[SESSION_COOKIE] ?? null;
}

/**
 * Resolves the viewer of a request in one SQL statement; null for anonymous or expired sessions. Bearer tokens
 * starting `oclr_` are personal access tokens or integrator-client tokens, limited to their scopes.
 */
export async function authenticate(em: EntityManager, req: Request): Promise<Viewer | null> {
  const token = sessionToken(req);
  if (!token) return null;
  return token.startsWith('oclr_') ? viewerForIntegratorToken(em, token) : viewerForToken(em, token);
}

/** The viewer behind a session token; also refreshes the session's last-seen time. */
export async function viewerForToken(em: EntityManager, token: string): Promise<Viewer | null> {
  const [row] = (await em.query(
    `UPDATE session s SET last_seen_at = now()
       FROM person p
      WHERE s.token_hash = $1 AND s.expires_at > now() AND p.id = s.person_id
      RETURNING s.id AS session_id, ${PERSON_VIEWER_COLUMNS}`,
    [hashToken(token)],
  )) as (PersonViewerRow & { session_id: string })[][];
  const session = Array.isArray(row) ? row[0] : row;
  if (!session) return null;
  return toViewer(session, session.session_id);
}
