import { tryNormalizeEmail } from '@openclr/domain';
import type { Configuration } from 'openid-client';
import type { EntityManager } from 'typeorm';
import type { Context } from '../../context';
import { InputError, InputErrorCode, type UserError } from '../../graphql/errors';
import type { KeyVault } from '../credential/key-vault';
import type { SessionService, SignInResult } from '../auth/session.service';
import { Institution } from '../institution/institution.entity';
import { SsoConnection } from './sso-connection.entity';
import { SsoErrorCode } from './sso.codes';
import { SSO_CALLBACK_PATH, ssoStartPath } from './sso.types';

type OidcClient = typeof import('openid-client');
// openid-client is ESM-only; a dynamic import keeps it out of the CLI and schema build and lets CommonJS load it.
let oidcModule: Promise<OidcClient> | undefined;
const oidc = (): Promise<OidcClient> => (oidcModule ??= import('openid-client'));

/** Why an SSO sign-in was refused; each has its own page text and HTTP status (never 500). */
export type SsoFailureCode =
  | 'CONNECTION_NOT_FOUND'
  | 'IDP_ERROR'
  | 'IDP_UNAVAILABLE'
  | 'STATE_MISMATCH'
  | 'MISSING_CLAIM'
  | 'EMAIL_NOT_VERIFIED'
  | 'EMAIL_DOMAIN_NOT_ALLOWED'
  | 'UNKNOWN_PERSON';

export class SsoFailure extends Error {
  constructor(
    readonly code: SsoFailureCode,
    message: string,
  ) {
    super(message);
  }
}

/** What the start route puts in the sealed, short-lived `openclr_sso` cookie, checked by the callback. */
export interface SsoLoginState {
  connectionId: string;
  state: string;
  nonce: string;
  codeVerifier: string;
  redirectUri: string;
  /** Same-origin path to land on afterwards. */
  returnTo: string;
  expiresAt: number;
}

export const SSO_STATE_COOKIE = 'openclr_sso';
export const SSO_STATE_TTL_MS = 10 * 60_000;

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The issuer URL as stored, or why it is not acceptable: https, or http on the loopback interface (development). */
export function parseIssuerUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) return null;
  if (url.search || url.hash || url.username || url.password) return null;
  return url.href.replace(/\/$/, '');
}

/** A same-origin path to return to after sign-in, or `/` (never another origin: `//evil`, `/\evil`, `https:`). */
export function safeReturnTo(raw: unknown): string {
  return typeof raw === 'string' && /^\/(?![/\\])[^\s]*$/.test(raw) && raw.length <= 500 ? raw : '/';
}

const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const CLAIM = /^[A-Za-z_][A-Za-z0-9_:.-]{0,99}$/;
const SCOPE = /^[\x21\x23-\x5B\x5D-\x7E]{1,100}$/;

/**
 * OpenID Connect sign-in per institution (authorization code + PKCE S256, state and nonce). A person is found by
 * their stored `sso_subject` (scoped to the issuer) or, on first sign-in, by a verified e-mail address that an
 * existing person of the institution holds; unknown people are refused (no self-registration).
 */
export class SsoService {
  private readonly configurations = new Map<string, { version: number; configuration: Promise<Configuration> }>();

  constructor(
    private readonly vault: KeyVault,
    private readonly sessions: SessionService,
  ) {}

  /** The enabled connections of an institution (by slug; with none, of the only institution), for the sign-in page. */
  async options(ctx: Context, institutionSlug: string | null | undefined): Promise<{ name: string; startUrl: string }[]> {
    const rows = (await ctx.em.query(
      `SELECT c.id, c.name, i.slug
         FROM sso_connection c JOIN institution i ON i.id = c.institution_id
        WHERE c.enabled AND ($1::text IS NOT NULL AND i.slug = $1 OR $1::text IS NULL AND (SELECT count(*) FROM institution) = 1)
        ORDER BY c.name, c.id
        LIMIT 20`,
      [institutionSlug ?? null],
    )) as { id: string; name: string; slug: string }[];
    return rows.map((r) => ({ name: r.name, startUrl: ssoStartPath(r.slug, r.id) }));
  }

