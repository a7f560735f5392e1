import { DomainError, type FieldError } from '../errors/domain-error.js';
import { RubricErrorCode } from '../errors/error-codes.js';

/** One row of a rubric: a trait being assessed (OB 3.0 `RubricCriterion`). */
export interface RubricCriterion {
  /** Stable key ratings refer to (the database id once stored). */
  readonly id: string;
  readonly name: string;
  readonly description?: string | null;
}

/** One column of a rubric: a performance level (OB 3.0 `RubricCriterionLevel` / `ResultDescription.rubricCriterionLevel`). */
export interface RubricLevel {
  /** 1 is the lowest level; positions run 1..N without gaps. */
  readonly position: number;
  readonly name: string;
  readonly description?: string | null;
}

/** Criteria × levels; the cell descriptors live with the stored rubric and play no part in the rules. */
export interface Rubric {
  readonly criteria: readonly RubricCriterion[];
  readonly levels: readonly RubricLevel[];
}

/** One assessor's rating of one criterion. */
export interface Rating {
  readonly criterionId: string;
  readonly level: number;
}

export const MIN_RUBRIC_LEVELS = 2;
export const MAX_RUBRIC_LEVELS = 10;
export const MAX_RUBRIC_CRITERIA = 30;
export const MAX_RUBRIC_NAME_LENGTH = 200;

/** The AAC&U VALUE level names, lowest first: the default for new rubrics. */
export const VALUE_RUBRIC_LEVELS: readonly RubricLevel[] = [
  { position: 1, name: 'Benchmark' },
  { position: 2, name: 'Milestone' },
  { position: 3, name: 'Milestone' },
  { position: 4, name: 'Capstone' },
];

export class RubricError extends DomainError<RubricErrorCode> {}

/** A name as compared for uniqueness: trimmed, NFC, case-insensitive. */
export function nameKey(name: string): string {
  return name.trim().normalize('NFC').toLowerCase();
}

/**
 * Every problem with a rubric, each naming its field (`['criteria', '2', 'name']`); empty when it is valid.
 * Rules: 1..30 criteria and 2..10 levels; names non-empty after trimming and at most 200 characters; criterion
 * names unique (ignoring case); level positions exactly 1..N in order. Level names may repeat because the
 * AAC&U VALUE rubrics themselves name two columns "Milestone".
 */
export function validateRubric(rubric: Rubric): FieldError<RubricErrorCode>[] {
  const errors: FieldError<RubricErrorCode>[] = [];
  const push = (code: RubricErrorCode, message: string, ...field: (string | number)[]) =>
    errors.push({ code, message, field: field.map(String) });

  if (rubric.criteria.length === 0) push(RubricErrorCode.RUBRIC_NO_CRITERIA, 'Add at least one criterion.', 'criteria');
  if (rubric.criteria.length > MAX_RUBRIC_CRITERIA) {
    push(RubricErrorCode.RUBRIC_TOO_LARGE, `A rubric has at most ${MAX_RUBRIC_CRITERIA} criteria.`, 'criteria');
  }
  if (rubric.levels.length < MIN_RUBRIC_LEVELS) {
    push(RubricErrorCode.RUBRIC_TOO_FEW_LEVELS, `Add at least ${MIN_RUBRIC_LEVELS} levels.`, 'levels');
  }
  if (rubric.levels.length > MAX_RUBRIC_LEVELS) {
    push(RubricErrorCode.RUBRIC_TOO_LARGE, `A rubric has at most ${MAX_RUBRIC_LEVELS} levels.`, 'levels');
  }

  const seen = new Map<string, number>();
  rubric.criteria.forEach((criterion, i) => {
    const problem = nameProblem(criterion.name);
    if (problem) return push(problem, nameMessage(problem, `Criterion ${i + 1}`), 'criteria', i, 'name');
    const key = nameKey(criterion.name);
    const first = seen.get(key);
    if (first !== undefined) {
      return push(
        RubricErrorCode.RUBRIC_DUPLICATE_NAME,
        `Criterion "${criterion.name.trim()}" appears twice (also criterion ${first + 1}).`,
        'criteria', i, 'name',
      );
    }
    seen.set(key, i);
  });

  rubric.levels.forEach((level, i) => {
    if (level.position !== i + 1) {
      push(RubricErrorCode.RUBRIC_LEVEL_POSITION, `Level ${i + 1} must have position ${i + 1}.`, 'levels', i, 'position');
    }
    const problem = nameProblem(level.name);
    if (problem) push(problem, nameMessage(problem, `Level ${i + 1}`), 'levels', i, 'name');
  });
  return errors;
}

