import { MaxLength } from 'class-validator';
import { Arg, Ctx, Field, FieldResolver, InputType, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Public } from '../../graphql/auth-checker';
import { InvalidCredentialsError, UserError } from '../../graphql/errors';
import { InstitutionNode } from '../institution/institution.types';
import { PersonNode } from '../person/person.types';
import { viewerForToken } from './authenticate';
import type { SignInLockout } from './lockout.service';
import { TooManyAttemptsError } from './password-reset.types';
import { Role } from './roles';
import { SESSION_COOKIE, SessionService } from './session.service';

@ObjectType('Viewer', { description: 'Who is asking. `person` is null when not signed in.' })
export class ViewerNode {
  @Field(() => [Role], { description: 'Roles held; empty when not signed in.' })
  roles: Role[];

  personId: string | null;
  institutionId: string | null;
}

@InputType({ description: 'Password sign-in.' })
export class SignInInput {
  @Field({ description: 'E-mail address of the account (case does not matter).' })
  @MaxLength(320)
  email: string;

  @Field({ description: 'Password.' })
  @MaxLength(1000)
  password: string;
}

@ObjectType({ description: 'Result of signIn. On success the SPA gets an httpOnly session cookie and API clients use `token` as a bearer token.' })
export class SignInPayload {
  @Field(() => ViewerNode, { nullable: true, description: 'The signed-in viewer; null when there are errors.' })
  viewer: ViewerNode | null;

  @Field(() => String, { nullable: true, description: 'Bearer token for `Authorization: Bearer …`; shown once.' })
  token: string | null;

  @Field(() => [UserError], { description: 'Why sign-in failed (INVALID_CREDENTIALS, TOO_MANY_ATTEMPTS).' })
  errors: UserError[];
}

@InputType({ description: 'Sign out of the current session.' })
export class SignOutInput {
  @Field(() => String, { nullable: true, description: 'Echoed back, for client bookkeeping.' })
  @MaxLength(200)
  clientMutationId?: string | null;
}

@ObjectType({ description: 'Result of signOut.' })
export class SignOutPayload {
  @Field(() => ViewerNode, { description: 'The viewer after signing out (anonymous).' })
  viewer: ViewerNode;

  @Field(() => String, { nullable: true, description: 'Echo of the input value.' })
  clientMutationId: string | null;
}

const toViewerNode = (viewer: Context['viewer']): ViewerNode =>
  Object.assign(new ViewerNode(), {
    roles: viewer ? [...viewer.roles].sort() : [],
    personId: viewer?.personId ?? null,
    institutionId: viewer?.institutionId ?? null,
  });

@Resolver(() => ViewerNode)
export class AuthResolver {
  constructor(
    private readonly sessions: SessionService,
    private readonly lockout: SignInLockout,
  ) {}

  @Query(() => ViewerNode, { description: 'The signed-in person (or an anonymous viewer).' })
  @Public()
  viewer(@Ctx() ctx: Context): ViewerNode {
    return toViewerNode(ctx.viewer);
  }

  @FieldResolver(() => PersonNode, { nullable: true, description: 'The signed-in person.' })
  async person(@Root() viewer: ViewerNode, @Ctx() ctx: Context): Promise<PersonNode | null> {
    const person = viewer.personId ? await ctx.loaders.personById.load(viewer.personId) : null;
    return person ? PersonNode.from(person) : null;
  }

  @FieldResolver(() => InstitutionNode, { nullable: true, description: "The viewer's institution." })
  async institution(@Root() viewer: ViewerNode, @Ctx() ctx: Context): Promise<InstitutionNode | null> {
    const institution = viewer.institutionId ? await ctx.loaders.institutionById.load(viewer.institutionId) : null;
    return institution ? InstitutionNode.from(institution) : null;
  }

  @Mutation(() => SignInPayload, { description: 'Sign in with e-mail and password.' })
  @Public()
  async signIn(@Ctx() ctx: Context, @Arg('input', () => SignInInput) input: SignInInput): Promise<SignInPayload> {
    // A locked account or client is refused before the password is checked, the same whether the account exists.
    if (await this.lockout.isLocked(ctx, input.email)) return { viewer: null, token: null, errors: [new TooManyAttemptsError(this.lockout.lockMinutes)] };
    const session = await this.sessions.signIn(ctx, input.email, input.password);
    if (!session) {
      await this.lockout.recordFailure(ctx, input.email);
      return { viewer: null, token: null, errors: [new InvalidCredentialsError()] };
    }
    await this.lockout.clearAccount(ctx.em, input.email);
    ctx.res?.cookie(SESSION_COOKIE, session.token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: ctx.config.secureCookies,
      expires: session.expiresAt,
      path: '/',
    });
    return { viewer: toViewerNode(await viewerForToken(ctx.em, session.token)), token: session.token, errors: [] };
  }

  @Mutation(() => SignOutPayload, { description: 'End the current session (cookie or bearer token).' })
  @Public()
  async signOut(@Ctx() ctx: Context, @Arg('input', () => SignOutInput) input: SignOutInput): Promise<SignOutPayload> {
    await this.sessions.signOut(ctx);
    ctx.res?.clearCookie(SESSION_COOKIE, { path: '/' });
    return { viewer: toViewerNode(null), clientMutationId: input.clientMutationId ?? null };
  }
}
