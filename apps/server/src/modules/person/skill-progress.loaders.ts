import { deriveSkillProgress, ProgressAchievement, SkillProgress } from '@openclr/domain';
import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';

/** The skill catalogue of an institution as progress needs it: skills in order, achievements aligned to them. */
export interface ProgressCatalogue {
  skills: { id: string; name: string; code: string | null; description: string | null; externalUri: string | null; frameworkId: string; parentId: string | null }[];
  achievements: (ProgressAchievement & { levelNames: string[] })[];
}

export interface LearnerSkillProgress extends SkillProgress {
  bestLevelName: string | null;
}

async function loadCatalogue(em: EntityManager, institutionId: string): Promise<ProgressCatalogue> {
  const [skills, achievements] = await Promise.all([
    em.query(
      `SELECT s.id, s.name, s.code, s.description, s.external_uri AS "externalUri", s.framework_id AS "frameworkId", s.parent_id AS "parentId"
         FROM skill s JOIN skill_framework f ON f.id = s.framework_id
        WHERE f.institution_id = $1
          AND EXISTS (SELECT 1 FROM achievement_alignment al WHERE al.skill_id = s.id)
        ORDER BY f.name, s.position, s.name, s.id`,
      [institutionId],
    ),
    em.query(
      `SELECT a.id,
              ARRAY(SELECT al.skill_id::text FROM achievement_alignment al WHERE al.achievement_id = a.id) AS "skillIds",
              ARRAY(SELECT l.name::text FROM rubric_level l WHERE l.achievement_id = a.id ORDER BY l.position) AS "levelNames"
         FROM achievement a
        WHERE a.institution_id = $1`,
      [institutionId],
    ),
  ]);
  return {
    skills,
    achievements: (achievements as { id: string; skillIds: string[]; levelNames: string[] }[]).map((a) => ({ ...a, levelCount: a.levelNames.length })),
  };
}

/**
 * Per-request loaders for skill progress: the catalogue once per institution, and the awards and assessments of
 * every learner asked for in one batch — three statements whatever the number of learners or rows.
 */
export function skillProgressLoaders(em: EntityManager) {
  const catalogue = new DataLoader<string, ProgressCatalogue>(async (institutionIds) => Promise.all(institutionIds.map((id) => loadCatalogue(em, id))));

  const progress = new DataLoader<string, LearnerSkillProgress[], string>(
    async (keys) => {
      const parsed = keys.map((key) => {
        const [institutionId, learnerId] = key.split('/');
        return { institutionId, learnerId };
      });
      const learnerIds = [...new Set(parsed.map((k) => k.learnerId))];
      const [awards, assessments] = await Promise.all([
        em.query(
          `SELECT learner_id AS "learnerId", achievement_id AS "achievementId", issued_at AS "issuedAt", state
             FROM award WHERE learner_id = ANY($1::uuid[])`,
          [learnerIds],
        ) as Promise<{ learnerId: string; achievementId: string; issuedAt: Date; state: 'active' | 'suspended' | 'revoked' }[]>,
        em.query(
          `SELECT a.learner_id AS "learnerId", a.achievement_id AS "achievementId", a.assessed_at AS "assessedAt", min(r.level)::int AS level
             FROM assessment a JOIN assessment_rating r ON r.assessment_id = a.id
            WHERE a.learner_id = ANY($1::uuid[])
            GROUP BY a.id`,
          [learnerIds],
        ) as Promise<{ learnerId: string; achievementId: string; assessedAt: Date; level: number }[]>,
      ]);
      return Promise.all(
        parsed.map(async ({ institutionId, learnerId }) => {
          const { skills, achievements } = await catalogue.load(institutionId);
          const derived = deriveSkillProgress({
            achievements,
            awards: awards.filter((a) => a.learnerId === learnerId),
            assessments: assessments.filter((a) => a.learnerId === learnerId).map((a) => ({ ...a, ratings: [{ level: a.level }] })),
            skillIds: skills.map((s) => s.id),
          });
          const bySkill = new Map(derived.map((p) => [p.skillId, p]));
          return skills.map((skill) => {
            const p = bySkill.get(skill.id)!;
            const scale = achievements.find((a) => a.skillIds.includes(skill.id) && a.levelCount === p.maxLevel);
            return { ...p, bestLevelName: p.bestLevel ? (scale?.levelNames[p.bestLevel - 1] ?? null) : null };
          });
        }),
      );
    },
  );

  return { progressCatalogue: catalogue, skillProgress: progress };
}

export const progressKey = (institutionId: string, learnerId: string) => `${institutionId}/${learnerId}`;
