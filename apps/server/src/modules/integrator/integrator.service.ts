import { randomBytes, timingSafeEqual } from 'node:crypto';
import { IsNull, type EntityManager } from 'typeorm';
import type { Context } from '../../context';
import { InputError, InputErrorCode, NotFoundError, UserError } from '../../graphql/errors';
import { IntegratorAccessToken, IntegratorClient, PersonalAccessToken } from './integrator.entity';
import { sha256 } from './integrator.auth';
import { ALL_SCOPES, CLIENT_ID_PREFIX, CLIENT_SECRET_PREFIX, CLIENT_TOKEN_PREFIX, CLIENT_TOKEN_TTL_SECONDS, IntegratorScope, PAT_PREFIX } from './integrator.scopes';

const secret = (prefix: string): string => `${prefix}${randomBytes(32).toString('base64url')}`;

/** A person may hold this many live tokens; an institution this many live clients (keeps lists and lookups bounded). */
export const MAX_TOKENS_PER_PERSON = 50;
export const MAX_CLIENTS_PER_INSTITUTION = 100;
/** PATs live at most a year. */
export const MAX_TOKEN_DAYS = 366;

export type Created<T> = { errors: UserError[] } | { record: T; secret: string };

export interface TokenGrant {
  accessToken: string;
  expiresIn: number;
  scope: string;
}

export type ClientTokenError = 'invalid_client' | 'invalid_scope';

/**
 * Personal access tokens and client-credentials clients: creating them (the secret is returned once and only its
 * SHA-256 is kept), revoking them, and turning a presented bearer token back into a scoped viewer.
 */
export class IntegratorService {
  async createPersonalAccessToken(ctx: Context, input: { name: string; scopes: IntegratorScope[]; expiresAt?: Date | null }): Promise<Created<PersonalAccessToken>> {
    const viewer = ctx.viewer!;
    const errors = [...this.checkName(input.name), ...this.checkScopes(input.scopes)];
    if (input.expiresAt) {
      const ms = input.expiresAt.getTime() - Date.now();
      if (!(ms > 0)) errors.push(new InputError(InputErrorCode.OUT_OF_RANGE, 'The expiry must be in the future.', ['input', 'expiresAt']));
      else if (ms > MAX_TOKEN_DAYS * 86_400_000) errors.push(new InputError(InputErrorCode.OUT_OF_RANGE, `A token lives at most ${MAX_TOKEN_DAYS} days.`, ['input', 'expiresAt']));
    }
    const live = await ctx.em.count(PersonalAccessToken, { where: { personId: viewer.personId, revokedAt: IsNull() } });
    if (live >= MAX_TOKENS_PER_PERSON) errors.push(new InputError(InputErrorCode.OUT_OF_RANGE, `You already have ${MAX_TOKENS_PER_PERSON} tokens; revoke one first.`, ['input']));
    if (errors.length) return { errors };
    const token = secret(PAT_PREFIX);
    const record = await ctx.em.save(
      ctx.em.create(PersonalAccessToken, {
        personId: viewer.personId,
        name: input.name.trim(),
        tokenHash: sha256(token),
        tokenPrefix: token.slice(0, PAT_PREFIX.length + 4),
        scopes: [...new Set(input.scopes)].sort(),
        expiresAt: input.expiresAt ?? null,
        lastUsedAt: null,
        revokedAt: null,
      }),
    );
    return { record, secret: token };
  }

  /** Revokes one of the viewer's own tokens; someone else's token is "not found". */
  async revokePersonalAccessToken(ctx: Context, id: string | null): Promise<{ record: PersonalAccessToken } | { errors: UserError[] }> {
    const record = id ? await ctx.em.findOneBy(PersonalAccessToken, { id, personId: ctx.viewer!.personId }) : null;
    if (!record) return { errors: [new NotFoundError(['input', 'id'])] };
    if (!record.revokedAt) {
      record.revokedAt = new Date();
      await ctx.em.update(PersonalAccessToken, { id: record.id }, { revokedAt: record.revokedAt });
    }
    return { record };
  }

