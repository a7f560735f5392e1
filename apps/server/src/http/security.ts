import type { ApolloServerPlugin } from '@apollo/server';
import { parse as parseCookies } from 'cookie';
import cors from 'cors';
import type { Request, RequestHandler, Response } from 'express';
import { ipKeyGenerator, rateLimit, type Options as RateLimitOptions } from 'express-rate-limit';
import { DocumentNode, FieldNode, Kind, OperationTypeNode, parse, SelectionSetNode } from 'graphql';
import helmet from 'helmet';
import { createHash } from 'node:crypto';
import type { Context } from '../context';
import { SESSION_COOKIE } from '../modules/auth/session.service';

/** HTTP and GraphQL protections, read from the environment (documented in docs/security.md). */
export interface SecurityConfig {
  /** `NODE_ENV=production`: anonymous schema introspection is refused. */
  production: boolean;
  /** Origins (scheme://host[:port]) allowed to call /graphql from a browser, with credentials. */
  corsOrigins: string[];
  maxQueryDepth: number;
  maxQueryComplexity: number;
  /** GraphQL requests per client (session/token, else IP) per minute; 0 turns the limit off. */
  graphqlRequestsPerMinute: number;
  /** GraphQL requests per IP address per minute, whatever tokens they carry; 0 turns the limit off. */
  graphqlRequestsPerIpPerMinute: number;
  /** Failed sign-ins per client IP per window; 0 turns the limit off. */
  signInFailuresPerClient: number;
  /** Failed sign-ins per e-mail address (existing or not) per window; 0 turns the limit off. */
  signInFailuresPerAccount: number;
  signInWindowMinutes: number;
}

function whole(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number ≥ 0, got "${raw}"`);
  return value;
}

export function loadSecurityConfig(env: NodeJS.ProcessEnv): SecurityConfig {
  const corsOrigins = (env.OPENCLR_CORS_ORIGINS ?? '').split(',').map((o) => o.trim().replace(/\/$/, '')).filter(Boolean);
  for (const origin of corsOrigins) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin)) throw new Error(`OPENCLR_CORS_ORIGINS: "${origin}" is not an origin like https://app.example.edu`);
  }
  return {
    production: env.NODE_ENV === 'production',
    corsOrigins,
    maxQueryDepth: whole(env, 'OPENCLR_MAX_QUERY_DEPTH', 15),
    maxQueryComplexity: whole(env, 'OPENCLR_MAX_QUERY_COMPLEXITY', 25_000),
    graphqlRequestsPerMinute: whole(env, 'OPENCLR_RATE_LIMIT_GRAPHQL', 600),
    graphqlRequestsPerIpPerMinute: whole(env, 'OPENCLR_RATE_LIMIT_GRAPHQL_IP', 3_000),
    signInFailuresPerClient: whole(env, 'OPENCLR_RATE_LIMIT_SIGN_IN', 20),
    signInFailuresPerAccount: whole(env, 'OPENCLR_RATE_LIMIT_SIGN_IN_ACCOUNT', 10),
    signInWindowMinutes: whole(env, 'OPENCLR_RATE_LIMIT_SIGN_IN_WINDOW_MINUTES', 15),
  };
}

/**
 * Security headers for every response (helmet). The CSP allows only same-origin scripts, which covers the built SPA
 * and the GraphiQL page (both load their scripts from files); routes with inline content (the credential HTML page)
 * set their own, stricter CSP with hashes. Responses may be embedded cross-origin (CORP) because credentials,
 * badge images and status lists are public documents; reading /graphql cross-origin is still governed by CORS.
 */
export function securityHeaders(options: { https: boolean }): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        // GraphiQL's page has one inline <style>, and Vue/GraphiQL set style attributes.
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:', 'https:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'worker-src': ["'self'", 'blob:'],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
        ...(options.https ? { 'upgrade-insecure-requests': [] } : {}),
      },
    },
    strictTransportSecurity: options.https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    crossOriginResourcePolicy: { policy: 'cross-origin' },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  });
}