  /** Creates or updates (by issuer URL) a connection of the viewer's institution after checking its discovery. */
  async configure(ctx: Context, input: ConfigureInput): Promise<{ connection: SsoConnection; institutionSlug: string } | { errors: UserError[] }> {
    const institutionId = ctx.viewer!.institutionId;
    const errors: UserError[] = [];
    const name = input.name.trim();
    if (!name) errors.push(new InputError(InputErrorCode.REQUIRED, 'Give the connection a name.', ['input', 'name']));
    const issuerUrl = parseIssuerUrl(input.issuerUrl);
    if (!issuerUrl) errors.push(new InputError(SsoErrorCode.INVALID_URL, 'The issuer URL must be an https URL without query or fragment.', ['input', 'issuerUrl']));
    const clientId = input.clientId.trim();
    if (!clientId) errors.push(new InputError(InputErrorCode.REQUIRED, 'Enter the client ID registered at the identity provider.', ['input', 'clientId']));
    const scopes = [...new Set(['openid', ...(input.scopes ?? ['email', 'profile']).map((s) => s.trim()).filter(Boolean)])];
    scopes.forEach((s, i) => SCOPE.test(s) || errors.push(new InputError(InputErrorCode.INVALID_VALUE, `"${s}" is not a valid scope.`, ['input', 'scopes', String(i - 1)])));
    const subjectClaim = input.subjectClaim?.trim() || 'sub';
    const emailClaim = input.emailClaim?.trim() || 'email';
    if (!CLAIM.test(subjectClaim)) errors.push(new InputError(InputErrorCode.INVALID_VALUE, 'Not a claim name.', ['input', 'subjectClaim']));
    if (!CLAIM.test(emailClaim)) errors.push(new InputError(InputErrorCode.INVALID_VALUE, 'Not a claim name.', ['input', 'emailClaim']));
    const domains = [...new Set((input.allowedEmailDomains ?? []).map((d) => d.trim().toLowerCase().replace(/^@/, '')))];
    domains.forEach((d, i) => DOMAIN.test(d) || errors.push(new InputError(InputErrorCode.INVALID_VALUE, `"${d}" is not a domain name.`, ['input', 'allowedEmailDomains', String(i)])));
    if (errors.length > 0) return { errors };

    const repo = ctx.em.getRepository(SsoConnection);
    const existing = await repo.findOneBy({ institutionId, issuerUrl: issuerUrl! });
    const secretSealed = input.clientSecret == null ? (existing?.clientSecretEncrypted ?? null) : input.clientSecret === '' ? null : this.vault.seal(input.clientSecret);
    const candidate = Object.assign(existing ?? repo.create({ institutionId }), {
      name,
      issuerUrl: issuerUrl!,
      clientId,
      clientSecretEncrypted: secretSealed,
      scopes,
      subjectClaim,
      emailClaim,
      allowedEmailDomains: domains,
      enabled: input.enabled ?? true,
    });
    try {
      await this.discover(candidate);
    } catch {
      return { errors: [new InputError(SsoErrorCode.ISSUER_UNREACHABLE, `OpenCLR could not read ${issuerUrl}/.well-known/openid-configuration, or it names another issuer.`, ['input', 'issuerUrl'])] };
    }
    const connection = await repo.save(candidate);
    const [institution] = await ctx.em.findBy(Institution, { id: institutionId });
    return { connection, institutionSlug: institution.slug };
  }

