import { MaxLength } from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';
import { UserError } from '../../graphql/errors';
import { AuthErrorCode } from './password-reset.codes';


@ObjectType({
  implements: UserError,
  description: 'Too many failed sign-in attempts for this account or from this address; try again later. Said the same whether or not the account exists.',
})
export class TooManyAttemptsError extends UserError {
  constructor(minutes: number) {
    super();
    this.code = AuthErrorCode.TOO_MANY_ATTEMPTS;
    this.message = `Too many failed sign-in attempts. Try again in ${minutes} minutes, or reset your password.`;
    this.field = ['input', 'email'];
  }
}

@ObjectType({ implements: UserError, description: 'The reset link is unknown, already used, or expired; ask for a new one.' })
export class ResetTokenError extends UserError {
  constructor(code: AuthErrorCode.RESET_TOKEN_INVALID | AuthErrorCode.RESET_TOKEN_EXPIRED) {
    super();
    this.code = code;
    this.message = code === AuthErrorCode.RESET_TOKEN_EXPIRED ? 'This reset link has expired. Ask for a new one.' : 'This reset link is not valid or has already been used. Ask for a new one.';
    this.field = ['input', 'token'];
  }
}

@ObjectType({ implements: UserError, description: 'The new password is too weak: shorter than 12 characters, or the e-mail address itself.' })
export class WeakPasswordError extends UserError {
  constructor(code: AuthErrorCode.PASSWORD_TOO_SHORT | AuthErrorCode.PASSWORD_SAME_AS_EMAIL) {
    super();
    this.code = code;
    this.message = code === AuthErrorCode.PASSWORD_TOO_SHORT ? 'Choose a password of at least 12 characters.' : 'Choose a password that is not your e-mail address.';
    this.field = ['input', 'newPassword'];
  }
}

export const AUTH_ERROR_TYPES = [TooManyAttemptsError, ResetTokenError, WeakPasswordError] as const;

@InputType({ description: 'Ask for a password reset link by e-mail.' })
export class RequestPasswordResetInput {
  @Field({ description: 'E-mail address of the account.' })
  @MaxLength(320)
  email: string;
}

@ObjectType({ description: 'Result of requestPasswordReset: the same whether or not the address has an account.' })
export class RequestPasswordResetPayload {
  @Field({ description: 'Always true: if the address has an account, a link is on its way.' })
  accepted: boolean;

  @Field(() => [UserError], { description: 'Always empty; present for the payload convention.' })
  errors: UserError[];
}

@InputType({ description: 'Choose a new password with the token from a reset e-mail.' })
export class ResetPasswordInput {
  @Field({ description: 'The token from the reset link.' })
  @MaxLength(200)
  token: string;

  @Field({ description: 'The new password: at least 12 characters, not the e-mail address.' })
  @MaxLength(1000)
  newPassword: string;
}

@ObjectType({ description: 'Result of resetPassword. On success every other session of the person has ended; sign in with the new password.' })
export class ResetPasswordPayload {
  @Field({ description: 'Whether the password was changed.' })
  ok: boolean;

  @Field(() => [UserError], { description: 'Why not (RESET_TOKEN_INVALID, RESET_TOKEN_EXPIRED, PASSWORD_TOO_SHORT, PASSWORD_SAME_AS_EMAIL).' })
  errors: UserError[];
}
