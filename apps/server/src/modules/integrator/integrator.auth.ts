import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { PERSON_VIEWER_COLUMNS, type PersonViewerRow, toViewer } from '../auth/person-viewer';
import { Role, type Viewer } from '../auth/roles';
import { CLIENT_TOKEN_PREFIX, PAT_PREFIX } from './integrator.scopes';

export const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');

/**
 * The viewer behind a PAT or a client access token (one statement each), or null when the token is unknown,
 * expired or revoked. A PAT acts as its person; a client acts institution-wide, both limited to their scopes.
 */
export async function viewerForIntegratorToken(em: EntityManager, token: string): Promise<Viewer | null> {
  if (token.startsWith(PAT_PREFIX)) {
    const rows = (await em.query(
      `UPDATE personal_access_token t SET last_used_at = now()
         FROM person p
        WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > now()) AND p.id = t.person_id
        RETURNING t.scopes, ${PERSON_VIEWER_COLUMNS}`,
      [sha256(token)],
    )) as [(PersonViewerRow & { scopes: string[] })[], number];
    const row = rows[0]?.[0];
    return row ? { ...toViewer(row, null), scopes: new Set(row.scopes) } : null;
  }
  if (token.startsWith(CLIENT_TOKEN_PREFIX)) {
    const [row] = (await em.query(
      `SELECT c.id, c.institution_id, a.scopes FROM integrator_access_token a JOIN integrator_client c ON c.id = a.client_id
        WHERE a.token_hash = $1 AND a.expires_at > now() AND c.revoked_at IS NULL`,
      [sha256(token)],
    )) as { id: string; institution_id: string; scopes: string[] }[];
    if (!row) return null;
    // personId is the client's own id: it names no person, so person-scoped lookups find nothing.
    return { personId: row.id, institutionId: row.institution_id, roles: new Set([Role.INSTITUTION_ADMIN]), issuerIds: [], sessionId: null, scopes: new Set(row.scopes), integratorClientId: row.id };
  }
  return null;
}

