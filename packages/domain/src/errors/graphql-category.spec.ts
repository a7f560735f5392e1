import { DomainError, isDomainError } from './domain-error.js';
import { AccessErrorCode, AwardErrorCode, IdErrorCode, RubricErrorCode } from './error-codes.js';
import { graphqlCategory, graphqlCategoryOf } from './graphql-category.js';

describe('graphqlCategory', () => {
  it.each([
    [AccessErrorCode.UNAUTHENTICATED, 'UNAUTHENTICATED'],
    [AccessErrorCode.FORBIDDEN, 'FORBIDDEN'],
    [AccessErrorCode.NOT_FOUND, 'NOT_FOUND'],
    [IdErrorCode.INVALID_ID, 'BAD_USER_INPUT'],
    [RubricErrorCode.RATING_LEVEL_OUT_OF_RANGE, 'BAD_USER_INPUT'],
    [AwardErrorCode.AWARD_ALREADY_HELD, 'CONFLICT'],
    [AwardErrorCode.INVALID_AWARD_TRANSITION, 'CONFLICT'],
  ] as const)('should map %s to %s', (code, category) => {
    expect(graphqlCategory(code)).toBe(category);
  });

  it('should mask anything that is not a known domain error', () => {
    expect(graphqlCategoryOf(new Error('boom'))).toBe('INTERNAL_SERVER_ERROR');
    expect(graphqlCategoryOf('string thrown')).toBe('INTERNAL_SERVER_ERROR');
    expect(graphqlCategoryOf(new DomainError('NOPE' as never, 'unknown code'))).toBe('INTERNAL_SERVER_ERROR');
  });

  it('should categorise a thrown domain error by its code, keeping the message free of it', () => {
    const error = new DomainError(AccessErrorCode.NOT_FOUND, 'No such award.');
    expect(isDomainError(error)).toBe(true);
    expect(error.message).not.toContain('NOT_FOUND');
    expect(graphqlCategoryOf(error)).toBe('NOT_FOUND');
  });
});
