import 'reflect-metadata';
import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { type JobRunner, startJobRunner } from '../../src/jobs/job-runner';
import { checkTargetUrl, isPrivateAddress } from '../../src/modules/webhook/webhook.target';
import { signWebhook, verifyWebhookSignature } from '../../src/modules/webhook/webhook.signature';
import { seedDemo } from '../../src/seed/seed-demo';
import { signIn } from '../setup/operations';
import { startTestServer, TestServer } from '../setup/server';
import { sessionFor } from '../setup/sessions';

jest.setTimeout(60_000);

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A real receiving endpoint: records every request; `status(path, n)` decides the answer to the n-th one on a path. */
async function startReceiver(status: (path: string, n: number) => number) {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const entry = { path: req.url!, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      received.push(entry);
      res.statusCode = status(entry.path, received.filter((r) => r.path === entry.path).length);
      res.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function until<T>(probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 100));
  }
}

const CREATE = `mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { webhookSubscription { id url events active } secret errors { __typename code field } } }`;
const AWARD = `mutation($input: AwardAchievementInput!) { awardAchievement(input: $input) { award { id } errors { code field } } }`;
const REVOKE = `mutation($input: ChangeAwardStateInput!) { revokeAward(input: $input) { award { id state } errors { code } } }`;
const RECORD = `mutation($input: RecordAssessmentInput!) { recordAssessment(input: $input) { assessment { id } award { id } errors { code field } } }`;
const LOG = `query($first: Int) { webhookSubscriptions(first: 10) { totalCount nodes { id url deliveries(first: $first) { totalCount nodes { id eventId eventType status attemptCount lastHttpStatus lastError nextAttemptAt deliveredAt payload } } } } }`;

