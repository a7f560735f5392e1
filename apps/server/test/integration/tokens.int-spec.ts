import 'reflect-metadata';
import { seedDemo } from '../../src/seed/seed-demo';
import { signIn } from '../setup/operations';
import { startTestServer, TestServer } from '../setup/server';

const CREATE_PAT = `mutation($input: CreatePersonalAccessTokenInput!) { createPersonalAccessToken(input: $input) { token personalAccessToken { id name tokenPrefix scopes expiresAt lastUsedAt revokedAt } errors { __typename code field } } }`;
const REVOKE_PAT = `mutation($input: RevokePersonalAccessTokenInput!) { revokePersonalAccessToken(input: $input) { personalAccessToken { id revokedAt } errors { code field } } }`;
const MY_TOKENS = `query { viewer { personalAccessTokens(first: 10) { totalCount nodes { id name lastUsedAt revokedAt } } } }`;
const CREATE_CLIENT = `mutation($input: CreateIntegratorClientInput!) { createIntegratorClient(input: $input) { clientSecret integratorClient { id clientId scopes } errors { code field } } }`;
const REVOKE_CLIENT = `mutation($input: RevokeIntegratorClientInput!) { revokeIntegratorClient(input: $input) { integratorClient { id revokedAt } errors { code } } }`;
const ACHIEVEMENTS = `query { achievements(first: 1) { totalCount } }`;
const COHORTS = `query { cohorts(first: 1) { totalCount } }`;

