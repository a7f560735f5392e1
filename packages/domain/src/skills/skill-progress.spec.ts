import { deriveSkillProgress, type SkillProgressInput } from './skill-progress.js';

const achievements = [
  { id: 'ach-writing', skillIds: ['skill-written', 'skill-critical'], levelCount: 4 },
  { id: 'ach-oral', skillIds: ['skill-oral'], levelCount: 4 },
  { id: 'ach-short', skillIds: ['skill-critical'], levelCount: 2 },
];
const ratings = (...levels: number[]) => levels.map((level) => ({ level }));

describe(deriveSkillProgress.name, () => {
  it('should take the best per-assessment minimum, not the best single rating', () => {
    const [written] = deriveSkillProgress({
      achievements: [achievements[0]!],
      awards: [],
      assessments: [
        { achievementId: 'ach-writing', assessedAt: '2025-02-01T10:00:00Z', ratings: ratings(4, 4, 1) }, // min 1
        { achievementId: 'ach-writing', assessedAt: '2025-03-01T10:00:00Z', ratings: ratings(2, 3, 2) }, // min 2
      ],
    }).filter((p) => p.skillId === 'skill-written');
    expect(written).toMatchObject({ bestLevel: 2, maxLevel: 4, progress: 0.5, assessmentCount: 2, earnedCount: 0 });
    expect(written!.lastAssessedAt).toEqual(new Date('2025-03-01T10:00:00Z'));
  });

  it('should build a time-ordered history with a running best', () => {
    const [oral] = deriveSkillProgress({
      achievements,
      awards: [],
      assessments: [
        { achievementId: 'ach-oral', assessedAt: new Date('2025-04-01T00:00:00Z'), ratings: ratings(2, 2) },
        { achievementId: 'ach-oral', assessedAt: '2025-01-01T00:00:00Z', ratings: ratings(3, 3) },
        { achievementId: 'ach-oral', assessedAt: '2025-02-01T00:00:00Z', ratings: ratings(1, 4) },
      ],
    }).filter((p) => p.skillId === 'skill-oral');
    expect(oral!.history.map((p) => [p.at.toISOString().slice(0, 10), p.level, p.bestLevel, p.progress])).toEqual([
      ['2025-01-01', 3, 3, 0.75],
      ['2025-02-01', 1, 3, 0.75],
      ['2025-04-01', 2, 3, 0.75],
    ]);
  });

  it('should count only active awards and reach full progress once earned', () => {
    const input: SkillProgressInput = {
      achievements,
      awards: [
        { achievementId: 'ach-writing', issuedAt: '2025-05-01T00:00:00Z', state: 'active' },
        { achievementId: 'ach-oral', issuedAt: '2025-05-01T00:00:00Z', state: 'revoked' },
        { achievementId: 'ach-oral', issuedAt: '2025-05-02T00:00:00Z', state: 'suspended' },
      ],
      assessments: [{ achievementId: 'ach-writing', assessedAt: '2025-04-20T00:00:00Z', ratings: ratings(3, 3) }],
    };
    const bySkill = new Map(deriveSkillProgress(input).map((p) => [p.skillId, p]));
    expect(bySkill.get('skill-written')).toMatchObject({ earnedCount: 1, progress: 1, bestLevel: 3 });
    expect(bySkill.get('skill-written')!.firstEarnedAt).toEqual(new Date('2025-05-01T00:00:00Z'));
    expect(bySkill.get('skill-oral')).toMatchObject({ earnedCount: 0, progress: 0, bestLevel: null, firstEarnedAt: null });
  });

  it('should normalise progress across rubrics of different sizes', () => {
    const critical = deriveSkillProgress({
      achievements,
      awards: [],
      assessments: [
        { achievementId: 'ach-writing', assessedAt: '2025-01-01T00:00:00Z', ratings: ratings(3, 3) }, // 3/4
        { achievementId: 'ach-short', assessedAt: '2025-01-02T00:00:00Z', ratings: ratings(2, 2) }, // 2/2
      ],
    }).find((p) => p.skillId === 'skill-critical');
    expect(critical).toMatchObject({ bestLevel: 3, maxLevel: 4, progress: 1, assessmentCount: 2 });
  });

  it('should report requested skills with nothing yet at zero, and ignore unknown achievements', () => {
    const progress = deriveSkillProgress({
      achievements: [],
      awards: [{ achievementId: 'gone', issuedAt: '2025-01-01T00:00:00Z', state: 'active' }],
      assessments: [{ achievementId: 'gone', assessedAt: '2025-01-01T00:00:00Z', ratings: ratings(4) }],
      skillIds: ['skill-teamwork'],
    });
    expect(progress).toEqual([{
      skillId: 'skill-teamwork', earnedCount: 0, assessmentCount: 0, bestLevel: null, maxLevel: 0, progress: 0,
      lastAssessedAt: null, firstEarnedAt: null, history: [],
    }]);
  });

  it('should count an assessment without ratings but give it no level', () => {
    const [written] = deriveSkillProgress({
      achievements: [achievements[0]!],
      awards: [],
      assessments: [{ achievementId: 'ach-writing', assessedAt: '2025-01-01T00:00:00Z', ratings: [] }],
    });
    expect(written).toMatchObject({ assessmentCount: 1, bestLevel: null, history: [] });
  });

  it('should throw on an unparseable date instead of producing NaN', () => {
    expect(() => deriveSkillProgress({
      achievements, awards: [], assessments: [{ achievementId: 'ach-oral', assessedAt: 'yesterday', ratings: ratings(1) }],
    })).toThrow(RangeError);
  });
});
