import type { FieldError } from '../errors/domain-error.js';
import { RubricErrorCode } from '../errors/error-codes.js';
import { assertValidRatings, RubricError, type Rating, type Rubric } from './rubric.js';

/** "Every criterion rated at or above `minLevel`." */
export interface AwardRule {
  readonly minLevel: number;
}

/** Level 3 ("proficient", the second Milestone of a VALUE rubric) on every criterion. */
export const DEFAULT_AWARD_RULE: AwardRule = { minLevel: 3 };

/** A criterion rated below the rule's level. */
export interface Shortfall {
  readonly criterionId: string;
  readonly criterionName: string;
  readonly level: number;
  readonly requiredLevel: number;
}

export interface AwardRuleOutcome {
  readonly earned: boolean;
  /** In rubric order; empty exactly when `earned`. */
  readonly shortfalls: readonly Shortfall[];
}

/** Problems with a rule for a given rubric: the level must be an integer within the rubric's 1..N. */
export function validateAwardRule(rule: AwardRule, rubric: Rubric): FieldError<RubricErrorCode>[] {
  const maxLevel = rubric.levels.length;
  if (Number.isInteger(rule.minLevel) && rule.minLevel >= 1 && rule.minLevel <= maxLevel) return [];
  return [{
    code: RubricErrorCode.AWARD_RULE_LEVEL_OUT_OF_RANGE,
    message: `The award level must be from 1 to ${maxLevel}.`,
    field: ['awardRule', 'minLevel'],
  }];
}

/**
 * Whether ratings earn the achievement under `rule`, and which criteria fall short. Throws `RubricError`
 * (INVALID_RATINGS) when the ratings are incomplete or out of range, and AWARD_RULE_LEVEL_OUT_OF_RANGE when the rule
 * does not fit the rubric: either is a caller bug or bad input, never a silent "not earned".
 */
export function evaluateAwardRule(rule: AwardRule, rubric: Rubric, ratings: readonly Rating[]): AwardRuleOutcome {
  const ruleErrors = validateAwardRule(rule, rubric);
  if (ruleErrors.length > 0) throw new RubricError(ruleErrors[0]!.code, ruleErrors[0]!.message, ruleErrors);
  assertValidRatings(rubric, ratings);
  const levelOf = new Map(ratings.map((rating) => [rating.criterionId, rating.level]));
  const shortfalls = rubric.criteria.flatMap((criterion): Shortfall[] => {
    const level = levelOf.get(criterion.id)!;
    return level >= rule.minLevel
      ? []
      : [{ criterionId: criterion.id, criterionName: criterion.name, level, requiredLevel: rule.minLevel }];
  });
  return { earned: shortfalls.length === 0, shortfalls };
}
