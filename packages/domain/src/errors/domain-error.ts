import type { DomainErrorCode } from './error-codes.js';

/** The error categories the GraphQL layer exposes as `extensions.code`. */
export type GraphQLErrorCategory =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'INTERNAL_SERVER_ERROR';

/** A user-fixable problem with one input field, shaped like the GraphQL `UserError` interface. */
export interface FieldError<C extends DomainErrorCode = DomainErrorCode> {
  readonly code: C;
  readonly message: string;
  /** Path to the offending input, e.g. `['ratings', '2', 'level']`. */
  readonly field: readonly string[];
}

/**
 * Base class of every error thrown by the domain. `code` comes from a per-feature enum; the message is for
 * humans and never carries the code. `fieldErrors` lists the individual problems when there are several.
 */
export class DomainError<C extends DomainErrorCode = DomainErrorCode> extends Error {
  override readonly name: string = 'DomainError';

  constructor(
    readonly code: C,
    message: string,
    readonly fieldErrors: readonly FieldError[] = [],
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Narrowing guard that also works across bundles where `instanceof` may not. */
export function isDomainError(value: unknown): value is DomainError {
  return value instanceof DomainError || (value instanceof Error && value.name === 'DomainError' && 'code' in value);
}

/** Compile-time exhaustiveness check for switches over closed unions. */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unexpected ${what}: ${String(value)}`);
}