  async createIntegratorClient(ctx: Context, input: { name: string; scopes: IntegratorScope[] }): Promise<Created<IntegratorClient>> {
    const viewer = ctx.viewer!;
    const errors = [...this.checkName(input.name), ...this.checkScopes(input.scopes)];
    const live = await ctx.em.count(IntegratorClient, { where: { institutionId: viewer.institutionId, revokedAt: IsNull() } });
    if (live >= MAX_CLIENTS_PER_INSTITUTION) errors.push(new InputError(InputErrorCode.OUT_OF_RANGE, `The institution already has ${MAX_CLIENTS_PER_INSTITUTION} clients.`, ['input']));
    if (errors.length) return { errors };
    const clientSecret = secret(CLIENT_SECRET_PREFIX);
    const record = await ctx.em.save(
      ctx.em.create(IntegratorClient, {
        institutionId: viewer.institutionId,
        name: input.name.trim(),
        clientId: `${CLIENT_ID_PREFIX}${randomBytes(12).toString('hex')}`,
        secretHash: sha256(clientSecret),
        scopes: [...new Set(input.scopes)].sort(),
        createdById: viewer.personId,
        lastUsedAt: null,
        revokedAt: null,
      }),
    );
    return { record, secret: clientSecret };
  }

  /** Revokes a client of the viewer's institution and every access token it holds. */
  async revokeIntegratorClient(ctx: Context, id: string | null): Promise<{ record: IntegratorClient } | { errors: UserError[] }> {
    const record = id ? await ctx.em.findOneBy(IntegratorClient, { id, institutionId: ctx.viewer!.institutionId }) : null;
    if (!record) return { errors: [new NotFoundError(['input', 'id'])] };
    await ctx.em.transaction(async (em) => {
      if (!record.revokedAt) {
        record.revokedAt = new Date();
        await em.update(IntegratorClient, { id: record.id }, { revokedAt: record.revokedAt });
      }
      await em.delete(IntegratorAccessToken, { clientId: record.id });
    });
    return { record };
  }

  /**
   * The client-credentials grant: checks the client's id and secret (constant time on the hashes) and issues an
   * access token with the requested scopes (all of the client's when none are asked for).
   */
  async issueClientToken(em: EntityManager, clientId: string, clientSecret: string, scope: string | undefined): Promise<TokenGrant | ClientTokenError> {
    const client = await em.findOneBy(IntegratorClient, { clientId: clientId.slice(0, 64) });
    const presented = Buffer.from(sha256(clientSecret), 'hex');
    const expected = Buffer.from(client?.secretHash ?? '0'.repeat(64), 'hex');
    if (!timingSafeEqual(presented, expected) || !client || client.revokedAt) return 'invalid_client';
    const requested = scope?.trim() ? scope.trim().split(/\s+/) : client.scopes;
    if (requested.some((s) => !client.scopes.includes(s))) return 'invalid_scope';
    const accessToken = secret(CLIENT_TOKEN_PREFIX);
    await em.query(`DELETE FROM integrator_access_token WHERE client_id = $1 AND expires_at < now()`, [client.id]);
    await em.insert(IntegratorAccessToken, {
      clientId: client.id,
      tokenHash: sha256(accessToken),
      scopes: [...new Set(requested)].sort(),
      expiresAt: new Date(Date.now() + CLIENT_TOKEN_TTL_SECONDS * 1000),
    });
    await em.update(IntegratorClient, { id: client.id }, { lastUsedAt: new Date() });
    return { accessToken, expiresIn: CLIENT_TOKEN_TTL_SECONDS, scope: [...new Set(requested)].sort().join(' ') };
  }

  private checkName(name: string): UserError[] {
    const trimmed = name.trim();
    if (!trimmed) return [new InputError(InputErrorCode.REQUIRED, 'Give it a name.', ['input', 'name'])];
    if (trimmed.length > 100) return [new InputError(InputErrorCode.TOO_LONG, 'The name is longer than 100 characters.', ['input', 'name'])];
    return [];
  }

  private checkScopes(scopes: readonly string[]): UserError[] {
    if (!scopes.length) return [new InputError(InputErrorCode.REQUIRED, 'Choose at least one scope.', ['input', 'scopes'])];
    const unknown = scopes.filter((s) => !ALL_SCOPES.includes(s as IntegratorScope));
    return unknown.length ? [new InputError(InputErrorCode.INVALID_VALUE, `Unknown scopes: ${unknown.join(', ')}.`, ['input', 'scopes'])] : [];
  }
}