  /** The IdP authorization URL for a sign-in started at `/auth/sso/:slug/start`, and the state to seal in a cookie. */
  async start(em: EntityManager, institutionSlug: string, connectionId: string | undefined, returnTo: string, origin: string): Promise<{ url: string; state: SsoLoginState }> {
    const connections = await em
      .getRepository(SsoConnection)
      .createQueryBuilder('c')
      .innerJoin(Institution, 'i', 'i.id = c.institution_id')
      .where('i.slug = :slug AND c.enabled', { slug: institutionSlug })
      .orderBy('c.created_at')
      .getMany();
    const connection = connectionId ? connections.find((c) => c.id === connectionId) : connections.length === 1 ? connections[0] : undefined;
    if (!connection) throw new SsoFailure('CONNECTION_NOT_FOUND', 'This institution has no such single sign-on connection, or it is switched off.');
    const client = await oidc();
    const configuration = await this.configuration(connection);
    const state: SsoLoginState = {
      connectionId: connection.id,
      state: client.randomState(),
      nonce: client.randomNonce(),
      codeVerifier: client.randomPKCECodeVerifier(),
      redirectUri: `${origin}${SSO_CALLBACK_PATH}`,
      returnTo,
      expiresAt: Date.now() + SSO_STATE_TTL_MS,
    };
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: state.redirectUri,
      scope: connection.scopes.join(' '),
      code_challenge: await client.calculatePKCECodeChallenge(state.codeVerifier),
      code_challenge_method: 'S256',
      state: state.state,
      nonce: state.nonce,
    });
    return { url: url.href, state };
  }

  /**
   * Finishes a sign-in: checks state, exchanges the code (PKCE, nonce and ID token checked by openid-client), finds
   * the person and opens a session like password sign-in does.
   */
  async finish(em: EntityManager, state: SsoLoginState | null, query: URLSearchParams, ttlHours: number, userAgent?: string): Promise<SignInResult & { returnTo: string }> {
    if (!state || state.expiresAt < Date.now()) {
      throw new SsoFailure('STATE_MISMATCH', 'This sign-in was not started in this browser, or it took longer than 10 minutes. Please start again.');
    }
    if (query.get('error')) {
      const description = query.get('error_description');
      throw new SsoFailure('IDP_ERROR', `Your identity provider did not sign you in (${query.get('error')}${description ? `: ${description}` : ''}).`);
    }
    if (query.get('state') !== state.state) {
      throw new SsoFailure('STATE_MISMATCH', 'This sign-in response does not match the sign-in started in this browser. Please start again.');
    }
    const connection = await em.getRepository(SsoConnection).findOneBy({ id: state.connectionId, enabled: true });
    if (!connection) throw new SsoFailure('CONNECTION_NOT_FOUND', 'This single sign-on connection has been switched off.');
    const client = await oidc();
    const configuration = await this.configuration(connection);
    const callbackUrl = new URL(state.redirectUri);
    callbackUrl.search = query.toString();
    let claims: Record<string, unknown>;
    try {
      const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
        pkceCodeVerifier: state.codeVerifier,
        expectedState: state.state,
        expectedNonce: state.nonce,
        idTokenExpected: true,
      });
      claims = { ...tokens.claims() };
      // Many providers put profile claims only in userinfo when an access token is issued.
      if (claims[connection.emailClaim] === undefined && tokens.access_token) {
        claims = { ...(await client.fetchUserInfo(configuration, tokens.access_token, String(claims.sub))), ...claims };
      }
    } catch (error) {
      console.warn(`[sso] code exchange with ${connection.issuerUrl} failed`, error instanceof Error ? error.message : error);
      throw new SsoFailure('IDP_ERROR', 'Your identity provider did not confirm this sign-in. Please start again.');
    }
    const subject = claims[connection.subjectClaim];
    if (typeof subject !== 'string' || !subject) throw new SsoFailure('MISSING_CLAIM', `Your identity provider did not send the "${connection.subjectClaim}" claim that OpenCLR needs.`);
    const personId = await this.personFor(em, connection, subject, claims);
    const session = await this.sessions.open(em, personId, ttlHours, userAgent);
    return { ...session, returnTo: state.returnTo };
  }

  private async personFor(em: EntityManager, connection: SsoConnection, subject: string, claims: Record<string, unknown>): Promise<string> {
    const value = `${connection.issuerUrl}|${subject}`;
    if (value.length > 255) throw new SsoFailure('MISSING_CLAIM', 'The subject sent by your identity provider is too long.');
    const [known] = (await em.query(`SELECT person_id FROM person_identifier WHERE institution_id = $1 AND kind = 'sso_subject' AND value = $2`, [connection.institutionId, value])) as { person_id: string }[];
    if (known) return known.person_id;

    const rawEmail = claims[connection.emailClaim];
    const email = typeof rawEmail === 'string' ? tryNormalizeEmail(rawEmail) : null;
    if (!email) throw new SsoFailure('MISSING_CLAIM', `Your identity provider did not send an e-mail address ("${connection.emailClaim}"), so OpenCLR cannot tell which account is yours.`);
    if (claims.email_verified !== true) {
      throw new SsoFailure('EMAIL_NOT_VERIFIED', `Your identity provider has not verified ${email}, so OpenCLR cannot link it to an account. Verify it there or ask your administrator.`);
    }
    const domain = email.slice(email.lastIndexOf('@') + 1);
    if (connection.allowedEmailDomains.length > 0 && !connection.allowedEmailDomains.includes(domain)) {
      throw new SsoFailure('EMAIL_DOMAIN_NOT_ALLOWED', `Addresses at ${domain} may not sign in with ${connection.name}.`);
    }
    const [person] = (await em.query(`SELECT person_id FROM person_identifier WHERE institution_id = $1 AND kind = 'email' AND value = $2`, [connection.institutionId, email])) as { person_id: string }[];
    if (!person) {
      throw new SsoFailure('UNKNOWN_PERSON', `No OpenCLR account matches ${email}. Accounts are created by your institution, not at sign-in: ask your registrar or administrator.`);
    }
    await em.query(
      `INSERT INTO person_identifier (institution_id, person_id, kind, value, verified_at, is_primary)
       VALUES ($1, $2, 'sso_subject', $3, now(), NOT EXISTS (SELECT 1 FROM person_identifier WHERE person_id = $2 AND kind = 'sso_subject' AND is_primary))
       ON CONFLICT ON CONSTRAINT uq_person_identifier_value DO NOTHING`,
      [connection.institutionId, person.person_id, value],
    );
    return person.person_id;
  }

  /** Discovery, cached per connection version; a failed discovery is not cached. */
  private configuration(connection: SsoConnection): Promise<Configuration> {
    const version = connection.updatedAt?.getTime() ?? 0;
    const cached = this.configurations.get(connection.id);
    if (cached && cached.version === version) return cached.configuration;
    const configuration = this.discover(connection).catch((error: unknown) => {
      this.configurations.delete(connection.id);
      console.warn(`[sso] discovery of ${connection.issuerUrl} failed`, error instanceof Error ? error.message : error);
      throw new SsoFailure('IDP_UNAVAILABLE', 'The identity provider could not be reached. Please try again in a moment.');
    });
    this.configurations.set(connection.id, { version, configuration });
    return configuration;
  }

  private async discover(connection: SsoConnection): Promise<Configuration> {
    const client = await oidc();
    const issuer = new URL(connection.issuerUrl);
    const secret = connection.clientSecretEncrypted ? this.vault.open(connection.clientSecretEncrypted) : undefined;
    return client.discovery(issuer, connection.clientId, undefined, secret ? client.ClientSecretBasic(secret) : client.None(), {
      execute: issuer.protocol === 'http:' ? [client.allowInsecureRequests] : [],
      timeout: 10,
    });
  }
}

export interface ConfigureInput {
  name: string;
  issuerUrl: string;
  clientId: string;
  clientSecret?: string | null;
  scopes?: string[] | null;
  subjectClaim?: string | null;
  emailClaim?: string | null;
  allowedEmailDomains?: string[] | null;
  enabled?: boolean | null;
}
