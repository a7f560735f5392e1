import type { LearnerSkillProgressFragment } from '../../gql/graphql';
import { levelLabel, plural, toPercent } from '../../ui/format';

export interface SkillProgressView {
  percent: number;
  level: string;
  earned: string;
  assessments: string;
  /** Earned at least one badge for this skill. */
  achieved: boolean;
}

/** How one skill's progress reads on the learner dashboard. */
export function skillProgressView(p: LearnerSkillProgressFragment): SkillProgressView {
  return {
    percent: toPercent(p.progress),
    level: levelLabel(p.bestLevel, p.bestLevelName, p.maxLevel),
    earned: plural(p.earnedCount, 'badge'),
    assessments: plural(p.assessmentCount, 'assessment'),
    achieved: p.earnedCount > 0,
  };
}
