import 'reflect-metadata';
import { getIntrospectionQuery } from 'graphql';
import { seedDemo } from '../../src/seed/seed-demo';
import { PASSWORD, SIGN_IN } from '../setup/operations';
import { startTestServer, TestServer } from '../setup/server';
import { sessionFor } from '../setup/sessions';

const ALLOWED_ORIGIN = 'https://app.example.edu';

describe('GraphQL hardening for public exposure', () => {
  let server: TestServer;
  let learner: string;
  let admin: string;

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

  beforeAll(async () => {
    server = await startTestServer({ NODE_ENV: 'production', OPENCLR_CORS_ORIGINS: ALLOWED_ORIGIN });
    await seedDemo(server.db.dataSource, { learners: 20 });
    [learner, admin] = await Promise.all([sessionFor(server, 'learner@northbridge.edu'), sessionFor(server, 'admin@northbridge.edu')]);
  }, 60_000);

  afterAll(() => server.stop());

  describe('depth and cost limits', () => {
    it('should refuse a query nested 50 levels deep with QUERY_TOO_DEEP, before running it', async () => {
      let selection = 'id';
      while ((selection.match(/\{/g)?.length ?? 0) < 48) selection = `awards(first: 1) { nodes { learner { ${selection} } } }`;
      const query = `{ viewer { person { ${selection} } } }`;
      expect(query.match(/\{/g)!.length).toBeGreaterThanOrEqual(50);
      server.sql.reset();
      const res = await server.graphql(query, {}, learner);
      expect(res.data).toBeUndefined();
      expect(res.errors).toEqual([{ message: expect.stringMatching(/nested too deeply.*15/), extensions: { code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_DEEP' } }]);
      expect(server.sql.statements.filter((s) => !/UPDATE session/.test(s))).toEqual([]);
    });

    it('should answer variables that do not fit their types (an unknown enum value) with BAD_USER_INPUT, not a 500', async () => {
      const res = await server.graphql(`mutation($s: AchievementStatus) { updateAchievement(input: { id: "x", status: $s }) { errors { code } } }`, { s: 'EXPLODED' }, learner);
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors?.[0].message).toMatch(/EXPLODED/);
    });

    it('should answer a body that is not JSON, and a variable of the wrong scalar type, with 400 and no stack', async () => {
      const broken = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
      expect(broken.status).toBe(400);
      const text = await broken.text();
      expect(JSON.parse(text)).toEqual({ errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
      expect(text).not.toMatch(/node_modules|at \w+ \(/);
      const badDate = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${learner}` },
        body: JSON.stringify({ query: `mutation($d: DateTimeISO) { createPersonalAccessToken(input: { name: "x", scopes: [OB_READ], expiresAt: $d }) { token } }`, variables: { d: 'tomorrow' } }),
      });
      expect(badDate.status).toBe(400);
      expect(((await badDate.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    });

    it('should refuse a request for 10,000 items (cost limit, else the page-size cap)', async () => {
      const cheap = await server.graphql(`{ achievements(first: 10000) { nodes { id } } }`, {}, learner);
      expect(cheap.data?.achievements).toBeUndefined();
      expect(cheap.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      const rich = await server.graphql(`{ achievements(first: 10000) { totalCount nodes { id name description issuer { name } alignments { name } } } }`, {}, learner);
      expect(rich).toEqual({ errors: [{ message: expect.stringMatching(/too expensive/), extensions: { code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COMPLEX' } }] });
    });

    it('should multiply nested pages: 100 cohorts × 100 progress rows is refused, the SPA’s 10 × 100 is not', async () => {
      const progress = (cohorts: number) => `{ cohorts(first: ${cohorts}) { nodes { name progress(first: 100) { nodes { learner { displayName } cells { earnedCount bestLevel skill { code } } } } } } }`;
      const refused = await server.graphql(progress(100), {}, admin);
      expect(refused.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COMPLEX' });
      const allowed = await server.graphql(progress(10), {}, admin);
      expect(allowed.errors).toBeUndefined();
    });
  });

  describe('introspection in production', () => {
    it('should refuse introspection to anonymous callers and allow it to signed-in clients (GraphiQL’s full query passes the limits)', async () => {
      const anonymous = await server.graphql(`{ __schema { queryType { name } } }`);
      expect(anonymous).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'UNAUTHENTICATED', reason: 'INTROSPECTION_REQUIRES_SIGN_IN' } }] });
      const viaFragment = await server.graphql(`query { ...F } fragment F on Query { __type(name: "Query") { name } }`);
      expect(viaFragment.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect((await server.graphql(`{ __typename viewer { roles } }`)).data).toEqual({ __typename: 'Query', viewer: { roles: [] } });
      const full = await server.graphql(getIntrospectionQuery(), {}, learner);
      expect(full.errors).toBeUndefined();
      expect(full.data?.__schema.queryType.name).toBe('Query');
    });
  });

  describe('sign-in rate limits', () => {
    const attempt = (email: string, password: string, ip: string) => post({ query: SIGN_IN, variables: { input: { email, password } } }, { 'x-forwarded-for': ip });

    it('should refuse 1,000 wrong-password sign-ins cleanly — 429 with Retry-After after the limit, never a 500 — the same for an unknown account, while another client signs in', async () => {
      const run = async (email: string, ip: string) => {
        const statuses: number[] = [];
        let limited: Response | undefined;
        for (let i = 0; i < 1000; i += 50) {
          const batch = await Promise.all(Array.from({ length: 50 }, (_, j) => attempt(email, `wrong-${i + j}`, ip)));
          for (const r of batch) {
            statuses.push(r.status);
            if (r.status === 429) limited ??= r;
            else expect(((await r.json()) as any).data.signIn).toEqual({ token: null, viewer: null, errors: [expect.objectContaining({ code: 'INVALID_CREDENTIALS' })] });
          }
        }
        return { statuses, limited: limited! };
      };
      const known = await run('learner@northbridge.edu', '198.51.100.1');
      const unknown = await run('nobody-here@northbridge.edu', '198.51.100.2');
      for (const { statuses, limited } of [known, unknown]) {
        expect(statuses.filter((s) => s !== 200 && s !== 429)).toEqual([]);
        expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(20);
        expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(980);
        expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
        expect(await limited.json()).toEqual({ errors: [{ message: expect.stringMatching(/Too many sign-in attempts/), extensions: { code: 'RATE_LIMITED', retryAfter: expect.any(Number) } }] });
      }
      // Same answers whether or not the account exists.
      expect(unknown.statuses.filter((s) => s === 200).length).toBe(known.statuses.filter((s) => s === 200).length);
      const other = (await (await attempt('advisor@northbridge.edu', PASSWORD, '203.0.113.9')).json()) as any;
      expect(other.data.signIn.token).toEqual(expect.any(String));
    }, 120_000);

    it('should not count successful sign-ins against the limit', async () => {
      for (let i = 0; i < 25; i++) {
        const res = await attempt('assessor@northbridge.edu', PASSWORD, '203.0.113.20');
        expect(res.status).toBe(200);
      }
    }, 60_000);
  });

  describe('HTTP protections', () => {
    it('should send security headers', async () => {
      for (const path of ['/healthz', '/graphql']) {
        const res = await fetch(`${server.url}${path}`, { headers: { accept: path === '/graphql' ? 'text/html' : 'application/json' } });
        expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'.*script-src 'self'.*frame-ancestors 'none'/);
        expect(res.headers.get('x-content-type-options')).toBe('nosniff');
        expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
        expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
        expect(res.headers.get('x-powered-by')).toBeNull();
      }
    });

    it('should answer CORS only for allow-listed origins, with credentials', async () => {
      const preflight = (origin: string) =>
        fetch(`${server.url}/graphql`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
      const allowed = await preflight(ALLOWED_ORIGIN);
      expect(allowed.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
      expect(allowed.headers.get('access-control-allow-credentials')).toBe('true');
      const denied = await preflight('https://evil.example');
      expect(denied.headers.get('access-control-allow-origin')).toBeNull();
      expect(denied.headers.get('access-control-allow-credentials')).toBeNull();
      const simple = await post({ query: '{ __typename }' }, { origin: 'https://evil.example' });
      expect(simple.headers.get('access-control-allow-origin')).toBeNull();
    });

    it('should refuse a cookie-authenticated text/plain POST (CSRF) and accept JSON or the x-openclr-csrf header', async () => {
      const cookie = `openclr_session=${learner}`;
      const body = JSON.stringify({ query: '{ viewer { roles } }' });
      const forged = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain', cookie }, body });
      expect(forged.status).toBe(403);
      expect(await forged.json()).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'FORBIDDEN', reason: 'CSRF_CHECK_FAILED' } }] });
      const withHeader = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain', 'x-openclr-csrf': '1', cookie }, body });
      expect(withHeader.status).not.toBe(403); // past the guard (Apollo still refuses the body type)
      const json = await post(body, { cookie });
      expect(((await json.json()) as any).data.viewer.roles).toEqual(['LEARNER']);
      const bearerPlain = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain', authorization: `Bearer ${learner}` }, body });
      expect(bearerPlain.status).not.toBe(403); // bearer tokens are exempt (Apollo still refuses the body type)
    });

    it('should answer 429 with Retry-After when one client exceeds the per-client request limit', async () => {
      const limited = await startTestServer({ OPENCLR_RATE_LIMIT_GRAPHQL: '5' });
      try {
        const statuses = [];
        for (let i = 0; i < 7; i++) statuses.push((await fetch(`${limited.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer a' }, body: '{"query":"{ __typename }"}' })).status);
        expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
        const other = await fetch(`${limited.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer b' }, body: '{"query":"{ __typename }"}' });
        expect(other.status).toBe(200);
        const res = await fetch(`${limited.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer a' }, body: '{"query":"{ __typename }"}' });
        expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
      } finally {
        await limited.stop();
      }
    });
  });

  describe('error masking', () => {
    it('should answer a database failure with INTERNAL_SERVER_ERROR and no SQL, table names or stack', async () => {
      const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
      await server.db.dataSource.query(`ALTER TABLE skill_framework RENAME TO skill_framework_gone`);
      try {
        const response = await post({ query: '{ skillFrameworks(first: 5) { nodes { name } } }' }, { authorization: `Bearer ${admin}` });
        const text = await response.text();
        expect(JSON.parse(text).errors).toEqual([{ message: 'Internal server error', locations: expect.any(Array), path: ['skillFrameworks'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
        expect(text).not.toMatch(/SELECT|skill_framework|relation|QueryFailed|stacktrace|\.ts:\d+|at [A-Z]\w+\./);
        expect(errors).toHaveBeenCalled(); // logged on the server instead
      } finally {
        await server.db.dataSource.query(`ALTER TABLE skill_framework_gone RENAME TO skill_framework`);
        errors.mockRestore();
      }
    });

    it('should answer concurrent creates of one framework name with DUPLICATE, never a 500', async () => {
      const create = `mutation($input: CreateSkillFrameworkInput!) { createSkillFramework(input: $input) { skillFramework { id } errors { code } } }`;
      const results = await Promise.all(Array.from({ length: 8 }, () => server.graphql(create, { input: { name: 'Concurrent framework' } }, admin)));
      expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
      const created = results.filter((r) => r.data!.createSkillFramework.skillFramework);
      expect(created).toHaveLength(1);
      expect(results.filter((r) => r !== created[0]).map((r) => r.data!.createSkillFramework.errors)).toEqual(Array(7).fill([{ code: 'DUPLICATE' }]));
    });
  });
});
