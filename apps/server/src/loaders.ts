import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { alignTo, byIdLoader, byParentLoader } from './db/loader-utils';
import { Achievement, AchievementAlignment, RubricCriterion, RubricCriterionLevel, RubricLevel } from './modules/achievement/achievement.entity';
import { Cohort } from './modules/cohort/cohort.entity';
import { Experience } from './modules/experience/experience.entity';
import { Institution } from './modules/institution/institution.entity';
import { Issuer } from './modules/issuer/issuer.entity';
import { Person } from './modules/person/person.entity';
import { skillProgressLoaders } from './modules/person/skill-progress.loaders';
import { Programme, Term } from './modules/programme/programme.entity';
import { Skill, SkillFramework } from './modules/skill/skill.entity';
import { primaryEmailSql } from './modules/person/person.sql';

/** DataLoaders for one request (never shared across requests: they cache without permission checks). */
export function createLoaders(em: EntityManager) {
  return {
    institutionById: byIdLoader(em, Institution),
    issuerById: byIdLoader(em, Issuer),
    personById: byIdLoader(em, Person),
    programmeById: byIdLoader(em, Programme),
    termById: byIdLoader(em, Term),
    cohortById: byIdLoader(em, Cohort),
    experienceById: byIdLoader(em, Experience),
    skillById: byIdLoader(em, Skill),
    skillFrameworkById: byIdLoader(em, SkillFramework),
    achievementById: byIdLoader(em, Achievement),
    alignmentsByAchievement: byParentLoader(em, AchievementAlignment, 'achievementId'),
    criteriaByAchievement: byParentLoader(em, RubricCriterion, 'achievementId', { position: 'ASC' }),
    levelsByAchievement: byParentLoader(em, RubricLevel, 'achievementId', { position: 'ASC' }),
    cellsByCriterion: byParentLoader(em, RubricCriterionLevel, 'criterionId'),
    cohortMemberCount: new DataLoader<string, number>(async (cohortIds) => {
      const rows = (await em.query(
        `SELECT cohort_id AS id, count(*)::int AS n FROM cohort_membership WHERE cohort_id = ANY($1::uuid[]) AND left_at IS NULL GROUP BY cohort_id`,
        [[...cohortIds]],
      )) as { id: string; n: number }[];
      const counts = new Map(rows.map((r) => [r.id, r.n]));
      return cohortIds.map((id) => counts.get(id) ?? 0);
    }),
    primaryEmailByPerson: new DataLoader<string, string | null>(async (personIds) => {
      const rows = (await em.query(
        `SELECT p.id, ${primaryEmailSql('p.id')} AS value FROM unnest($1::uuid[]) AS p(id)`,
        [[...personIds]],
      )) as { id: string; value: string }[];
      return alignTo(personIds, rows, (r) => r.id).map((r) => r?.value ?? null);
    }),
    ...skillProgressLoaders(em),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