/** CORS for /graphql: only listed origins get CORS headers (credentials included); any other origin gets none. */
export function graphqlCors(origins: readonly string[]): RequestHandler {
  const allowed = new Set(origins);
  return cors({
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin) ? origin : false),
    credentials: true,
    methods: ['GET', 'POST'],
    allowedHeaders: ['content-type', 'authorization', 'x-openclr-csrf', 'apollo-require-preflight', 'x-apollo-operation-name'],
    maxAge: 600,
  });
}

const hasBearer = (req: Request) => req.headers.authorization?.startsWith('Bearer ') ?? false;
const sessionCookie = (req: Request): string | undefined => (req.headers.cookie ? parseCookies(req.headers.cookie)[SESSION_COOKIE] : undefined);

/**
 * CSRF guard for cookie sessions: a state-changing request that authenticates with the session cookie must be
 * `application/json` (which a cross-site form cannot send without a CORS preflight) or carry the `x-openclr-csrf`
 * header the SPA sends. Bearer-token requests are exempt: browsers never attach those on their own.
 */
export const cookieCsrfGuard: RequestHandler = (req, res, next) => {
  if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS' || hasBearer(req) || !sessionCookie(req)) return next();
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'application/json' || req.headers['x-openclr-csrf']) return next();
  res.status(403).json({
    errors: [
      {
        message: 'Requests signed in with the session cookie must be sent as application/json or carry the x-openclr-csrf header.',
        extensions: { code: 'FORBIDDEN', reason: 'CSRF_CHECK_FAILED' },
      },
    ],
  });
};

const sha256 = (value: string) => createHash('sha256').update(value).digest('base64url');
const clientIp = (req: Request) => ipKeyGenerator(req.ip ?? req.socket.remoteAddress ?? 'unknown');

/** The rate-limit response: 429, `Retry-After` in seconds, and a GraphQL-shaped error body. */
const tooMany =
  (what: string): RateLimitOptions['handler'] =>
  (req, res) => {
    const resetTime = (req as Request & { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
    const retryAfter = Math.max(1, Math.ceil(((resetTime?.getTime() ?? Date.now() + 60_000) - Date.now()) / 1000));
    res.setHeader('Retry-After', String(retryAfter));
    res.status(429).json({ errors: [{ message: `Too many ${what}; try again in ${retryAfter} s.`, extensions: { code: 'RATE_LIMITED', retryAfter } }] });
  };

const limiter = (options: Partial<RateLimitOptions> & { limit: number }): RequestHandler[] =>
  options.limit > 0 ? [rateLimit({ standardHeaders: 'draft-7', legacyHeaders: false, ...options })] : [];

/**
 * Per-client limits on /graphql (in-process memory store): one bucket per session or bearer token, or per IP for
 * anonymous callers, plus a looser per-IP bucket so that rotating made-up tokens does not escape the limit.
 */
export function graphqlRateLimits(config: SecurityConfig): RequestHandler[] {
  return [
    ...limiter({ windowMs: 60_000, limit: config.graphqlRequestsPerIpPerMinute, keyGenerator: (req) => `ip:${clientIp(req)}`, handler: tooMany('requests') }),
    ...limiter({
      windowMs: 60_000,
      limit: config.graphqlRequestsPerMinute,
      keyGenerator: (req) => {
        const token = hasBearer(req) ? req.headers.authorization!.slice(7).trim() : sessionCookie(req);
        return token ? `token:${sha256(token)}` : `ip:${clientIp(req)}`;
      },
      handler: tooMany('requests'),
    }),
  ];
}

interface SignInAttempt {
  /** Response keys (alias or name) of the signIn fields. */
  keys: string[];
  /** Case-folded e-mail addresses tried, as sent (existing accounts or not). */
  emails: string[];
}

const SIGN_IN_ATTEMPT = Symbol('openclr.signInAttempt');

/** Finds `signIn` root fields in a parsed GraphQL request body (through fragments and aliases); null when none. */
export function signInAttempt(body: unknown): SignInAttempt | null {
  const { query, variables, operationName } = (body ?? {}) as { query?: unknown; variables?: Record<string, any>; operationName?: string };
  if (typeof query !== 'string' || !query.includes('signIn')) return null;
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch {
    return null; // Apollo reports the syntax error
  }
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  const fields: FieldNode[] = [];
  const collect = (set: SelectionSetNode, depth: number) => {
    if (depth > 10) return;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD && selection.name.value === 'signIn') fields.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) collect(selection.selectionSet, depth + 1);
      else if (selection.kind === Kind.FRAGMENT_SPREAD && fragments.has(selection.name.value)) collect(fragments.get(selection.name.value)!.selectionSet, depth + 1);
    }
  };
  for (const d of document.definitions) {
    if (d.kind === Kind.OPERATION_DEFINITION && d.operation === OperationTypeNode.MUTATION && (!operationName || d.name?.value === operationName)) collect(d.selectionSet, 0);
  }
  if (fields.length === 0) return null;
  const emails = fields.map((field) => {
    const input = field.arguments?.find((a) => a.name.value === 'input')?.value;
    let email: unknown;
    if (input?.kind === Kind.VARIABLE) email = variables?.[input.name.value]?.email;
    else if (input?.kind === Kind.OBJECT) {
      const value = input.fields.find((f) => f.name.value === 'email')?.value;
      email = value?.kind === Kind.STRING ? value.value : value?.kind === Kind.VARIABLE ? variables?.[value.name.value] : undefined;
    }
    return typeof email === 'string' ? email.trim().toLowerCase() : '';
  });
  return { keys: fields.map((f) => f.alias?.value ?? f.name.value), emails };
}

