import type { LearnerSkillProgressFragment } from '../../gql/graphql';
import { skillProgressView } from './skill-progress';

const progress = (over: Partial<LearnerSkillProgressFragment> = {}): LearnerSkillProgressFragment => ({
  __typename: 'SkillProgress',
  skill: { __typename: 'Skill', id: 'S1', name: 'Teamwork', code: 'TW' },
  earnedCount: 0,
  assessmentCount: 0,
  bestLevel: null,
  bestLevelName: null,
  maxLevel: 4,
  progress: 0,
  lastAssessedAt: null,
  ...over,
});

describe('skillProgressView', () => {
  it('should describe a skill not yet assessed', () => {
    expect(skillProgressView(progress())).toEqual({
      percent: 0,
      level: 'Not yet assessed',
      earned: '0 badges',
      assessments: '0 assessments',
      achieved: false,
    });
  });

  it('should describe an earned skill with its best level', () => {
    const view = skillProgressView(progress({ earnedCount: 1, assessmentCount: 3, bestLevel: 3, bestLevelName: 'Milestone', progress: 0.75 }));
    expect(view).toEqual({
      percent: 75,
      level: 'Milestone (level 3 of 4)',
      earned: '1 badge',
      assessments: '3 assessments',
      achieved: true,
    });
  });
});