describe('personal access tokens and integrator clients', () => {
  let server: TestServer;
  let learner: string;
  let admin: string;

  beforeAll(async () => {
    server = await startTestServer();
    await seedDemo(server.db.dataSource, { learners: 5 });
    learner = await signIn(server, 'learner@northbridge.edu');
    admin = await signIn(server, 'admin@northbridge.edu');
  });
  afterAll(() => server.stop());

  const clientToken = (clientId: string, secret: string, scope?: string) =>
    fetch(`${server.url}/oauth/token`, {
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from(`${clientId}:${secret}`).toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', ...(scope ? { scope } : {}) }),
    });

  it('should create a PAT shown once, use it within its scopes, record last use and revoke it', async () => {
    const created = (await server.graphql(CREATE_PAT, { input: { name: 'Portfolio sync', scopes: ['OB_READ'] } }, learner)).data!.createPersonalAccessToken;
    expect(created.errors).toEqual([]);
    expect(created.token).toMatch(/^oclr_pat_[A-Za-z0-9_-]{43}$/);
    expect(created.token.startsWith(created.personalAccessToken.tokenPrefix)).toBe(true);

    expect((await server.graphql(ACHIEVEMENTS, {}, created.token)).data?.achievements.totalCount).toBeGreaterThan(0);
    const denied = await server.graphql(`mutation { exportClr(input: {}) { errors { code } } }`, {}, created.token);
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const selfMint = await server.graphql(CREATE_PAT, { input: { name: 'x', scopes: ['OB_READ'] } }, created.token);
    expect(selfMint.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const listed = (await server.graphql(MY_TOKENS, {}, learner)).data!.viewer.personalAccessTokens;
    expect(listed.nodes.find((n: { id: string }) => n.id === created.personalAccessToken.id).lastUsedAt).not.toBeNull();

    const revoked = (await server.graphql(REVOKE_PAT, { input: { id: created.personalAccessToken.id } }, learner)).data!.revokePersonalAccessToken;
    expect(revoked.personalAccessToken.revokedAt).not.toBeNull();
    expect((await server.graphql(ACHIEVEMENTS, {}, created.token)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('should let a token read learner records only with ob.read and cohorts only with cohorts.read, by any path', async () => {
    const RECORD = `query { viewer { person { id skillProgress(first: 4) { totalCount } awards(first: 5) { totalCount } } } }`;
    const cohortsOnly = (await server.graphql(CREATE_PAT, { input: { name: 'Cohorts only', scopes: ['COHORTS_READ'] } }, learner)).data!.createPersonalAccessToken.token;
    const reader = (await server.graphql(CREATE_PAT, { input: { name: 'Reader', scopes: ['OB_READ'] } }, learner)).data!.createPersonalAccessToken.token;
    const withRead = await server.graphql(RECORD, {}, reader);
    expect(withRead.data!.viewer.person.awards.totalCount).toBeGreaterThan(0);
    const personId = withRead.data!.viewer.person.id;

    const withoutRead = await server.graphql(RECORD, {}, cohortsOnly);
    expect(withoutRead.data?.viewer.person).toBeNull();
    expect(withoutRead.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    expect((await server.graphql(`query($id: ID!) { node(id: $id) { id } }`, { id: personId }, cohortsOnly)).data?.node).toBeNull();

    const adminToken = (await server.graphql(CREATE_PAT, { input: { name: 'Admin reader', scopes: ['OB_READ'] } }, admin)).data!.createPersonalAccessToken.token;
    expect((await server.graphql(COHORTS, {}, adminToken)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('should refuse an expired PAT and report bad input as typed errors', async () => {
    const created = (await server.graphql(CREATE_PAT, { input: { name: 'Short', scopes: ['OB_READ'], expiresAt: new Date(Date.now() + 60_000).toISOString() } }, learner)).data!.createPersonalAccessToken;
    await server.db.dataSource.query(`UPDATE personal_access_token SET expires_at = now() - interval '1 second', created_at = now() - interval '1 hour' WHERE token_prefix = $1`, [created.personalAccessToken.tokenPrefix]);
    expect((await server.graphql(ACHIEVEMENTS, {}, created.token)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const bad = (await server.graphql(CREATE_PAT, { input: { name: ' ', scopes: [], expiresAt: '2000-01-01T00:00:00Z' } }, learner)).data!.createPersonalAccessToken;
    expect(bad.token).toBeNull();
    expect(bad.errors.map((e: { code: string }) => e.code).sort()).toEqual(['OUT_OF_RANGE', 'REQUIRED', 'REQUIRED']);
  });

  it("should answer NOT_FOUND when revoking someone else's token", async () => {
    const created = (await server.graphql(CREATE_PAT, { input: { name: 'Mine', scopes: ['OB_READ'] } }, learner)).data!.createPersonalAccessToken;
    const other = (await server.graphql(REVOKE_PAT, { input: { id: created.personalAccessToken.id } }, admin)).data!.revokePersonalAccessToken;
    expect(other.errors).toEqual([{ code: 'NOT_FOUND', field: ['input', 'id'] }]);
  });

  it('should issue client-credentials tokens limited to the client scopes, and stop them on revocation', async () => {
    const created = (await server.graphql(CREATE_CLIENT, { input: { name: 'Canvas LMS', scopes: ['COHORTS_READ'] } }, admin)).data!.createIntegratorClient;
    expect(created.errors).toEqual([]);
    const { clientId } = created.integratorClient;
    expect(clientId).toMatch(/^oclr_client_/);

    expect((await clientToken(clientId, 'wrong')).status).toBe(401);
    expect((await clientToken(clientId, created.clientSecret, 'ob.write')).status).toBe(400);
    const res = await clientToken(clientId, created.clientSecret);
    expect(res.status).toBe(200);
    const grant = (await res.json()) as { access_token: string };
    expect(grant).toMatchObject({ token_type: 'Bearer', expires_in: 3600, scope: 'cohorts.read' });

    expect((await server.graphql(COHORTS, {}, grant.access_token)).data?.cohorts.totalCount).toBeGreaterThan(0);
    expect((await server.graphql(ACHIEVEMENTS, {}, grant.access_token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await server.graphql(CREATE_CLIENT, { input: { name: 'x', scopes: ['OB_READ'] } }, grant.access_token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const learnerTry = await server.graphql(CREATE_CLIENT, { input: { name: 'x', scopes: ['OB_READ'] } }, learner);
    expect(learnerTry.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    await server.graphql(REVOKE_CLIENT, { input: { id: created.integratorClient.id } }, admin);
    expect((await server.graphql(COHORTS, {}, grant.access_token)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await clientToken(clientId, created.clientSecret)).status).toBe(401);
  });

  it('should store only hashes of tokens and secrets', async () => {
    const pat = (await server.graphql(CREATE_PAT, { input: { name: 'Hash check', scopes: ['OB_READ'] } }, learner)).data!.createPersonalAccessToken.token as string;
    const client = (await server.graphql(CREATE_CLIENT, { input: { name: 'Hash check', scopes: ['OB_READ'] } }, admin)).data!.createIntegratorClient;
    const access = ((await (await clientToken(client.integratorClient.clientId, client.clientSecret)).json()) as { access_token: string }).access_token;
    const dump = JSON.stringify(
      await server.db.dataSource.query(
        `SELECT (SELECT json_agg(t) FROM personal_access_token t) AS pats, (SELECT json_agg(c) FROM integrator_client c) AS clients, (SELECT json_agg(a) FROM integrator_access_token a) AS tokens`,
      ),
    );
    for (const secret of [pat, client.clientSecret, access]) {
      expect(dump).not.toContain(secret);
      expect(dump).not.toContain(secret.slice(-20));
    }
  });
});