/**
 * Limits failed sign-ins per client IP and per e-mail address. Only failures count: the Apollo plugin below marks
 * successful sign-ins, and express-rate-limit gives their hit back. Every e-mail address is limited alike, so a 429
 * says nothing about whether an account exists. Runs after the JSON body parser.
 */
export function signInRateLimits(config: SecurityConfig): RequestHandler[] {
  const windowMs = config.signInWindowMinutes * 60_000;
  const common = {
    windowMs,
    skip: (req: Request) => !attemptOf(req),
    skipSuccessfulRequests: true,
    requestWasSuccessful: (_req: Request, res: Response) => res.locals.signInSucceeded === true,
    handler: tooMany('sign-in attempts'),
  };
  return [
    ...limiter({ ...common, limit: config.signInFailuresPerClient, keyGenerator: (req) => `signin-ip:${clientIp(req)}` }),
    ...limiter({ ...common, limit: config.signInFailuresPerAccount, keyGenerator: (req) => `signin-email:${sha256(attemptOf(req)!.emails.join(','))}` }),
  ];
}

function attemptOf(req: Request): SignInAttempt | null {
  const holder = req as Request & { [SIGN_IN_ATTEMPT]?: SignInAttempt | null };
  if (holder[SIGN_IN_ATTEMPT] === undefined) holder[SIGN_IN_ATTEMPT] = req.method === 'POST' ? signInAttempt(req.body) : null;
  return holder[SIGN_IN_ATTEMPT];
}

/** Tells the sign-in limiter which sign-ins succeeded (a token came back), so that only failures use up the limit. */
export const signInOutcomePlugin: ApolloServerPlugin<Context> = {
  async requestDidStart({ contextValue }) {
    return {
      async willSendResponse({ response }) {
        const req = contextValue.req;
        const res = contextValue.res;
        if (!req || !res || response.body.kind !== 'single') return;
        const attempt = attemptOf(req);
        const data = response.body.singleResult.data as Record<string, { token?: string | null } | null> | null | undefined;
        if (attempt && data && attempt.keys.every((key) => typeof data[key]?.token === 'string')) res.locals.signInSucceeded = true;
      },
    };
  },
};
