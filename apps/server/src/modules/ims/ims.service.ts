import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { AwardCredential } from '../credential/credential.entity';
import type { CredentialService } from '../credential/credential.service';
import type { VerificationService } from '../credential/verification.service';
import { ImportedCredential } from './ims.entity';
import { primaryEmailSql } from '../person/person.sql';

export type UpsertInput = { document: Record<string, unknown>; jws?: undefined } | { jws: string; document?: undefined };

export interface CredentialPage {
  total: number;
  credential: Record<string, unknown>[];
  compactJwsString: string[];
}

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
const idOf = (value: unknown): string | null => (typeof value === 'string' ? value : value && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string' ? (value as { id: string }).id : null);

/** What the 1EdTech REST endpoints read and write for a learner: credentials (issued here and imported) and the profile. */
export class ImsService {
  constructor(
    private readonly credentials: CredentialService,
    private readonly verification: VerificationService,
  ) {}

  /** The learner's OB 3.0 credentials: awards issued here (not revoked) and credentials they brought, oldest first. */
  async listOpenBadges(em: EntityManager, personId: string, page: { limit: number; offset: number; since: Date | null }): Promise<CredentialPage> {
    const rows = (await em.query(
      `SELECT kind, id, count(*) OVER () AS total FROM (
         SELECT 'award' AS kind, w.id, w.issued_at AS at FROM award w
          WHERE w.learner_id = $1 AND w.state <> 'revoked' AND ($2::timestamptz IS NULL OR w.issued_at > $2)
         UNION ALL
         SELECT 'imported', c.id, coalesce(c.valid_from, c.created_at) FROM imported_credential c
          WHERE c.person_id = $1 AND c.api = 'ob' AND ($2::timestamptz IS NULL OR coalesce(c.valid_from, c.created_at) > $2)
       ) x ORDER BY at, id LIMIT $3 OFFSET $4`,
      [personId, page.since, page.limit, page.offset],
    )) as { kind: 'award' | 'imported'; id: string; total: string }[];
    const total = rows.length ? Number(rows[0].total) : await this.countOpenBadges(em, personId, page.since);
    const awardIds = rows.filter((r) => r.kind === 'award').map((r) => r.id);
    const importedIds = rows.filter((r) => r.kind === 'imported').map((r) => r.id);
    await this.credentials.issue(em, awardIds);
    const [signed, imported] = await Promise.all([
      awardIds.length ? em.find(AwardCredential, { where: { awardId: In(awardIds) } }) : [],
      importedIds.length ? em.find(ImportedCredential, { where: { id: In(importedIds) } }) : [],
    ]);
    const byId = new Map<string, { document: Record<string, unknown>; jws: string | null }>([
      ...signed.map((s) => [s.awardId, { document: s.document, jws: null }] as const),
      ...imported.map((c) => [c.id, { document: c.document, jws: c.format === 'jws' ? c.jws : null }] as const),
    ]);
    const result: CredentialPage = { total, credential: [], compactJwsString: [] };
    for (const row of rows) {
      const item = byId.get(row.id);
      if (!item) continue;
      if (item.jws) result.compactJwsString.push(item.jws);
      else result.credential.push(item.document);
    }
    return result;
  }

  private async countOpenBadges(em: EntityManager, personId: string, since: Date | null): Promise<number> {
    const [row] = (await em.query(
      `SELECT (SELECT count(*) FROM award w WHERE w.learner_id = $1 AND w.state <> 'revoked' AND ($2::timestamptz IS NULL OR w.issued_at > $2))
            + (SELECT count(*) FROM imported_credential c WHERE c.person_id = $1 AND c.api = 'ob' AND ($2::timestamptz IS NULL OR coalesce(c.valid_from, c.created_at) > $2)) AS total`,
      [personId, since],
    )) as { total: string }[];
    return Number(row.total);
  }

  /** The learner's CLR 2.0: one freshly signed CLR of everything issued here (none without awards), then CLRs they brought. */
  async listClrs(em: EntityManager, personId: string, page: { limit: number; offset: number; since: Date | null }): Promise<CredentialPage> {
    const ownAwards = (await this.credentials.exportableAwardIds(em, personId)).size;
    const imported = await em.find(ImportedCredential, { where: { personId, api: 'clr' }, order: { createdAt: 'ASC', id: 'ASC' } });
    const items: (() => Promise<{ document: Record<string, unknown>; jws: string | null }>)[] = [];
    if (ownAwards > 0) items.push(async () => ({ document: (await this.credentials.exportClr(em, personId)).document, jws: null }));
    for (const c of imported) items.push(async () => ({ document: c.document, jws: c.format === 'jws' ? c.jws : null }));
    const result: CredentialPage = { total: items.length, credential: [], compactJwsString: [] };
    for (const load of items.slice(page.offset, page.offset + page.limit)) {
      const item = await load();
      if (item.jws) result.compactJwsString.push(item.jws);
      else result.credential.push(item.document);
    }
    return result;
  }

  /**
   * Stores a credential the learner brings from elsewhere after checking its shape and verifying it (signature,
   * dates, status where resolvable). Equality is the spec's: same issuer id and credential id; the newest
   * `validFrom` wins. `created` tells 201 from 200.
   */
  async upsert(em: EntityManager, personId: string, api: 'ob' | 'clr', input: UpsertInput): Promise<{ created: boolean } | { error: string }> {
    if (input.jws !== undefined && !/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(input.jws)) return { error: 'The body is not a compact JWS.' };
    const report = await this.verification.verify(em, input.jws ?? input.document!);
    const document = (input.document ?? report.credential) as Record<string, unknown> | undefined;
    if (!document) return { error: 'The body is not a verifiable credential.' };
    const types = asArray(document.type);
    const wanted = api === 'ob' ? ['OpenBadgeCredential', 'AchievementCredential'] : ['ClrCredential'];
    if (!types.some((t) => wanted.includes(String(t)))) return { error: `type must include ${wanted.join(' or ')}.` };
    const credentialId = typeof document.id === 'string' ? document.id : null;
    const issuerId = idOf(document.issuer);
    if (!credentialId) return { error: 'The credential has no id, so it cannot be stored (id is how later updates find it).' };
    if (!issuerId) return { error: 'The credential has no issuer id.' };
    if (!report.valid) {
      const failed = report.checks.filter((c) => c.status === 'failed').map((c) => `${c.id}: ${c.message}`);
      return { error: `The credential does not verify — ${failed.join('; ') || 'unknown reason'}.` };
    }
    const validFrom = typeof document.validFrom === 'string' && !Number.isNaN(Date.parse(document.validFrom)) ? new Date(document.validFrom) : null;
    return em.transaction(async (tx) => {
      const existing = await tx.findOne(ImportedCredential, { where: { personId, api, issuerId, credentialId }, lock: { mode: 'pessimistic_write' } });
      const values = { document, format: input.jws ? ('jws' as const) : ('json' as const), jws: input.jws ?? null, validFrom };
      if (!existing) {
        const inserted = await tx.createQueryBuilder().insert().into(ImportedCredential).values({ personId, api, issuerId, credentialId, ...values } as never).orIgnore().execute();
        return { created: (inserted.identifiers.filter(Boolean).length ?? 0) > 0 };
      }
      const newer = !existing.validFrom || !validFrom || validFrom.getTime() >= existing.validFrom.getTime();
      if (newer) await tx.update(ImportedCredential, { id: existing.id }, values as never);
      return { created: false };
    });
  }

  /** The learner's OB 3.0 Profile, or null when the person does not exist. */
  async profile(em: EntityManager, personId: string): Promise<Record<string, unknown> | null> {
    const [row] = (await em.query(
      `SELECT p.display_name AS name,
              ${primaryEmailSql('p.id')} AS email
         FROM person p WHERE p.id = $1`,
      [personId],
    )) as { name: string; email: string | null }[];
    if (!row) return null;
    return { id: `urn:uuid:${personId}`, type: 'Profile', name: row.name, ...(row.email ? { email: row.email } : {}) };
  }

  /** Replaces what OpenCLR keeps of the profile (the display name); the id and e-mail address are not changed here. */
  async updateProfile(em: EntityManager, personId: string, body: Record<string, unknown>): Promise<{ profile: Record<string, unknown> } | { error: string }> {
    if (!asArray(body.type).includes('Profile')) return { error: 'type must be "Profile".' };
    if (body.id !== undefined && body.id !== `urn:uuid:${personId}`) return { error: 'id must be the id of your own profile.' };
    const name = typeof body.name === 'string' ? body.name.trim() : '';
    if (!name) return { error: 'name is required.' };
    if (name.length > 200) return { error: 'name is longer than 200 characters.' };
    await em.query(`UPDATE person SET display_name = $2, updated_at = now() WHERE id = $1`, [personId, name]);
    return { profile: (await this.profile(em, personId))! };
  }
}
