import type { OpenBadgeCredentialInput } from '@openclr/credentials';
import type { EntityManager } from 'typeorm';
import { PublicUrls } from './public-urls';
import { primaryEmailSql } from '../person/person.sql';

interface AwardRow {
  id: string;
  issuerId: string;
  achievementId: string;
  issuedAt: Date;
  validFrom: Date;
  validUntil: Date | null;
  statusListIndex: number;
  achievementName: string;
  achievementDescription: string;
  criteriaMarkdown: string | null;
  imageUrl: string | null;
  achievementType: string;
  version: string;
  awardMinLevel: number;
  issuerName: string;
  issuerUrl: string | null;
  issuerEmail: string | null;
  issuerDescription: string | null;
  learnerEmail: string | null;
  learnerName: string;
  learnerId: string;
}

type LevelRow = { achievementId: string; position: number; name: string; description: string | null };
type CriterionRow = LevelRow & { id: string };
type CellRow = { achievementId: string; criterion: number; level: number; description: string };
type SkillRow = { achievementId: string; id: string; name: string; code: string | null; description: string | null; externalUri: string | null; framework: string };
type ResultRow = { awardId: string; criterion: number; level: number };
type EvidenceRow = { awardId: string; title: string | null; url: string | null; narrative: string | null };

/** A skill as an OB alignment: its source URI when it has one, else our skill URL. */
export function skillAlignment(urls: PublicUrls, s: Omit<SkillRow, 'achievementId'>) {
  return { name: s.name, url: s.externalUri ?? urls.skill(s.id), code: s.code ?? undefined, framework: s.framework, description: s.description ?? undefined };
}

function group<T>(rows: T[], keyOf: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(keyOf(row), [...(map.get(keyOf(row)) ?? []), row]);
  return map;
}

const absolute = (origin: string, url: string | null): string | undefined => (url ? new URL(url, origin).toString() : undefined);

/**
 * Reads everything the OB 3.0 credentials of `awardIds` need in seven set-based statements and maps it to builder
 * inputs (without the issuer id, which the signer supplies). Awards without a live learner e-mail fall back to
 * `urn:uuid:<learner id>` as subject id.
 */
