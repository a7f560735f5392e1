/** An instant as it arrives from the database (Date) or from GraphQL (ISO string). */
export type InstantLike = Date | string;

export type AwardStateLike = 'active' | 'suspended' | 'revoked';

/** An achievement as far as skill progress cares: what it aligns to and how many rubric levels it has. */
export interface ProgressAchievement {
  readonly id: string;
  readonly skillIds: readonly string[];
  /** Number of rubric levels (N); 0 when the achievement has no rubric. */
  readonly levelCount: number;
}

export interface ProgressAward {
  readonly achievementId: string;
  readonly issuedAt: InstantLike;
  readonly state: AwardStateLike;
}

export interface ProgressAssessment {
  readonly achievementId: string;
  readonly assessedAt: InstantLike;
  readonly ratings: readonly { readonly level: number }[];
}

export interface SkillProgressInput {
  readonly achievements: readonly ProgressAchievement[];
  readonly awards: readonly ProgressAward[];
  readonly assessments: readonly ProgressAssessment[];
  /** Skills to report even when nothing touches them yet (all at zero). */
  readonly skillIds?: readonly string[];
}

/** One assessment's contribution to a skill, in time order. */
export interface SkillProgressPoint {
  readonly at: Date;
  readonly achievementId: string;
  /** This assessment's level: its lowest criterion rating. */
  readonly level: number;
  /** Best level up to and including this point. */
  readonly bestLevel: number;
  /** Progress up to and including this point (0..1). */
  readonly progress: number;
}

export interface SkillProgress {
  readonly skillId: string;
  /** Active awards of achievements aligned to the skill. Suspended and revoked awards do not count. */
  readonly earnedCount: number;
  readonly assessmentCount: number;
  /** Highest level reached on every criterion in one assessment; null before any rated assessment. */
  readonly bestLevel: number | null;
  /** Largest level count among the skill's aligned achievements: the scale `bestLevel` is read on. */
  readonly maxLevel: number;
  /** 0..1: the best per-assessment `level / levelCount`, or 1 once the skill has an active award. */
  readonly progress: number;
  readonly lastAssessedAt: Date | null;
  /** First award of an aligned achievement still active, if any. */
  readonly firstEarnedAt: Date | null;
  readonly history: readonly SkillProgressPoint[];
}

interface Accumulator {
  earnedCount: number;
  assessmentCount: number;
  bestLevel: number | null;
  maxLevel: number;
  progress: number;
  lastAssessedAt: Date | null;
  firstEarnedAt: Date | null;
  points: { at: Date; achievementId: string; level: number; fraction: number }[];
}

/**
 * Derives per-skill progress from a learner's awards and assessments; the same function feeds the server and the
 * web app so that both show the same numbers.
 *
 * Definition: an assessment's level is the minimum of its criterion ratings (the level reached on every
 * criterion, which is what the award rule tests); a skill's best level is the maximum of that over all
 * assessments of aligned achievements. Progress is the best `level / levelCount` (so rubrics of different sizes
 * compare), raised to 1 by an active award. Skills come back sorted by id; history by time (then achievement).
 */
export function deriveSkillProgress(input: SkillProgressInput): SkillProgress[] {
  const bySkill = new Map<string, Accumulator>();
  const touch = (skillId: string): Accumulator => {
    let acc = bySkill.get(skillId);
    if (!acc) {
      acc = {
        earnedCount: 0, assessmentCount: 0, bestLevel: null, maxLevel: 0, progress: 0,
        lastAssessedAt: null, firstEarnedAt: null, points: [],
      };
      bySkill.set(skillId, acc);
    }
    return acc;
  };
  for (const skillId of input.skillIds ?? []) touch(skillId);

  const achievements = new Map(input.achievements.map((achievement) => [achievement.id, achievement]));
  for (const achievement of input.achievements) {
    for (const skillId of new Set(achievement.skillIds)) {
      const acc = touch(skillId);
      acc.maxLevel = Math.max(acc.maxLevel, achievement.levelCount);
    }
  }

  for (const award of input.awards) {
    if (award.state !== 'active') continue;
    const issuedAt = toDate(award.issuedAt);
    for (const skillId of new Set(achievements.get(award.achievementId)?.skillIds ?? [])) {
      const acc = touch(skillId);
      acc.earnedCount += 1;
      acc.progress = 1;
      if (!acc.firstEarnedAt || issuedAt < acc.firstEarnedAt) acc.firstEarnedAt = issuedAt;
    }
  }

  for (const assessment of input.assessments) {
    const achievement = achievements.get(assessment.achievementId);
    if (!achievement) continue;
    const at = toDate(assessment.assessedAt);
    const level = assessment.ratings.length > 0 ? Math.min(...assessment.ratings.map((rating) => rating.level)) : null;
    const fraction = level !== null && achievement.levelCount > 0 ? clamp01(level / achievement.levelCount) : 0;
    for (const skillId of new Set(achievement.skillIds)) {
      const acc = touch(skillId);
      acc.assessmentCount += 1;
      if (!acc.lastAssessedAt || at > acc.lastAssessedAt) acc.lastAssessedAt = at;
      if (level === null) continue;
      acc.bestLevel = Math.max(acc.bestLevel ?? level, level);
      acc.progress = Math.max(acc.progress, fraction);
      acc.points.push({ at, achievementId: achievement.id, level, fraction });
    }
  }

  return [...bySkill.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([skillId, acc]) => ({
      skillId,
      earnedCount: acc.earnedCount,
      assessmentCount: acc.assessmentCount,
      bestLevel: acc.bestLevel,
      maxLevel: acc.maxLevel,
      progress: acc.progress,
      lastAssessedAt: acc.lastAssessedAt,
      firstEarnedAt: acc.firstEarnedAt,
      history: toHistory(acc.points, acc.firstEarnedAt),
    }));
}

function toHistory(points: Accumulator['points'], firstEarnedAt: Date | null): SkillProgressPoint[] {
  const sorted = [...points].sort(
    (a, b) => a.at.getTime() - b.at.getTime() || (a.achievementId < b.achievementId ? -1 : a.achievementId > b.achievementId ? 1 : 0),
  );
  let bestLevel = 0;
  let progress = 0;
  return sorted.map((point) => {
    bestLevel = Math.max(bestLevel, point.level);
    progress = Math.max(progress, point.fraction, firstEarnedAt && firstEarnedAt <= point.at ? 1 : 0);
    return { at: point.at, achievementId: point.achievementId, level: point.level, bestLevel, progress };
  });
}

function toDate(value: InstantLike): Date {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new RangeError(`deriveSkillProgress: invalid instant "${String(value)}"`);
  return date;
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}
