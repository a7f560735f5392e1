import { AuthChecker, Authorized } from 'type-graphql';
import type { Context } from '../context';
import { PUBLIC, Role } from '../modules/auth/roles';
import { tokenMayCall } from '../modules/integrator/integrator.scopes';
import { graphqlError } from './errors';

/** Marks a root field that anyone may call; every root field carries either this or `@Authorized(...)`. */
export const Public = (): MethodDecorator & PropertyDecorator => Authorized(PUBLIC);

/**
 * The role gate of root fields. `@Authorized()` means any signed-in person; `@Authorized(Role.X, Role.Y)` any of
 * those roles. Resource checks (whose record is it) are the policies' job, not this one.
 */
export const authChecker: AuthChecker<Context, string> = ({ context, info }, roles) => {
  if (roles.includes(PUBLIC)) return true;
  if (!context.viewer) throw graphqlError('UNAUTHENTICATED', 'Sign in first.');
  if (context.viewer.scopes && !tokenMayCall(context.viewer, info.parentType.name, info.fieldName)) {
    throw graphqlError('FORBIDDEN', `This token's scopes do not allow ${info.fieldName}.`);
  }
  if (roles.length === 0 || roles.some((role) => context.viewer!.roles.has(role as Role))) return true;
  throw graphqlError('FORBIDDEN', 'Your role does not allow this.');
};