export async function loadCredentialInputs(em: EntityManager, urls: PublicUrls, awardIds: readonly string[]): Promise<Map<string, { issuerId: string; input: Omit<OpenBadgeCredentialInput, 'issuer'> & { issuer: Omit<OpenBadgeCredentialInput['issuer'], 'id'> } }>> {
  const ids = [...new Set(awardIds)];
  const awards = (await em.query(
    `SELECT w.id, w.issuer_id AS "issuerId", w.achievement_id AS "achievementId", w.issued_at AS "issuedAt", w.valid_from AS "validFrom",
            w.valid_until AS "validUntil", w.status_list_index AS "statusListIndex",
            a.name AS "achievementName", a.description AS "achievementDescription", a.criteria_markdown AS "criteriaMarkdown",
            a.image_url AS "imageUrl", a.achievement_type AS "achievementType", a.version, a.award_min_level AS "awardMinLevel",
            i.name AS "issuerName", i.url AS "issuerUrl", i.email AS "issuerEmail", i.description AS "issuerDescription",
            p.display_name AS "learnerName", w.learner_id AS "learnerId",
            ${primaryEmailSql('w.learner_id')} AS "learnerEmail"
       FROM award w JOIN achievement a ON a.id = w.achievement_id JOIN issuer i ON i.id = w.issuer_id JOIN person p ON p.id = w.learner_id
      WHERE w.id = ANY($1::uuid[])`,
    [ids],
  )) as AwardRow[];
  const achievementIds = [...new Set(awards.map((a) => a.achievementId))];
  const [levels, criteria, cells, alignments, results, evidence] = (await Promise.all([
    em.query(`SELECT achievement_id AS "achievementId", position, name, description FROM rubric_level WHERE achievement_id = ANY($1::uuid[]) ORDER BY position`, [achievementIds]),
    em.query(`SELECT id, achievement_id AS "achievementId", position, name, description FROM rubric_criterion WHERE achievement_id = ANY($1::uuid[]) ORDER BY position`, [achievementIds]),
    em.query(
      `SELECT c.achievement_id AS "achievementId", c.position AS criterion, l.position AS level, cl.description
         FROM rubric_criterion_level cl JOIN rubric_criterion c ON c.id = cl.criterion_id JOIN rubric_level l ON l.id = cl.level_id
        WHERE c.achievement_id = ANY($1::uuid[])`,
      [achievementIds],
    ),
    em.query(
      `SELECT al.achievement_id AS "achievementId", s.id, s.name, s.code, s.description, s.external_uri AS "externalUri", f.name AS framework
         FROM achievement_alignment al JOIN skill s ON s.id = al.skill_id JOIN skill_framework f ON f.id = s.framework_id
        WHERE al.achievement_id = ANY($1::uuid[]) ORDER BY s.position, s.name`,
      [achievementIds],
    ),
    em.query(
      `SELECT r.award_id AS "awardId", c.position AS criterion, r.level FROM award_result r JOIN rubric_criterion c ON c.id = r.criterion_id
        WHERE r.award_id = ANY($1::uuid[]) ORDER BY c.position`,
      [ids],
    ),
    em.query(
      `SELECT ae.award_id AS "awardId", e.title, e.url, e.narrative, e.kind FROM award_evidence ae JOIN evidence e ON e.id = ae.evidence_id
        WHERE ae.award_id = ANY($1::uuid[]) ORDER BY e.submitted_at`,
      [ids],
    ),
  ])) as [LevelRow[], CriterionRow[], CellRow[], SkillRow[], ResultRow[], EvidenceRow[]];
  const levelsBy = group(levels, (r) => r.achievementId);
  const criteriaBy = group(criteria, (r) => r.achievementId);
  const cellsBy = group(cells, (r) => r.achievementId);
  const alignmentsBy = group(alignments, (r) => r.achievementId);
  const resultsBy = group(results, (r) => r.awardId);
  const evidenceBy = group(evidence, (r) => r.awardId);

  const inputs = new Map();
  for (const award of awards) {
    const awardLevels = levelsBy.get(award.achievementId) ?? [];
    const awardCriteria = criteriaBy.get(award.achievementId) ?? [];
    const awardCells = cellsBy.get(award.achievementId) ?? [];
    const skills = alignmentsBy.get(award.achievementId) ?? [];
    const levelId = (position: number) => `level-${position}`;
    const criterionId = (position: number) => `criterion-${position}`;
    inputs.set(award.id, {
      issuerId: award.issuerId,
      input: {
        id: urls.credential(award.id),
        issuer: { name: award.issuerName, url: award.issuerUrl ?? undefined, email: award.issuerEmail ?? undefined, description: award.issuerDescription ?? undefined },
        name: award.achievementName,
        achievement: {
          id: urls.achievement(award.achievementId),
          name: award.achievementName,
          description: award.achievementDescription,
          criteria: { narrative: award.criteriaMarkdown ?? `Every rubric criterion rated at level ${award.awardMinLevel} or higher.` },
          image: award.imageUrl ? { url: absolute(urls.origin, award.imageUrl)! } : undefined,
          achievementType: award.achievementType,
          version: award.version,
          alignments: skills.map((s) => ({ ...skillAlignment(urls, s), targetType: 'ceasn:Competency' })),
          rubric: awardLevels.length
            ? {
                levels: awardLevels.map((l) => ({ id: levelId(l.position), name: l.name, description: l.description ?? undefined, level: String(l.position) })),
                criteria: awardCriteria.map((c) => ({
                  id: criterionId(c.position),
                  name: c.name,
                  description: c.description ?? undefined,
                  levelDescriptions: Object.fromEntries(
                    awardCells.filter((cell) => cell.criterion === c.position).map((cell) => [levelId(cell.level), cell.description]),
                  ),
                })),
                requiredLevel: levelId(award.awardMinLevel),
              }
            : undefined,
        },
        recipient: award.learnerEmail ? { identifiers: [{ type: 'emailAddress', value: award.learnerEmail }] } : { id: `urn:uuid:${award.learnerId}` },
        validFrom: award.validFrom,
        validUntil: award.validUntil ?? undefined,
        awardedDate: award.issuedAt,
        results: (resultsBy.get(award.id) ?? []).map((r) => ({ criterionId: criterionId(r.criterion), levelId: levelId(r.level) })),
        evidence: (evidenceBy.get(award.id) ?? []).map((e) => ({
          url: e.url ?? undefined,
          name: e.title ?? undefined,
          narrative: e.narrative ?? undefined,
        })),
        status: { statusListCredential: urls.statusList(award.issuerId, 'revocation'), statusListIndex: award.statusListIndex, statusPurpose: 'revocation' },
      },
    });
  }
  return inputs;
}
