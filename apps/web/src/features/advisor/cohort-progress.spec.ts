import { alignCells, cohortCellView, type CohortCell } from './cohort-progress';

const cell = (skillId: string, over: Partial<CohortCell> = {}): CohortCell => ({
  __typename: 'CohortProgressCell',
  skill: { __typename: 'Skill', id: skillId },
  earnedCount: 0,
  assessmentCount: 0,
  bestLevel: null,
  bestLevelName: null,
  ...over,
});

describe('alignCells', () => {
  it('should put cells under their skill columns and leave gaps empty', () => {
    const a = cell('A');
    const c = cell('C');
    expect(alignCells([{ id: 'A' }, { id: 'B' }, { id: 'C' }], [c, a])).toEqual([a, null, c]);
  });
});

describe('cohortCellView', () => {
  it('should show a dash for a skill never assessed', () => {
    expect(cohortCellView(null)).toMatchObject({ level: '—', tone: 0, description: 'Not yet assessed' });
    expect(cohortCellView(cell('A'))).toMatchObject({ level: '—', tone: 0 });
  });

  it('should show the best level, badges and assessments', () => {
    expect(cohortCellView(cell('A', { bestLevel: 3, bestLevelName: 'Milestone', earnedCount: 1, assessmentCount: 2 }))).toEqual({
      level: 'Milestone 3',
      tone: 3,
      earned: 1,
      assessments: 2,
      description: 'best level Milestone 3, 1 badge earned, 2 assessments',
    });
  });

  it('should cap the heat-map step for rubrics with more levels', () => {
    expect(cohortCellView(cell('A', { bestLevel: 6, bestLevelName: 'Exemplary', assessmentCount: 1 })).tone).toBe(4);
  });
});
