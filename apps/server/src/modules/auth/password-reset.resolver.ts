import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Public } from '../../graphql/auth-checker';
import type { PasswordResetService } from './password-reset.service';
import { AuthErrorCode } from './password-reset.codes';
import {
  RequestPasswordResetInput,
  RequestPasswordResetPayload,
  ResetPasswordInput,
  ResetPasswordPayload,
  ResetTokenError,
  WeakPasswordError,
} from './password-reset.types';

@Resolver()
export class PasswordResetResolver {
  constructor(private readonly resets: PasswordResetService) {}

  @Mutation(() => RequestPasswordResetPayload, { description: 'E-mail a single-use password reset link (valid 30 minutes) if the address has an account. The answer never says whether it does.' })
  @Public()
  async requestPasswordReset(@Ctx() ctx: Context, @Arg('input', () => RequestPasswordResetInput) input: RequestPasswordResetInput): Promise<RequestPasswordResetPayload> {
    await this.resets.request(ctx, input.email);
    return { accepted: true, errors: [] };
  }

  @Mutation(() => ResetPasswordPayload, { description: 'Set a new password with the token of a reset e-mail; ends every other session of the account.' })
  @Public()
  async resetPassword(@Ctx() ctx: Context, @Arg('input', () => ResetPasswordInput) input: ResetPasswordInput): Promise<ResetPasswordPayload> {
    const problem = await this.resets.reset(ctx, input.token, input.newPassword);
    switch (problem) {
      case null:
        return { ok: true, errors: [] };
      case 'RESET_TOKEN_INVALID':
      case 'RESET_TOKEN_EXPIRED':
        return { ok: false, errors: [new ResetTokenError(AuthErrorCode[problem])] };
      case 'PASSWORD_TOO_SHORT':
      case 'PASSWORD_SAME_AS_EMAIL':
        return { ok: false, errors: [new WeakPasswordError(AuthErrorCode[problem])] };
    }
  }
}