/** Throws `RubricError` (INVALID_RUBRIC, with every field error) unless the rubric is valid. */
export function assertValidRubric(rubric: Rubric): void {
  const errors = validateRubric(rubric);
  if (errors.length > 0) throw new RubricError(RubricErrorCode.INVALID_RUBRIC, errors[0]!.message, errors);
}

function nameProblem(name: string): RubricErrorCode | null {
  const trimmed = name.trim();
  if (trimmed.length === 0) return RubricErrorCode.RUBRIC_EMPTY_NAME;
  if ([...trimmed].length > MAX_RUBRIC_NAME_LENGTH) return RubricErrorCode.RUBRIC_NAME_TOO_LONG;
  return null;
}

function nameMessage(code: RubricErrorCode, subject: string): string {
  return code === RubricErrorCode.RUBRIC_EMPTY_NAME
    ? `${subject} needs a name.`
    : `${subject}: a name has at most ${MAX_RUBRIC_NAME_LENGTH} characters.`;
}

/**
 * Every problem with a set of ratings against a rubric; empty when every criterion is rated exactly once with an
 * integer level in 1..N. Errors name the criterion so that an assessor can find the row.
 */
export function validateRatings(rubric: Rubric, ratings: readonly Rating[]): FieldError<RubricErrorCode>[] {
  const errors: FieldError<RubricErrorCode>[] = [];
  const criteria = new Map(rubric.criteria.map((criterion) => [criterion.id, criterion]));
  const maxLevel = rubric.levels.length;
  const rated = new Set<string>();

  ratings.forEach((rating, i) => {
    const criterion = criteria.get(rating.criterionId);
    if (!criterion) {
      errors.push({
        code: RubricErrorCode.RATING_UNKNOWN_CRITERION,
        message: `Rating ${i + 1} is for a criterion that is not in this rubric.`,
        field: ['ratings', String(i), 'criterionId'],
      });
      return;
    }
    if (rated.has(criterion.id)) {
      errors.push({
        code: RubricErrorCode.RATING_DUPLICATE_CRITERION,
        message: `"${criterion.name}" is rated more than once.`,
        field: ['ratings', String(i), 'criterionId'],
      });
      return;
    }
    rated.add(criterion.id);
    if (!Number.isInteger(rating.level) || rating.level < 1 || rating.level > maxLevel) {
      errors.push({
        code: RubricErrorCode.RATING_LEVEL_OUT_OF_RANGE,
        message: `"${criterion.name}" must be rated from 1 to ${maxLevel}.`,
        field: ['ratings', String(i), 'level'],
      });
    }
  });

  for (const criterion of rubric.criteria) {
    if (!rated.has(criterion.id)) {
      errors.push({
        code: RubricErrorCode.RATING_MISSING_CRITERION,
        message: `"${criterion.name}" has no rating.`,
        field: ['ratings'],
      });
    }
  }
  return errors;
}

/** Throws `RubricError` (INVALID_RATINGS, with every field error) unless the ratings are complete and in range. */
export function assertValidRatings(rubric: Rubric, ratings: readonly Rating[]): void {
  const errors = validateRatings(rubric, ratings);
  if (errors.length > 0) throw new RubricError(RubricErrorCode.INVALID_RATINGS, errors[0]!.message, errors);
}
