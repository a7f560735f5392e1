import type { EntityManager } from 'typeorm';
import { primaryEmailSql } from '../modules/person/person.sql';

/** Lower-case or upper-case canonical UUID; anything else is answered 404 before the database sees it. */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface PublicIssuer {
  id: string;
  name: string;
  url: string | null;
  email: string | null;
  description: string | null;
  imageUrl: string | null;
}

export interface PublicAchievement {
  id: string;
  name: string;
  description: string;
  criteriaMarkdown: string | null;
  imageUrl: string | null;
  achievementType: string;
  version: string;
  awardMinLevel: number;
  issuer: PublicIssuer;
  skills: { id: string; name: string; code: string | null; description: string | null; externalUri: string | null; framework: string }[];
}

export interface PublicAward {
  id: string;
  state: 'active' | 'suspended' | 'revoked';
  stateReason: string | null;
  issuedAt: Date;
  validUntil: Date | null;
  learnerName: string;
  learnerEmail: string | null;
  timeZone: string;
  achievement: PublicAchievement;
  results: { criterion: string; levelName: string; level: number; maxLevel: number }[];
}

const ISSUER_COLUMNS = `i.id AS "issuerId", i.name AS "issuerName", i.url AS "issuerUrl", i.email AS "issuerEmail",
  i.description AS "issuerDescription", i.image_url AS "issuerImageUrl"`;

type IssuerRow = { issuerId: string; issuerName: string; issuerUrl: string | null; issuerEmail: string | null; issuerDescription: string | null; issuerImageUrl: string | null };

const issuerOf = (row: IssuerRow): PublicIssuer => ({
  id: row.issuerId,
  name: row.issuerName,
  url: row.issuerUrl,
  email: row.issuerEmail,
  description: row.issuerDescription,
  imageUrl: row.issuerImageUrl,
});

/** The issuer, or null when there is none with this id. */
export async function findIssuer(em: EntityManager, issuerId: string): Promise<PublicIssuer | null> {
  const [row] = (await em.query(`SELECT ${ISSUER_COLUMNS} FROM issuer i WHERE i.id = $1`, [issuerId])) as IssuerRow[];
  return row ? issuerOf(row) : null;
}

/**
 * A published (or archived) achievement with its issuer and aligned skills, in two statements; drafts are not
 * public and come back as null, like unknown ids.
 */
export async function findPublicAchievement(em: EntityManager, achievementId: string, options: { includeDrafts?: boolean } = {}): Promise<PublicAchievement | null> {
  const [row] = (await em.query(
    `SELECT a.id, a.name, a.description, a.criteria_markdown AS "criteriaMarkdown", a.image_url AS "imageUrl",
            a.achievement_type AS "achievementType", a.version, a.award_min_level AS "awardMinLevel", a.status, ${ISSUER_COLUMNS}
       FROM achievement a JOIN issuer i ON i.id = a.issuer_id
      WHERE a.id = $1`,
    [achievementId],
  )) as (IssuerRow & Omit<PublicAchievement, 'issuer' | 'skills'> & { status: string })[];
  if (!row || (row.status === 'draft' && !options.includeDrafts)) return null;
  const skills = (await em.query(
    `SELECT s.id, s.name, s.code, s.description, s.external_uri AS "externalUri", f.name AS framework
       FROM achievement_alignment al JOIN skill s ON s.id = al.skill_id JOIN skill_framework f ON f.id = s.framework_id
      WHERE al.achievement_id = $1 ORDER BY s.position, s.name`,
    [achievementId],
  )) as PublicAchievement['skills'];
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    criteriaMarkdown: row.criteriaMarkdown,
    imageUrl: row.imageUrl,
    achievementType: row.achievementType,
    version: row.version,
    awardMinLevel: row.awardMinLevel,
    issuer: issuerOf(row),
    skills,
  };
}

/** What the public page and the OB 2.0 assertion of one award show, in four statements; null for unknown awards. */
export async function findPublicAward(em: EntityManager, awardId: string): Promise<PublicAward | null> {
  const [row] = (await em.query(
    `SELECT w.id, w.state, w.state_reason AS "stateReason", w.issued_at AS "issuedAt", w.valid_until AS "validUntil",
            w.achievement_id AS "achievementId", p.display_name AS "learnerName", inst.time_zone AS "timeZone",
            ${primaryEmailSql('w.learner_id')} AS "learnerEmail"
       FROM award w JOIN person p ON p.id = w.learner_id JOIN institution inst ON inst.id = w.institution_id
      WHERE w.id = $1`,
    [awardId],
  )) as (Omit<PublicAward, 'achievement' | 'results'> & { achievementId: string })[];
  if (!row) return null;
  const [achievement, results] = await Promise.all([
    findPublicAchievement(em, row.achievementId, { includeDrafts: true }),
    em.query(
      `SELECT c.name AS criterion, l.name AS "levelName", r.level,
              (SELECT max(position) FROM rubric_level WHERE achievement_id = c.achievement_id) AS "maxLevel"
         FROM award_result r JOIN rubric_criterion c ON c.id = r.criterion_id
         LEFT JOIN rubric_level l ON l.achievement_id = c.achievement_id AND l.position = r.level
        WHERE r.award_id = $1 ORDER BY c.position`,
      [awardId],
    ) as Promise<{ criterion: string; levelName: string | null; level: number; maxLevel: number | null }[]>,
  ]);
  if (!achievement) return null;
  const { achievementId: _ignored, ...award } = row;
  return {
    ...award,
    achievement,
    results: results.map((r) => ({ criterion: r.criterion, levelName: r.levelName ?? `Level ${r.level}`, level: Number(r.level), maxLevel: Number(r.maxLevel ?? r.level) })),
  };
}
