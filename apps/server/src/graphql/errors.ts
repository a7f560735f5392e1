import { ApolloServerErrorCode } from '@apollo/server/errors';
import {
  AccessErrorCode,
  AchievementErrorCode,
  AwardErrorCode,
  DomainError,
  ExpiryErrorCode,
  FieldError,
  graphqlCategory,
  IdentityErrorCode,
  IdErrorCode,
  isDomainError,
  RubricErrorCode,
} from '@openclr/domain';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError, Field, InterfaceType, ObjectType, registerEnumType } from 'type-graphql';
import { AuthErrorCode } from '../modules/auth/password-reset.codes';
import { SsoErrorCode } from '../modules/sso/sso.codes';
import { WebhookErrorCode } from '../modules/webhook/webhook.codes';

/** Codes the server adds to the domain's own codes. */
export enum InputErrorCode {
  REQUIRED = 'REQUIRED',
  TOO_LONG = 'TOO_LONG',
  OUT_OF_RANGE = 'OUT_OF_RANGE',
  DUPLICATE = 'DUPLICATE',
  INVALID_VALUE = 'INVALID_VALUE',
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
}

/** Codes of expected, user-fixable outcomes returned in mutation payloads (`XPayload.errors`): the domain's codes plus the server's. */
export const UserErrorCode = {
  ...AccessErrorCode,
  ...IdErrorCode,
  ...IdentityErrorCode,
  ...RubricErrorCode,
  ...AchievementErrorCode,
  ...ExpiryErrorCode,
  ...AwardErrorCode,
  ...InputErrorCode,
  ...AuthErrorCode,
  ...SsoErrorCode,
  ...WebhookErrorCode,
} as const;
export type UserErrorCode = (typeof UserErrorCode)[keyof typeof UserErrorCode];

registerEnumType(UserErrorCode, {
  name: 'UserErrorCode',
  description: 'Machine-readable code of a user error; clients branch on it, never on the message.',
});

@InterfaceType({
  description: 'An expected problem with the input of a mutation, such as a missing name. Nothing was written when a payload carries errors.',
  resolveType: (value: UserError) => value.constructor.name,
})
export abstract class UserError {
  @Field(() => UserErrorCode, { description: 'What went wrong, for programs.' })
  code: UserErrorCode;

  @Field({ description: 'What went wrong, for people.' })
  message: string;

  @Field(() => [String], { nullable: true, description: 'Path to the input field at fault, e.g. ["input", "rubric", "criteria", "2", "name"].' })
  field?: string[];
}

@ObjectType({ implements: UserError, description: 'An input value is missing, malformed, out of range or conflicts with existing data.' })
export class InputError extends UserError {
  constructor(code: UserErrorCode, message: string, field?: string[]) {
    super();
    this.code = code;
    this.message = message;
    this.field = field;
  }
}

@ObjectType({ implements: UserError, description: 'An ID in the input does not name anything the viewer may see.' })
export class NotFoundError extends UserError {
  constructor(field: string[], message = 'No such record, or you may not see it.') {
    super();
    this.code = AccessErrorCode.NOT_FOUND;
    this.message = message;
    this.field = field;
  }
}

@ObjectType({ implements: UserError, description: 'The e-mail address or password is wrong, or the account is locked.' })
export class InvalidCredentialsError extends UserError {
  constructor() {
    super();
    this.code = InputErrorCode.INVALID_CREDENTIALS;
    this.message = 'The e-mail address or password is not correct.';
    this.field = ['input', 'password'];
  }
}

/** A user error raised deep in a service; the resolver turns it into payload `errors` after rolling back. */
export class UserErrorsException extends Error {
  constructor(readonly errors: UserError[]) {
    super(errors.map((e) => e.message).join('; '));
  }
}

/** The domain's field errors as payload errors, with paths rooted at `input`. */
export function inputErrors(error: DomainError | readonly FieldError[], prefix: string[] = ['input']): InputError[] {
  const fieldErrors = Array.isArray(error) ? (error as readonly FieldError[]) : (error as DomainError).fieldErrors;
  if (!Array.isArray(error) && fieldErrors.length === 0) {
    const single = error as DomainError;
    return [new InputError(single.code, single.message, prefix)];
  }
  return fieldErrors.map((e) => new InputError(e.code, e.message, [...prefix, ...e.field]));
}

export const USER_ERROR_TYPES = [InputError, NotFoundError, InvalidCredentialsError] as const;

/** Thrown-channel errors: domain codes become `extensions.code`; anything unexpected is masked and logged. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (isDomainError(original)) {
    return { message: original.message, locations: formatted.locations, path: formatted.path, extensions: { code: graphqlCategory(original.code), reason: original.code } };
  }
  if (original instanceof ArgumentValidationError) {
    const validationErrors = original.extensions.validationErrors as { property: string; constraints?: Record<string, string> }[];
    return {
      message: `Invalid input: ${validationErrors.map((v) => `${v.property} (${Object.values(v.constraints ?? {}).join(', ')})`).join('; ')}`,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'BAD_USER_INPUT', validationErrors },
    };
  }
  const code = formatted.extensions?.code;
  const known = new Set<unknown>([
    ApolloServerErrorCode.GRAPHQL_PARSE_FAILED,
    ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
    ApolloServerErrorCode.BAD_USER_INPUT,
    ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND,
    ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE,
    ApolloServerErrorCode.BAD_REQUEST,
    'UNAUTHENTICATED',
    'FORBIDDEN',
    'NOT_FOUND',
    'CONFLICT',
  ]);
  if (known.has(code)) {
    const reason = formatted.extensions?.reason;
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: typeof reason === 'string' ? { code, reason } : { code } };
  }
  console.error('[graphql] unexpected error', original);
  return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/** A thrown error that keeps its category through `formatError` (for guards and policies). */
export function graphqlError(code: 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT', message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}
