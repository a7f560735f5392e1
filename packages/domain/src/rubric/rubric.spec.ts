import { RubricErrorCode } from '../errors/error-codes.js';
import { DEFAULT_AWARD_RULE, evaluateAwardRule, validateAwardRule } from './award-rule.js';
import { assertValidRubric, RubricError, validateRatings, validateRubric, VALUE_RUBRIC_LEVELS, type Rubric } from './rubric.js';

const writtenCommunication: Rubric = {
  criteria: [
    { id: 'c-context', name: 'Context of and Purpose for Writing' },
    { id: 'c-content', name: 'Content Development' },
    { id: 'c-genre', name: 'Genre and Disciplinary Conventions' },
    { id: 'c-sources', name: 'Sources and Evidence' },
    { id: 'c-syntax', name: 'Control of Syntax and Mechanics' },
  ],
  levels: VALUE_RUBRIC_LEVELS,
};
const rate = (...levels: number[]) => writtenCommunication.criteria.map((c, i) => ({ criterionId: c.id, level: levels[i]! }));

describe(validateRubric.name, () => {
  it('should accept a VALUE rubric, repeated "Milestone" level names included', () => {
    expect(validateRubric(writtenCommunication)).toEqual([]);
    expect(() => assertValidRubric(writtenCommunication)).not.toThrow();
  });

  it('should accept unicode names and compare them case-insensitively after NFC', () => {
    const rubric: Rubric = { criteria: [{ id: 'a', name: 'Expression écrite' }, { id: 'b', name: 'EXPRESSION E\u0301CRITE ' }], levels: VALUE_RUBRIC_LEVELS };
    expect(validateRubric(rubric)).toEqual([
      expect.objectContaining({ code: RubricErrorCode.RUBRIC_DUPLICATE_NAME, field: ['criteria', '1', 'name'] }),
    ]);
  });

  it('should require a criterion and two levels', () => {
    const codes = validateRubric({ criteria: [], levels: [{ position: 1, name: 'Only' }] }).map((e) => e.code);
    expect(codes).toEqual([RubricErrorCode.RUBRIC_NO_CRITERIA, RubricErrorCode.RUBRIC_TOO_FEW_LEVELS]);
  });

  it('should name blank and over-long names and misplaced positions', () => {
    const errors = validateRubric({
      criteria: [{ id: 'a', name: '  ' }, { id: 'b', name: 'x'.repeat(201) }],
      levels: [{ position: 1, name: 'Low' }, { position: 3, name: '' }],
    });
    expect(errors.map((e) => [e.code, e.field.join('.')])).toEqual([
      [RubricErrorCode.RUBRIC_EMPTY_NAME, 'criteria.0.name'],
      [RubricErrorCode.RUBRIC_NAME_TOO_LONG, 'criteria.1.name'],
      [RubricErrorCode.RUBRIC_LEVEL_POSITION, 'levels.1.position'],
      [RubricErrorCode.RUBRIC_EMPTY_NAME, 'levels.1.name'],
    ]);
  });

  it('should count characters, not UTF-16 units, for the length limit', () => {
    const rubric: Rubric = { criteria: [{ id: 'a', name: '🎨'.repeat(200) }], levels: VALUE_RUBRIC_LEVELS };
    expect(validateRubric(rubric)).toEqual([]);
  });

  it('should throw INVALID_RUBRIC carrying every field error', () => {
    expect(() => assertValidRubric({ criteria: [], levels: [] })).toThrow(
      expect.objectContaining({ code: RubricErrorCode.INVALID_RUBRIC, fieldErrors: expect.arrayContaining([expect.anything(), expect.anything()]) }),
    );
  });
});

describe(validateRatings.name, () => {
  it('should accept one in-range rating per criterion in any order', () => {
    expect(validateRatings(writtenCommunication, rate(1, 2, 3, 4, 4).reverse())).toEqual([]);
  });

  it.each([0, 5, 2.5, Number.NaN])('should reject level %p naming the criterion', (level) => {
    const ratings = rate(3, 3, 3, 3, 3).map((r, i) => (i === 1 ? { ...r, level } : r));
    expect(validateRatings(writtenCommunication, ratings)).toEqual([{
      code: RubricErrorCode.RATING_LEVEL_OUT_OF_RANGE,
      message: '"Content Development" must be rated from 1 to 4.',
      field: ['ratings', '1', 'level'],
    }]);
  });

  it('should report a missing criterion by name', () => {
    expect(validateRatings(writtenCommunication, rate(3, 3, 3, 3, 3).slice(0, 4))).toEqual([{
      code: RubricErrorCode.RATING_MISSING_CRITERION,
      message: '"Control of Syntax and Mechanics" has no rating.',
      field: ['ratings'],
    }]);
  });

  it('should report a duplicate and an unknown criterion', () => {
    const ratings = [...rate(3, 3, 3, 3, 3), { criterionId: 'c-genre', level: 4 }, { criterionId: 'c-other', level: 2 }];
    expect(validateRatings(writtenCommunication, ratings).map((e) => [e.code, e.field.join('.')])).toEqual([
      [RubricErrorCode.RATING_DUPLICATE_CRITERION, 'ratings.5.criterionId'],
      [RubricErrorCode.RATING_UNKNOWN_CRITERION, 'ratings.6.criterionId'],
    ]);
  });
});

describe(evaluateAwardRule.name, () => {
  it('should award at proficient (3) on every criterion by default', () => {
    expect(evaluateAwardRule(DEFAULT_AWARD_RULE, writtenCommunication, rate(3, 4, 3, 3, 4))).toEqual({ earned: true, shortfalls: [] });
  });

  it('should list each criterion below the level, in rubric order', () => {
    const outcome = evaluateAwardRule(DEFAULT_AWARD_RULE, writtenCommunication, rate(4, 2, 4, 1, 3).reverse());
    expect(outcome.earned).toBe(false);
    expect(outcome.shortfalls).toEqual([
      { criterionId: 'c-content', criterionName: 'Content Development', level: 2, requiredLevel: 3 },
      { criterionId: 'c-sources', criterionName: 'Sources and Evidence', level: 1, requiredLevel: 3 },
    ]);
  });

  it('should honour a custom level at the edges', () => {
    expect(evaluateAwardRule({ minLevel: 4 }, writtenCommunication, rate(4, 4, 4, 4, 3)).earned).toBe(false);
    expect(evaluateAwardRule({ minLevel: 1 }, writtenCommunication, rate(1, 1, 1, 1, 1)).earned).toBe(true);
  });

  it('should throw INVALID_RATINGS rather than answer "not earned" for incomplete ratings', () => {
    expect(() => evaluateAwardRule(DEFAULT_AWARD_RULE, writtenCommunication, rate(4, 4, 4, 4, 4).slice(1))).toThrow(RubricError);
  });

  it('should reject a rule level outside the rubric', () => {
    expect(validateAwardRule({ minLevel: 5 }, writtenCommunication)).toEqual([
      expect.objectContaining({ code: RubricErrorCode.AWARD_RULE_LEVEL_OUT_OF_RANGE, field: ['awardRule', 'minLevel'] }),
    ]);
    expect(validateAwardRule({ minLevel: 0 }, writtenCommunication)).toHaveLength(1);
    expect(() => evaluateAwardRule({ minLevel: 5 }, writtenCommunication, rate(4, 4, 4, 4, 4))).toThrow(
      expect.objectContaining({ code: RubricErrorCode.AWARD_RULE_LEVEL_OUT_OF_RANGE }),
    );
  });
});