describe('webhooks', () => {
  let server: TestServer;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let runner: JobRunner | undefined;
  let adminToken: string;
  let issuerToken: string;
  let learnerToken: string;
  let learnerId: string;
  let issuerId: string;
  let skillId: string;

  const subscribe = async (path: string, events: string[]) => {
    const res = await server.graphql(CREATE, { input: { url: `${receiver.url}${path}`, events } }, adminToken);
    expect(res.data!.createWebhookSubscription.errors).toEqual([]);
    return res.data!.createWebhookSubscription as { webhookSubscription: { id: string }; secret: string };
  };

  const createAchievement = async (name: string) => {
    const res = await server.graphql(
      `mutation($input: CreateAchievementInput!) { createAchievement(input: $input) { achievement { id rubric { criteria { id } } } errors { code } } }`,
      {
        input: {
          issuerId,
          name,
          description: 'Webhook test.',
          skillIds: [skillId],
          publish: true,
          rubric: { requiredLevel: 3, levels: [{ name: 'Benchmark' }, { name: 'Milestone' }, { name: 'Milestone' }, { name: 'Capstone' }], criteria: [{ name: 'Design', levelDescriptions: ['a', 'b', 'c', 'd'] }] },
        },
      },
      issuerToken,
    );
    expect(res.data!.createAchievement.errors).toEqual([]);
    return res.data!.createAchievement.achievement as { id: string; rubric: { criteria: { id: string }[] } };
  };

  const eventsAt = (path: string, type?: string) => receiver.received.filter((r) => r.path === path && (!type || JSON.parse(r.body).type === type));

  beforeAll(async () => {
    // One vault secret for the server and the runner's signing threads (the runner gets no data directory of its own).
    process.env.OPENCLR_KEY_SECRET = 'webhooks-test-secret';
    receiver = await startReceiver((path, n) => (path === '/flaky' && n <= 2 ? 500 : 200));
    server = await startTestServer({ OPENCLR_ALLOW_HTTP_WEBHOOKS: '1', OPENCLR_WEBHOOK_BACKOFF_SECONDS: '0.3', OPENCLR_WEBHOOK_SWEEP_SECONDS: '1' });
    await seedDemo(server.db.dataSource, { learners: 20 });
    adminToken = await sessionFor(server, 'admin@northbridge.edu');
    issuerToken = await signIn(server, 'issuer@northbridge.edu');
    learnerToken = await sessionFor(server, 'learner@northbridge.edu');
    learnerId = (await server.graphql('{ viewer { person { id } } }', {}, learnerToken)).data!.viewer.person.id;
    const catalogue = await server.graphql(`{ achievements(first: 1) { nodes { issuer { id } alignments { id } } } }`, {}, issuerToken);
    issuerId = catalogue.data!.achievements.nodes[0].issuer.id;
    skillId = catalogue.data!.achievements.nodes[0].alignments[0].id;
  });

  afterAll(async () => {
    await runner?.stop();
    await server.stop();
    await receiver.stop();
  });

  it('should write deliveries in the award transaction while no job runner is up, and deliver them once it starts (outbox)', async () => {
    const { webhookSubscription, secret } = await subscribe('/awards', ['AWARD_CREATED', 'AWARD_REVOKED']);
    expect(secret).toMatch(/^whsec_[\w-]{43}$/);
    const stored = await server.db.dataSource.query(`SELECT secret_encrypted FROM webhook_subscription`);
    expect(stored[0].secret_encrypted).not.toContain(secret.slice(6));

    const achievement = await createAchievement('Webhook Outbox');
    const awarded = await server.graphql(AWARD, { input: { achievementId: achievement.id, learnerId } }, issuerToken);
    const awardId = awarded.data!.awardAchievement.award.id;
    const rows = await server.db.dataSource.query(`SELECT event_type, status, attempt_count FROM webhook_delivery`);
    expect(rows).toEqual([{ event_type: 'award.created', status: 'pending', attempt_count: 0 }]);
    await new Promise((r) => setTimeout(r, 500));
    expect(receiver.received).toHaveLength(0);

    runner = await startJobRunner(server.db.dataSource, { dataDir: tmpdir() }, server.app.modules.services, { threads: 1, pollingIntervalSeconds: 0.5, log: () => undefined });
    const [created] = await until(() => (eventsAt('/awards', 'award.created').length ? eventsAt('/awards', 'award.created') : undefined));
    expect(verifyWebhookSignature(secret, created.headers, created.body)).toMatchObject({ valid: true });
    const body = JSON.parse(created.body);
    expect(Object.keys(body)).toEqual(['id', 'type', 'createdAt', 'data']);
    expect(body).toMatchObject({ type: 'award.created', data: { award: { id: awardId, achievementId: achievement.id, learnerId, state: 'ACTIVE', achievementName: 'Webhook Outbox' } } });
    expect(created.headers['openclr-webhook-id']).toBe(body.id);
    expect(created.headers['openclr-webhook-signature']).toMatch(/^v1=[0-9a-f]{64}$/);

    await server.graphql(REVOKE, { input: { awardId, reason: 'Issued in error' } }, issuerToken);
    const [revoked] = await until(() => (eventsAt('/awards', 'award.revoked').length ? eventsAt('/awards', 'award.revoked') : undefined));
    expect(verifyWebhookSignature(secret, revoked.headers, revoked.body)).toMatchObject({ valid: true });
    expect(JSON.parse(revoked.body)).toMatchObject({ type: 'award.revoked', data: { award: { id: awardId, state: 'REVOKED', stateReason: 'Issued in error' }, previousState: 'ACTIVE' } });

    const log = await server.graphql(LOG, { first: 10 }, adminToken);
    const sub = log.data!.webhookSubscriptions.nodes.find((n: { id: string }) => n.id === webhookSubscription.id);
    expect(sub.deliveries.totalCount).toBe(2);
    expect(sub.deliveries.nodes.map((d: { eventType: string; status: string; attemptCount: number; lastHttpStatus: number }) => [d.eventType, d.status, d.attemptCount, d.lastHttpStatus])).toEqual([
      ['AWARD_REVOKED', 'SUCCEEDED', 1, 200],
      ['AWARD_CREATED', 'SUCCEEDED', 1, 200],
    ]);
  });

  it('should send evidence.assessed for recordAssessment, retry a receiver that answers 500 twice, and log three attempts', async () => {
    const { webhookSubscription, secret } = await subscribe('/flaky', ['EVIDENCE_ASSESSED']);
    const achievement = await createAchievement('Webhook Assessment');
    const me = await server.graphql(`{ viewer { person { experiences(first: 1) { nodes { id } } } } }`, {}, learnerToken);
    const added = await server.graphql(
      `mutation($input: AddEvidenceInput!) { addEvidence(input: $input) { evidence { id } errors { code } } }`,
      { input: { experienceId: me.data!.viewer.person.experiences.nodes[0].id, title: 'Prototype', url: 'https://example.org/p' } },
      learnerToken,
    );
    const evidenceId = added.data!.addEvidence.evidence.id;
    const recorded = await server.graphql(RECORD, { input: { evidenceId, achievementId: achievement.id, ratings: [{ criterionId: achievement.rubric.criteria[0].id, level: 4 }] } }, issuerToken);
    expect(recorded.data!.recordAssessment.errors).toEqual([]);

    const attempts = await until(() => (eventsAt('/flaky').length >= 3 ? eventsAt('/flaky') : undefined));
    expect(attempts.map((a) => JSON.parse(a.body).id)).toEqual(Array(3).fill(JSON.parse(attempts[0].body).id));
    for (const a of attempts) expect(verifyWebhookSignature(secret, a.headers, a.body)).toMatchObject({ valid: true });
    expect(JSON.parse(attempts[2].body)).toMatchObject({
      type: 'evidence.assessed',
      data: { assessment: { evidenceId, achievementId: achievement.id, learnerId, ratings: [{ criterionId: achievement.rubric.criteria[0].id, level: 4 }], awardId: recorded.data!.recordAssessment.award.id } },
    });

    const delivery = await until(async () => {
      const res = await server.graphql(`query($id: ID!) { node(id: $id) { ... on WebhookSubscription { deliveries { nodes { id status attemptCount lastHttpStatus lastError deliveredAt nextAttemptAt } } } } }`, { id: webhookSubscription.id }, adminToken);
      const d = res.data!.node.deliveries.nodes[0];
      return d?.status === 'SUCCEEDED' ? d : undefined;
    });
    expect(delivery).toMatchObject({ attemptCount: 3, lastHttpStatus: 200, lastError: null, nextAttemptAt: null });

    const again = await server.graphql(`mutation($input: RedeliverWebhookInput!) { redeliverWebhook(input: $input) { webhookDelivery { id eventId status } errors { code } } }`, { input: { deliveryId: delivery.id } }, adminToken);
    expect(again.data!.redeliverWebhook).toMatchObject({ webhookDelivery: { eventId: JSON.parse(attempts[0].body).id, status: 'PENDING' }, errors: [] });
    await until(() => (eventsAt('/flaky').length >= 4 ? true : undefined));
  });

  it('should sign with the rotated secret only', async () => {
    const { webhookSubscription, secret: old } = await subscribe('/rotated', ['AWARD_CREATED']);
    const rotated = await server.graphql(`mutation($input: RotateWebhookSecretInput!) { rotateWebhookSecret(input: $input) { secret errors { code } } }`, { input: { id: webhookSubscription.id } }, adminToken);
    const secret = rotated.data!.rotateWebhookSecret.secret;
    expect(secret).not.toBe(old);
    const achievement = await createAchievement('Webhook Rotation');
    await server.graphql(AWARD, { input: { achievementId: achievement.id, learnerId } }, issuerToken);
    const [delivered] = await until(() => (eventsAt('/rotated').length ? eventsAt('/rotated') : undefined));
    expect(verifyWebhookSignature(secret, delivered.headers, delivered.body)).toMatchObject({ valid: true });
    expect(verifyWebhookSignature(old, delivered.headers, delivered.body)).toEqual({ valid: false, reason: 'INVALID_SIGNATURE' });
  });

  it('should refuse a forged signature, a tampered body and a stale or missing timestamp', () => {
    const secret = 'whsec_test';
    const body = JSON.stringify({ id: 'e1', type: 'award.created', createdAt: '2030-01-01T00:00:00.000Z', data: {} });
    const now = Math.floor(Date.now() / 1000);
    const headers = (timestamp: number, signature = signWebhook(secret, 'e1', timestamp, body)) => ({
      'OpenCLR-Webhook-Id': 'e1',
      'OpenCLR-Webhook-Timestamp': String(timestamp),
      'OpenCLR-Webhook-Signature': signature,
    });
    expect(verifyWebhookSignature(secret, headers(now), body)).toEqual({ valid: true, id: 'e1', timestamp: now });
    expect(verifyWebhookSignature(secret, new Headers(headers(now)), Buffer.from(body))).toMatchObject({ valid: true });
    expect(verifyWebhookSignature(secret, headers(now, signWebhook('whsec_forged', 'e1', now, body)), body)).toEqual({ valid: false, reason: 'INVALID_SIGNATURE' });
    expect(verifyWebhookSignature(secret, headers(now, 'v1=' + '0'.repeat(64)), body)).toEqual({ valid: false, reason: 'INVALID_SIGNATURE' });
    expect(verifyWebhookSignature(secret, headers(now, 'v1=short'), body)).toEqual({ valid: false, reason: 'INVALID_SIGNATURE' });
    expect(verifyWebhookSignature(secret, headers(now), body.replace('award.created', 'award.revoked'))).toEqual({ valid: false, reason: 'INVALID_SIGNATURE' });
    expect(verifyWebhookSignature(secret, headers(now - 3600), body)).toEqual({ valid: false, reason: 'STALE_TIMESTAMP' });
    expect(verifyWebhookSignature(secret, headers(now - 3600), body, { toleranceSeconds: 7200 })).toMatchObject({ valid: true });
    expect(verifyWebhookSignature(secret, { ...headers(now), 'OpenCLR-Webhook-Timestamp': 'yesterday' }, body)).toEqual({ valid: false, reason: 'INVALID_TIMESTAMP' });
    expect(verifyWebhookSignature(secret, { 'OpenCLR-Webhook-Id': 'e1' }, body)).toEqual({ valid: false, reason: 'MISSING_HEADER' });
  });

  it('should refuse bad targets and empty event lists with typed errors, and subscriptions to non-admins', async () => {
    const bad = await server.graphql(CREATE, { input: { url: 'ftp://example.org/hook', events: [] } }, adminToken);
    expect(bad.data!.createWebhookSubscription).toEqual({
      webhookSubscription: null,
      secret: null,
      errors: [
        { __typename: 'InputError', code: 'INVALID_URL', field: ['input', 'url'] },
        { __typename: 'InputError', code: 'REQUIRED', field: ['input', 'events'] },
      ],
    });
    // GraphQL refuses names outside the WebhookEventType enum before the resolver; the service refuses them too.
    const [admin] = await server.db.dataSource.query(`SELECT p.id, p.institution_id FROM person p JOIN person_identifier i ON i.person_id = p.id WHERE i.value = 'admin@northbridge.edu'`);
    const ctx = { em: server.db.dataSource.manager, viewer: { personId: admin.id, institutionId: admin.institution_id } } as never;
    const unknown = await server.app.modules.services.webhooks.create(ctx, { url: 'https://example.org/hook', events: ['award.created', 'award.exploded'] });
    expect(unknown).toEqual({ value: null, errors: [expect.objectContaining({ code: 'UNKNOWN_EVENT', field: ['input', 'events', '1'] })] });
    const before = Number((await server.db.dataSource.query(`SELECT count(*) AS n FROM webhook_subscription`))[0].n);
    expect((await server.graphql(CREATE, { input: { url: 'https://example.org/hook', events: ['AWARD_CREATED'] } }, issuerToken)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const notYours = await server.graphql(`mutation($input: DeleteWebhookSubscriptionInput!) { deleteWebhookSubscription(input: $input) { deletedWebhookSubscriptionId errors { code field } } }`, { input: { id: Buffer.from('WebhookSubscription:00000000-0000-4000-8000-000000000000').toString('base64url') } }, adminToken);
    expect(notYours.data!.deleteWebhookSubscription).toEqual({ deletedWebhookSubscriptionId: null, errors: [{ code: 'NOT_FOUND', field: ['input', 'id'] }] });

    expect(Number((await server.db.dataSource.query(`SELECT count(*) AS n FROM webhook_subscription`))[0].n)).toBe(before);

    expect(checkTargetUrl('http://example.org/hook', false)).toMatchObject({ code: 'INSECURE_URL' });
    for (const url of ['https://127.0.0.1/x', 'https://10.1.2.3/x', 'https://169.254.169.254/latest', 'https://[::1]/x', 'https://localhost/x', 'https://[::ffff:192.168.0.1]/x']) {
      expect(checkTargetUrl(url, false)).toMatchObject({ code: 'PRIVATE_ADDRESS' });
    }
    expect(checkTargetUrl('https://hooks.example.org/openclr', false)).toBeNull();
    expect(isPrivateAddress('8.8.8.8')).toBe(false);
    expect(isPrivateAddress('100.64.0.1')).toBe(true);
  });
});
