import 'reflect-metadata';
import { hashPassword } from '../../src/modules/auth/password';
import { seedDemo } from '../../src/seed/seed-demo';
import { COHORT_PROGRESS, DASHBOARD, PASSWORD, SIGN_IN, signIn } from '../setup/operations';
import { startTestServer, TestServer } from '../setup/server';

async function countStatements(server: TestServer, query: string, variables: Record<string, unknown>, token: string) {
  server.sql.reset();
  const res = await server.graphql(query, variables, token);
  expect(res.errors).toBeUndefined();
  return { count: server.sql.statements.length, data: res.data! };
}

describe('GraphQL API over HTTP on a seeded institution', () => {
  let server: TestServer;
  let learnerToken: string;
  let advisorToken: string;
  let issuerToken: string;

  beforeAll(async () => {
    server = await startTestServer();
    await seedDemo(server.db.dataSource, { learners: 40 });
    [learnerToken, advisorToken, issuerToken] = await Promise.all([
      signIn(server, 'learner@northbridge.edu'),
      signIn(server, 'ADVISOR@Northbridge.edu'),
      signIn(server, 'issuer@northbridge.edu'),
    ]);
  });

  afterAll(() => server.stop());

  describe('sign-in', () => {
    it('should refuse a wrong password with a typed INVALID_CREDENTIALS error and no token', async () => {
      const res = await server.graphql(SIGN_IN, { input: { email: 'learner@northbridge.edu', password: 'nope' } });
      expect(res.data?.signIn).toEqual({
        token: null,
        viewer: null,
        errors: [{ __typename: 'InvalidCredentialsError', code: 'INVALID_CREDENTIALS', message: expect.any(String), field: ['input', 'password'] }],
      });
    });

    it('should set an httpOnly session cookie that authenticates the SPA', async () => {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: SIGN_IN, variables: { input: { email: 'learner@northbridge.edu', password: PASSWORD } } }),
      });
      const cookie = response.headers.get('set-cookie')!;
      expect(cookie).toMatch(/^openclr_session=[\w-]{43};/);
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Lax/i);
      const viewer = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: cookie.split(';')[0] },
        body: JSON.stringify({ query: '{ viewer { roles person { displayName } } }' }),
      }).then((r) => r.json() as Promise<{ data: { viewer: unknown } }>);
      expect(viewer.data.viewer).toEqual({ roles: ['LEARNER'], person: { displayName: 'Camille Laurent' } });
    });

    it('should end the session on signOut', async () => {
      const token = await signIn(server, 'learner@northbridge.edu');
      await server.graphql(`mutation { signOut(input: {}) { viewer { roles } } }`, {}, token);
      const res = await server.graphql('{ viewer { roles person { id } } }', {}, token);
      expect(res.data?.viewer).toEqual({ roles: [], person: null });
    });
  });

  describe('learner dashboard', () => {
    it("should show the learner's four skills with progress, awards, evidence and experiences", async () => {
      const res = await server.graphql(DASHBOARD, {}, learnerToken);
      expect(res.errors).toBeUndefined();
      const person = res.data!.viewer.person;
      expect(person.email).toBe('learner@northbridge.edu');
      expect(person.skillProgress.nodes.map((s: { skill: { name: string } }) => s.skill.name).sort()).toEqual([
        'Critical Thinking',
        'Oral Communication',
        'Teamwork',
        'Written Communication',
      ]);
      for (const skill of person.skillProgress.nodes) {
        expect(skill.maxLevel).toBe(4);
        expect(skill.assessmentCount).toBeGreaterThan(0);
        expect(skill.progress).toBeGreaterThan(0);
      }
      expect(person.awards.totalCount).toBeGreaterThan(0);
      const earned = person.skillProgress.nodes.filter((s: { earnedCount: number }) => s.earnedCount > 0);
      expect(earned.every((s: { progress: number }) => s.progress === 1)).toBe(true);
      expect(person.evidence.totalCount).toBeGreaterThan(0);
      expect(person.experiences.nodes[0].term.name).toMatch(/20\d\d/);
    });

    it("should hide another learner's record: node() is null and fields say NOT_FOUND", async () => {
      const cohort = await countStatements(server, COHORT_PROGRESS, { first: 5 }, advisorToken);
      const other = cohort.data.cohorts.nodes[0].progress.nodes.find((n: { learner: { displayName: string } }) => n.learner.displayName !== 'Camille Laurent').learner.id;
      const res = await server.graphql(`query($id: ID!) { node(id: $id) { id ... on Person { displayName } } }`, { id: other }, learnerToken);
      expect(res.data?.node).toBeNull();
      const advisorView = await server.graphql(`query($id: ID!) { node(id: $id) { ... on Person { email } } }`, { id: other }, advisorToken);
      expect(advisorView.data?.node.email).toMatch(/@students\.northbridge\.edu$/);
    });
  });

  describe('cohort progress', () => {
    it('should list only the cohorts the advisor is assigned to, with learners × skills', async () => {
      const { data } = await countStatements(server, COHORT_PROGRESS, { first: 100 }, advisorToken);
      expect(data.cohorts.totalCount).toBe(2);
      for (const cohort of data.cohorts.nodes) {
        expect(cohort.skills).toHaveLength(4);
        expect(cohort.progress.totalCount).toBe(cohort.memberCount);
        for (const row of cohort.progress.nodes) expect(row.cells.map((c: { skill: { code: string } }) => c.skill.code)).toEqual(cohort.skills.map((_: unknown, i: number) => row.cells[i].skill.code));
      }
      const cells = data.cohorts.nodes.flatMap((c: any) => c.progress.nodes.flatMap((r: any) => r.cells));
      expect(cells.some((c: { earnedCount: number }) => c.earnedCount > 0)).toBe(true);
      expect(cells.some((c: { bestLevelName: string | null }) => c.bestLevelName === 'Capstone' || c.bestLevelName === 'Milestone')).toBe(true);
    });

    it('should refuse cohorts to a learner (FORBIDDEN) and to anonymous callers (UNAUTHENTICATED)', async () => {
      expect((await server.graphql(COHORT_PROGRESS, { first: 5 }, learnerToken)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await server.graphql(COHORT_PROGRESS, { first: 5 })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('should page with cursors and cap page sizes at 100', async () => {
      const first = await server.graphql(COHORT_PROGRESS, { first: 3 }, advisorToken);
      expect(first.data!.cohorts.nodes[0].progress.nodes).toHaveLength(3);
      expect(first.data!.cohorts.nodes[0].progress.pageInfo.hasNextPage).toBe(true);
      const tooMany = await server.graphql(COHORT_PROGRESS, { first: 101 }, advisorToken);
      expect(tooMany.errors?.[0]).toMatchObject({ message: '"first" must be between 0 and 100, got 101.', extensions: { code: 'BAD_USER_INPUT' } });
    });
  });

  describe('catalogue and awarding, with bad input writing nothing', () => {
    const CREATE = `mutation($input: CreateAchievementInput!) { createAchievement(input: $input) { achievement { id name status rubric { requiredLevel levels { position name } criteria { id name cells { level description } } } alignments { code } } errors { __typename code message field } } }`;
    let issuerId: string;
    let skillId: string;

    const rubric = (requiredLevel = 3) => ({
      requiredLevel,
      levels: [{ name: 'Benchmark' }, { name: 'Milestone' }, { name: 'Milestone' }, { name: 'Capstone' }],
      criteria: [
        { name: 'Research design', levelDescriptions: ['a', 'b', 'c', 'd'] },
        { name: 'Analysis', levelDescriptions: ['a', 'b', 'c', 'd'] },
      ],
    });
    const achievementCount = async () => Number((await server.db.dataSource.query('SELECT count(*) AS n FROM achievement'))[0].n);

    beforeAll(async () => {
      const catalogue = await server.graphql(`{ achievements(first: 1) { nodes { issuer { id } alignments { id } } } }`, {}, issuerToken);
      issuerId = catalogue.data!.achievements.nodes[0].issuer.id;
      skillId = catalogue.data!.achievements.nodes[0].alignments[0].id;
    });

    it('should create a published achievement with its rubric and alignment', async () => {
      const res = await server.graphql(CREATE, { input: { issuerId, name: 'Inquiry & Analysis ®', description: 'Investigates questions.', skillIds: [skillId], rubric: rubric(), achievementType: 'Competency', publish: true } }, issuerToken);
      expect(res.data?.createAchievement.errors).toEqual([]);
      const achievement = res.data!.createAchievement.achievement;
      expect(achievement).toMatchObject({ name: 'Inquiry & Analysis ®', status: 'PUBLISHED', rubric: { requiredLevel: 3 } });
      expect(achievement.rubric.levels.map((l: { name: string }) => l.name)).toEqual(['Benchmark', 'Milestone', 'Milestone', 'Capstone']);
      expect(achievement.rubric.criteria[1].cells).toEqual([
        { level: 1, description: 'a' },
        { level: 2, description: 'b' },
        { level: 3, description: 'c' },
        { level: 4, description: 'd' },
      ]);
    });

    it('should return typed errors for an empty name and an out-of-range rubric level, and write nothing', async () => {
      const before = await achievementCount();
      const res = await server.graphql(CREATE, { input: { issuerId, name: '   ', description: 'x', skillIds: [skillId], rubric: rubric(7) } }, issuerToken);
      expect(res.data?.createAchievement.achievement).toBeNull();
      expect(res.data?.createAchievement.errors).toEqual([
        { __typename: 'InputError', code: 'REQUIRED', message: 'A name is required.', field: ['input', 'name'] },
        { __typename: 'InputError', code: 'AWARD_RULE_LEVEL_OUT_OF_RANGE', message: 'The award level must be from 1 to 4.', field: ['input', 'rubric', 'requiredLevel'] },
      ]);
      expect(await achievementCount()).toBe(before);
    });

    it('should report an unknown skill ID as NOT_FOUND on its field and write nothing', async () => {
      const before = await achievementCount();
      const unknownSkill = Buffer.from('Skill:00000000-0000-4000-8000-000000000000').toString('base64url');
      const res = await server.graphql(CREATE, { input: { issuerId, name: 'Ghost', description: 'x', skillIds: [unknownSkill], rubric: rubric() } }, issuerToken);
      expect(res.data?.createAchievement.errors).toEqual([{ __typename: 'NotFoundError', code: 'NOT_FOUND', message: expect.any(String), field: ['input', 'skillIds', '0'] }]);
      expect(await achievementCount()).toBe(before);
    });

    it('should refuse a malformed ID as INVALID_ID naming the field', async () => {
      const res = await server.graphql(CREATE, { input: { issuerId: 'garbage', name: 'X', description: 'x', rubric: rubric() } }, issuerToken);
      expect(res.data?.createAchievement.errors).toEqual([{ __typename: 'InputError', code: 'INVALID_ID', message: 'This is not a valid Issuer ID.', field: ['input', 'issuerId'] }]);
    });

    it('should expose capability fields from the same policy as the mutations', async () => {
      const CAPS = `{ achievements(first: 10) { nodes { name viewerCanAward viewerCanEdit issuer { name } } } }`;
      const asIssuer = (await server.graphql(CAPS, {}, issuerToken)).data!.achievements.nodes;
      const byName = Object.fromEntries(asIssuer.map((a: { name: string; viewerCanAward: boolean; issuer: { name: string } }) => [a.name, a]));
      expect(byName['Written Communication']).toMatchObject({ viewerCanAward: true, viewerCanEdit: true, issuer: { name: 'Northbridge Office of Academic Affairs' } });
      expect(byName['Teamwork']).toMatchObject({ viewerCanAward: false, viewerCanEdit: false, issuer: { name: 'Northbridge Student Life' } });
      const asLearner = (await server.graphql(CAPS, {}, learnerToken)).data!.achievements.nodes;
      expect(asLearner.every((a: { viewerCanAward: boolean }) => !a.viewerCanAward)).toBe(true);
      const awards = (await server.graphql(`{ viewer { person { awards(first: 5) { nodes { viewerCanChangeState } } } } }`, {}, learnerToken)).data!.viewer.person.awards.nodes;
      expect(awards.every((a: { viewerCanChangeState: boolean }) => !a.viewerCanChangeState)).toBe(true);
    });

    it('should refuse catalogue mutations to learners (FORBIDDEN)', async () => {
      const res = await server.graphql(CREATE, { input: { issuerId, name: 'X', description: 'x', rubric: rubric() } }, learnerToken);
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });

    it('should add evidence, assess it, and award the achievement when every criterion is proficient', async () => {
      const created = await server.graphql(CREATE, { input: { issuerId, name: 'Quantitative Literacy', description: 'Works with numbers.', skillIds: [skillId], rubric: rubric(), publish: true } }, issuerToken);
      const achievement = created.data!.createAchievement.achievement;
      const me = await server.graphql(`{ viewer { person { experiences(first: 1) { nodes { id } } } } }`, {}, learnerToken);
      const experienceId = me.data!.viewer.person.experiences.nodes[0].id;
      const added = await server.graphql(
        `mutation($input: AddEvidenceInput!) { addEvidence(input: $input) { evidence { id kind title } errors { code field } } }`,
        { input: { experienceId, title: 'Survey analysis — café prices', url: 'https://example.org/report' } },
        learnerToken,
      );
      expect(added.data!.addEvidence).toMatchObject({ evidence: { kind: 'URL', title: 'Survey analysis — café prices' }, errors: [] });
      const evidenceId = added.data!.addEvidence.evidence.id;
      const RECORD = `mutation($input: RecordAssessmentInput!) { recordAssessment(input: $input) { assessment { id ratings { level } } award { id state achievement { name } } errors { code message field } } }`;
      const [c1, c2] = achievement.rubric.criteria.map((c: { id: string }) => c.id);

      const outOfRange = await server.graphql(RECORD, { input: { evidenceId, achievementId: achievement.id, ratings: [{ criterionId: c1, level: 5 }, { criterionId: c2, level: 3 }] } }, issuerToken);
      expect(outOfRange.data!.recordAssessment.errors).toEqual([{ code: 'RATING_LEVEL_OUT_OF_RANGE', message: expect.stringContaining('1 to 4'), field: ['input', 'ratings', '0', 'level'] }]);

      const short = await server.graphql(RECORD, { input: { evidenceId, achievementId: achievement.id, ratings: [{ criterionId: c1, level: 4 }, { criterionId: c2, level: 2 }] } }, issuerToken);
      expect(short.errors).toBeUndefined();
      expect(short.data!.recordAssessment).toMatchObject({ award: null, errors: [] });

      const proficient = await server.graphql(RECORD, { input: { evidenceId, achievementId: achievement.id, ratings: [{ criterionId: c1, level: 3 }, { criterionId: c2, level: 4 }], comment: 'Très bien' } }, issuerToken);
      expect(proficient.data!.recordAssessment).toMatchObject({ award: { state: 'ACTIVE', achievement: { name: 'Quantitative Literacy' } }, errors: [] });

      const again = await server.graphql(
        `mutation($input: AwardAchievementInput!) { awardAchievement(input: $input) { award { id } errors { code field } } }`,
        { input: { achievementId: achievement.id, learnerId: (await server.graphql('{ viewer { person { id } } }', {}, learnerToken)).data!.viewer.person.id } },
        issuerToken,
      );
      expect(again.data!.awardAchievement).toEqual({ award: null, errors: [{ code: 'AWARD_ALREADY_HELD', field: ['input', 'learnerId'] }] });
    });
  });
});

describe('sign-in across institutions', () => {
  let other: TestServer;

  beforeAll(async () => {
    other = await startTestServer();
    await seedDemo(other.db.dataSource, { learners: 5 });
  });

  afterAll(() => other.stop());

    it('should pick, among people of several institutions sharing an e-mail address, the one whose password matches', async () => {
      await seedDemo(other.db.dataSource, { learners: 5, onlyIfEmpty: false });
      const otherHash = await hashPassword('another-institution-password');
      await other.db.dataSource.query(`UPDATE person SET password_hash = $1 WHERE id = (SELECT person_id FROM person_identifier WHERE value = 'learner@northbridge-2.edu')`, [otherHash]);
      await other.db.dataSource.query(`UPDATE person_identifier SET value = 'learner@northbridge.edu' WHERE value = 'learner@northbridge-2.edu'`);
      const institutionOf = async (password: string) => {
        const token = await signIn(other, 'learner@northbridge.edu', password);
        return (await other.graphql('{ viewer { institution { slug } } }', {}, token)).data!.viewer.institution.slug;
      };
      expect(await institutionOf(PASSWORD)).toBe('northbridge');
      expect(await institutionOf('another-institution-password')).toBe('northbridge-2');
    });
});
