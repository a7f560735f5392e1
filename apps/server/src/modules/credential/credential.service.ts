import { buildClrCredential, buildOpenBadgeCredential, signVcJwt } from '@openclr/credentials';
import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import { Award } from '../award/award.entity';
import { AwardCredential } from './credential.entity';
import { loadCredentialInputs } from './credential-input';
import { KeyService } from './key.service';
import { PublicUrls } from './public-urls';
import { type BatchSigner, inProcessSigning } from './signing-pool';
import { primaryEmailSql } from '../person/person.sql';

export interface SignedCredential {
  award: Award;
  document: Record<string, unknown>;
  jwt: string;
}

/**
 * Turns awards into signed OB 3.0 credentials (Data Integrity eddsa-rdfc-2022 + VC-JWT RS256) and bundles a
 * learner's credentials into a signed CLR 2.0. A credential is signed once and stored; it is never re-derived, so
 * what a learner downloaded yesterday verifies byte for byte today.
 */
export class CredentialService {
  constructor(
    private readonly keys: KeyService,
    private readonly urls: PublicUrls,
    /** Signs batches (e.g. a `SigningPool` on worker threads); a single award is always signed in-process. */
    private readonly batchSigner: BatchSigner = inProcessSigning,
  ) {}

  /** Signs and stores the credentials of the given awards that have none yet; returns how many it signed. */
  async issue(em: EntityManager, awardIds: readonly string[]): Promise<number> {
    if (!awardIds.length) return 0;
    const existing = new Set((await em.find(AwardCredential, { select: { awardId: true }, where: { awardId: In([...awardIds]) } })).map((c) => c.awardId));
    const pending = awardIds.filter((id) => !existing.has(id));
    if (!pending.length) return 0;
    const inputs = await loadCredentialInputs(em, this.urls, pending);
    const rows: Partial<AwardCredential>[] = [];
    const byIssuer = new Map<string, string[]>();
    for (const [awardId, { issuerId }] of inputs) byIssuer.set(issuerId, [...(byIssuer.get(issuerId) ?? []), awardId]);
    for (const [issuerId, ids] of byIssuer) {
      const keys = await this.keys.signingKeys(em, issuerId);
      const unsigned = ids.map((id) => inputs.get(id)!.input).map((input) => buildOpenBadgeCredential({ ...input, issuer: { ...input.issuer, id: keys.issuerDid } }) as unknown as Record<string, unknown>);
      const signed = await (ids.length > 1 ? this.batchSigner : inProcessSigning).signMany(keys, unsigned);
      signed.forEach(({ document, jwt }, i) => rows.push({ awardId: ids[i], document, jwt, issuerKeyId: keys.ed25519.id }));
    }
    await em.createQueryBuilder().insert().into(AwardCredential).values(rows as never[]).orIgnore().execute();
    return rows.length;
  }

  /** The stored credential of an award, signing it first when it is still pending (e.g. a batch not yet done). */
  async find(em: EntityManager, awardId: string): Promise<SignedCredential | null> {
    const award = await em.findOneBy(Award, { id: awardId });
    if (!award) return null;
    let credential = await em.findOneBy(AwardCredential, { awardId });
    if (!credential) {
      await this.issue(em, [awardId]);
      credential = await em.findOneByOrFail(AwardCredential, { awardId });
    }
    return { award, document: credential.document, jwt: credential.jwt };
  }

  /**
   * A signed CLR 2.0 of the learner's awards (all of them, or the selected ones, then `partial`), issued by the
   * institution's first issuer. Revoked awards are never included.
   */
  /** The learner's awards a CLR may include (not revoked), among `awardIds` when given: the check before `exportClr`. */
  async exportableAwardIds(em: EntityManager, learnerId: string, awardIds?: readonly string[]): Promise<Set<string>> {
    const qb = em.getRepository(Award).createQueryBuilder('w').select('w.id', 'id').where(`w.learnerId = :learnerId AND w.state <> 'revoked'`, { learnerId });
    if (awardIds) qb.andWhere('w.id IN (:...awardIds)', { awardIds: awardIds.length ? [...awardIds] : [null] });
    return new Set((await qb.getRawMany<{ id: string }>()).map((r) => r.id));
  }

  async exportClr(em: EntityManager, learnerId: string, awardIds?: readonly string[]): Promise<{ document: Record<string, unknown>; jwt: string; awardIds: string[] }> {
    const all = await em.getRepository(Award).createQueryBuilder('w').where(`w.learnerId = :learnerId AND w.state <> 'revoked'`, { learnerId }).orderBy('w.issuedAt', 'ASC').getMany();
    const selected = awardIds ? all.filter((a) => awardIds.includes(a.id)) : all;
    await this.issue(em, selected.map((a) => a.id));
    const credentials = selected.length ? await em.find(AwardCredential, { where: { awardId: In(selected.map((a) => a.id)) } }) : [];
    const byAward = new Map(credentials.map((c) => [c.awardId, c.document]));
    const [learner] = (await em.query(
      `SELECT p.display_name AS name, p.institution_id AS "institutionId",
              ${primaryEmailSql('p.id')} AS email,
              (SELECT i.id FROM issuer i WHERE i.institution_id = p.institution_id ORDER BY i.created_at, i.id LIMIT 1) AS "issuerId",
              (SELECT i.name FROM issuer i WHERE i.institution_id = p.institution_id ORDER BY i.created_at, i.id LIMIT 1) AS "issuerName",
              (SELECT name FROM institution WHERE id = p.institution_id) AS "institutionName"
         FROM person p WHERE p.id = $1`,
      [learnerId],
    )) as { name: string; email: string | null; issuerId: string; issuerName: string; institutionName: string }[];
    const keys = await this.keys.signingKeys(em, learner.issuerId);
    const now = new Date();
    const clr = buildClrCredential({
      id: `urn:uuid:${randomUUID()}`,
      issuer: { id: keys.issuerDid, name: learner.issuerName },
      name: `Comprehensive Learner Record — ${learner.name}`,
      description: `Skills and achievements of ${learner.name} at ${learner.institutionName}.`,
      recipient: learner.email ? { identifiers: [{ type: 'emailAddress', value: learner.email }] } : { id: `urn:uuid:${learnerId}` },
      credentials: selected.map((a) => byAward.get(a.id)!).filter(Boolean),
      partial: selected.length < all.length,
      validFrom: now,
      awardedDate: now,
    });
    const signed = (await keys.signer.sign(clr)) as unknown as Record<string, unknown>;
    return { document: signed, jwt: await signVcJwt(signed, keys.jwtKey, { embedJwk: keys.embedJwk }), awardIds: selected.map((a) => a.id) };
  }
}
