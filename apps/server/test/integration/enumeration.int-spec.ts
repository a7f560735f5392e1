import 'reflect-metadata';
import { encodeGlobalId } from '@openclr/domain';
import { randomUUID } from 'node:crypto';
import { seedDemo } from '../../src/seed/seed-demo';
import { startTestServer, TestServer } from '../setup/server';
import { sessionFor } from '../setup/sessions';

type Role = 'anonymous' | 'learner' | 'assessor' | 'advisor' | 'issuerAdmin' | 'institutionAdmin';
const EMAILS: Record<Exclude<Role, 'anonymous'>, string> = {
  learner: 'learner@northbridge.edu',
  assessor: 'assessor@northbridge.edu',
  advisor: 'advisor@northbridge.edu',
  issuerAdmin: 'issuer@northbridge.edu',
  institutionAdmin: 'admin@northbridge.edu',
};
const ROLES = ['anonymous', ...Object.keys(EMAILS)] as Role[];

/** Every node type the NodeRegistry serves, with the SQL that lists an institution's rows of it. */
const NODE_TYPES: Record<string, string> = {
  Person: `SELECT id FROM person WHERE institution_id = $1`,
  Cohort: `SELECT c.id FROM cohort c JOIN programme p ON p.id = c.programme_id WHERE p.institution_id = $1`,
  Achievement: `SELECT id FROM achievement WHERE institution_id = $1`,
  Award: `SELECT id FROM award WHERE institution_id = $1`,
  Evidence: `SELECT e.id FROM evidence e JOIN person p ON p.id = e.learner_id WHERE p.institution_id = $1`,
  Institution: `SELECT id FROM institution WHERE id = $1`,
  Issuer: `SELECT id FROM issuer WHERE institution_id = $1`,
  Programme: `SELECT id FROM programme WHERE institution_id = $1`,
  Term: `SELECT id FROM term WHERE institution_id = $1`,
  Experience: `SELECT id FROM experience WHERE institution_id = $1`,
  SkillFramework: `SELECT id FROM skill_framework WHERE institution_id = $1`,
  Skill: `SELECT s.id FROM skill s JOIN skill_framework f ON f.id = s.framework_id WHERE f.institution_id = $1`,
};

const NODES = `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`;
const NODE = `query($id: ID!) { node(id: $id) { __typename id } }`;

describe('ID enumeration and cross-tenant access (two institutions)', () => {
  let server: TestServer;
  let home: string;
  let other: string;
  const tokens: Partial<Record<Role, string>> = {};

  const ids = async (type: string, institutionId: string): Promise<string[]> =>
    ((await server.db.dataSource.query(NODE_TYPES[type], [institutionId])) as { id: string }[]).map((r) => encodeGlobalId(type, r.id));

  /** The IDs among `globalIds` that `role` gets back from nodes(ids:), in batches of 100. */
  const visible = async (role: Role, globalIds: string[]): Promise<string[]> => {
    const seen: string[] = [];
    for (let i = 0; i < globalIds.length; i += 100) {
      const res = await server.graphql(NODES, { ids: globalIds.slice(i, i + 100) }, tokens[role]);
      expect(res.errors).toBeUndefined();
      seen.push(...(res.data!.nodes as ({ id: string } | null)[]).filter((n) => n !== null).map((n) => n!.id));
    }
    return seen;
  };

  /** Counts of every table: a mutation that was refused must leave all of them as they were. */
  const snapshot = async () => {
    const tables = (await server.db.dataSource.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
    )) as { table_name: string }[];
    const counts = await Promise.all(tables.map(async (t) => [t.table_name, Number((await server.db.dataSource.query(`SELECT count(*) AS n FROM "${t.table_name}"`))[0].n)]));
    const [{ awards }] = await server.db.dataSource.query(`SELECT md5(string_agg(id || state, ',' ORDER BY id)) AS awards FROM award`);
    const [{ names }] = await server.db.dataSource.query(`SELECT md5(string_agg(id || name || status, ',' ORDER BY id)) AS names FROM achievement`);
    return { counts: Object.fromEntries(counts), awards, names };
  };

  beforeAll(async () => {
    server = await startTestServer();
    await seedDemo(server.db.dataSource, { learners: 20 });
    // A second institution (slug northbridge-2, the same demo e-mails); another PRNG seed, as the generated learner IDs
    // do not depend on the slug and would collide.
    await seedDemo(server.db.dataSource, { learners: 20, seed: 2 });
    const rows = (await server.db.dataSource.query(`SELECT id, slug FROM institution`)) as { id: string; slug: string }[];
    home = rows.find((r) => r.slug === 'northbridge')!.id;
    other = rows.find((r) => r.slug === 'northbridge-2')!.id;
    for (const role of ROLES) if (role !== 'anonymous') tokens[role] = await sessionFor(server, EMAILS[role], 'northbridge');
  }, 90_000);

  afterAll(() => server.stop());

  it.each(ROLES)('should show %s nothing of the other institution, for every node type, through nodes(ids:) and node(id:)', async (role) => {
    for (const type of Object.keys(NODE_TYPES)) {
      const foreign = await ids(type, other);
      expect(foreign.length).toBeGreaterThan(0);
      expect({ type, visible: await visible(role, foreign) }).toEqual({ type, visible: [] });
      const single = await server.graphql(NODE, { id: foreign[0] }, tokens[role]);
      expect({ type, single }).toEqual({ type, single: { data: { node: null } } });
    }
  });

  it.each(ROLES)('should give %s null, not an error, for random well-formed IDs of every type', async (role) => {
    const random = Object.keys(NODE_TYPES).map((type) => encodeGlobalId(type, randomUUID()));
    const res = await server.graphql(NODES, { ids: random }, tokens[role]);
    expect(res).toEqual({ data: { nodes: random.map(() => null) } });
  });

  it.each([['not base64', 'not an id!'], ['no type', Buffer.from(randomUUID()).toString('base64url')], ['not a uuid', Buffer.from('Person:123').toString('base64url')]])(
    'should refuse a malformed ID (%s) with BAD_USER_INPUT',
    async (_, id) => {
      for (const [query, variables] of [[NODE, { id }], [NODES, { ids: [id] }]] as const) {
        const res = await server.graphql(query, variables, tokens.institutionAdmin);
        expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      }
    },
  );

  it('should show each role exactly the learners, awards and evidence of its own institution that the policy grants', async () => {
    const q = (sql: string, params: unknown[]) => server.db.dataSource.query(sql, params).then((rows: { id: string }[]) => rows.map((r) => r.id));
    const person = async (email: string) => (await q(`SELECT i.person_id AS id FROM person_identifier i WHERE i.value = $1 AND i.institution_id = $2`, [email, home]))[0];
    const [learner, assessor, advisor] = await Promise.all([person(EMAILS.learner), person(EMAILS.assessor), person(EMAILS.advisor)]);
    const everyone = await q(`SELECT id FROM person WHERE institution_id = $1`, [home]);
    // Ground truth from the relationships, written independently of PersonPolicy.
    const readable: Record<Role, string[]> = {
      anonymous: [],
      learner: [learner],
      assessor: [assessor, ...(await q(`SELECT DISTINCT e.learner_id AS id FROM enrolment e JOIN experience_assessor ea ON ea.experience_id = e.experience_id WHERE ea.assessor_id = $1`, [assessor]))],
      advisor: [advisor, ...(await q(`SELECT DISTINCT m.learner_id AS id FROM cohort_membership m JOIN advisor_assignment aa ON aa.cohort_id = m.cohort_id WHERE aa.advisor_id = $1 AND m.left_at IS NULL`, [advisor]))],
      issuerAdmin: everyone,
      institutionAdmin: everyone,
    };
    const awardsOf = (people: string[]) => q(`SELECT id FROM award WHERE learner_id = ANY($1::uuid[])`, [people]);
    const evidenceOf = (people: string[]) => q(`SELECT id FROM evidence WHERE learner_id = ANY($1::uuid[])`, [people]);
    const allAwards = await awardsOf(everyone);
    const allEvidence = await evidenceOf(everyone);
    const advised = await q(`SELECT cohort_id AS id FROM advisor_assignment WHERE advisor_id = $1`, [advisor]);
    const allCohorts = await q(NODE_TYPES.Cohort, [home]);
    const cohorts: Record<Role, string[]> = { anonymous: [], learner: [], assessor: [], advisor: advised, issuerAdmin: [], institutionAdmin: allCohorts };
    for (const role of ROLES) {
      for (const [type, all, allowed] of [
        ['Person', everyone, readable[role]],
        ['Award', allAwards, await awardsOf(readable[role])],
        ['Evidence', allEvidence, await evidenceOf(readable[role])],
        ['Cohort', allCohorts, cohorts[role]],
      ] as const) {
        const seen = await visible(role, all.map((id) => encodeGlobalId(type, id)));
        expect({ role, type, seen: [...seen].sort() }).toEqual({ role, type, seen: allowed.map((id) => encodeGlobalId(type, id)).sort() });
        if (role !== 'issuerAdmin' && role !== 'institutionAdmin' && type !== 'Cohort') expect(allowed.length).toBeLessThan(all.length); // something was hidden
      }
    }
  }, 60_000);

  describe('mutations given IDs the viewer may not see', () => {
    const first = async (type: string, institutionId: string) => (await ids(type, institutionId))[0];
    const errorsOf = (res: { data?: Record<string, any>; errors?: unknown }) => {
      expect(res.errors).toBeUndefined();
      return (Object.values(res.data!)[0] as { errors: { code: string; field: string[] }[] }).errors;
    };

    it('should answer NOT_FOUND and write nothing for every mutation that takes an ID of the other institution', async () => {
      const before = await snapshot();
      const foreign = {
        achievement: await first('Achievement', other),
        award: await first('Award', other),
        person: (await ids('Person', other)).at(-1)!,
        evidence: await first('Evidence', other),
        experience: await first('Experience', other),
        framework: await first('SkillFramework', other),
        skill: await first('Skill', other),
        issuer: await first('Issuer', other),
      };
      const homeAchievement = (await server.db.dataSource.query(`SELECT a.id FROM achievement a JOIN staff_role r ON r.issuer_id = a.issuer_id WHERE a.institution_id = $1 AND a.status = 'published' LIMIT 1`, [home]))[0].id;
      const homeLearner = (await ids('Person', home)).at(-1)!;
      const rubric = { criteria: [{ name: 'Clarity' }], levels: [{ name: 'Low' }, { name: 'High' }], requiredLevel: 2 };
      const cases: [Role, string, Record<string, unknown>, string][] = [
        ['institutionAdmin', `mutation($input: UpdateAchievementInput!) { updateAchievement(input: $input) { errors { code field } } }`, { id: foreign.achievement, name: 'Taken over' }, 'id'],
        ['institutionAdmin', `mutation($input: CreateAchievementInput!) { createAchievement(input: $input) { errors { code field } } }`, { issuerId: foreign.issuer, name: 'Planted', description: 'x', rubric }, 'issuerId'],
        ['institutionAdmin', `mutation($input: CreateAchievementInput!) { createAchievement(input: $input) { errors { code field } } }`, { issuerId: encodeGlobalId('Issuer', (await server.db.dataSource.query(`SELECT id FROM issuer WHERE institution_id = $1 LIMIT 1`, [home]))[0].id), name: 'Aligned elsewhere', description: 'x', rubric, skillIds: [foreign.skill] }, 'skillIds'],
        ['institutionAdmin', `mutation($input: AwardAchievementInput!) { awardAchievement(input: $input) { errors { code field } } }`, { achievementId: foreign.achievement, learnerId: homeLearner }, 'achievementId'],
        ['institutionAdmin', `mutation($input: AwardAchievementInput!) { awardAchievement(input: $input) { errors { code field } } }`, { achievementId: encodeGlobalId('Achievement', homeAchievement), learnerId: foreign.person }, 'learnerId'],
        ['institutionAdmin', `mutation($input: ChangeAwardStateInput!) { suspendAward(input: $input) { errors { code field } } }`, { awardId: foreign.award, reason: 'x' }, 'awardId'],
        ['institutionAdmin', `mutation($input: ChangeAwardStateInput!) { revokeAward(input: $input) { errors { code field } } }`, { awardId: foreign.award, reason: 'x' }, 'awardId'],
        ['institutionAdmin', `mutation($input: ChangeAwardStateInput!) { reinstateAward(input: $input) { errors { code field } } }`, { awardId: foreign.award, reason: 'x' }, 'awardId'],
        ['institutionAdmin', `mutation($input: CreateSkillInput!) { createSkill(input: $input) { errors { code field } } }`, { frameworkId: foreign.framework, name: 'Planted' }, 'frameworkId'],
        ['institutionAdmin', `mutation($input: RecordAssessmentInput!) { recordAssessment(input: $input) { errors { code field } } }`, { evidenceId: foreign.evidence, achievementId: foreign.achievement, ratings: [] }, 'evidenceId'],
        ['learner', `mutation($input: AddEvidenceInput!) { addEvidence(input: $input) { errors { code field } } }`, { experienceId: foreign.experience, title: 'x', narrative: 'x' }, 'experienceId'],
        ['learner', `mutation($input: ExportClrInput!) { exportClr(input: $input) { errors { code field } } }`, { awardIds: [foreign.award] }, 'awardIds'],
      ];
      for (const [role, mutation, input, field] of cases) {
        const errors = errorsOf(await server.graphql(mutation, { input }, tokens[role]));
        expect({ mutation, errors }).toEqual({ mutation, errors: expect.arrayContaining([{ code: 'NOT_FOUND', field: expect.arrayContaining(['input', field]) }]) });
      }
      expect(await snapshot()).toEqual(before);
    }, 60_000);

    it("should answer NOT_FOUND for another learner's award in exportClr and for evidence outside the assessor's sections", async () => {
      const before = await snapshot();
      const learner = (await server.db.dataSource.query(`SELECT person_id AS id FROM person_identifier WHERE value = $1 AND institution_id = $2`, [EMAILS.learner, home]))[0].id;
      const [othersAward] = await server.db.dataSource.query(`SELECT id FROM award WHERE institution_id = $1 AND learner_id <> $2 LIMIT 1`, [home, learner]);
      const exported = errorsOf(await server.graphql(`mutation($input: ExportClrInput!) { exportClr(input: $input) { errors { code field } } }`, { input: { awardIds: [encodeGlobalId('Award', othersAward.id)] } }, tokens.learner));
      expect(exported).toEqual([{ code: 'NOT_FOUND', field: ['input', 'awardIds', '0'] }]);
      const [outside] = await server.db.dataSource.query(
        `SELECT e.id FROM evidence e JOIN person p ON p.id = e.learner_id
          WHERE p.institution_id = $1 AND NOT EXISTS (SELECT 1 FROM experience_assessor ea JOIN person a ON a.id = ea.assessor_id JOIN person_identifier i ON i.person_id = a.id
                                                      WHERE ea.experience_id = e.experience_id AND i.value = $2) LIMIT 1`,
        [home, EMAILS.assessor],
      );
      const [achievement] = await server.db.dataSource.query(`SELECT id FROM achievement WHERE institution_id = $1 AND status = 'published' LIMIT 1`, [home]);
      const assessed = errorsOf(
        await server.graphql(`mutation($input: RecordAssessmentInput!) { recordAssessment(input: $input) { errors { code field } } }`, { input: { evidenceId: encodeGlobalId('Evidence', outside.id), achievementId: encodeGlobalId('Achievement', achievement.id), ratings: [] } }, tokens.assessor),
      );
      expect(assessed).toEqual([{ code: 'NOT_FOUND', field: ['input', 'evidenceId'] }]);
      expect(await snapshot()).toEqual(before);
    });

    it("should not let an issuer admin assess (and so award) another issuer's achievement", async () => {
      const before = await snapshot();
      const [foreignIssuerAchievement] = await server.db.dataSource.query(
        `SELECT a.id FROM achievement a WHERE a.institution_id = $1 AND a.status = 'published'
            AND NOT EXISTS (SELECT 1 FROM staff_role r JOIN person_identifier i ON i.person_id = r.person_id WHERE r.issuer_id = a.issuer_id AND i.value = $2) LIMIT 1`,
        [home, EMAILS.issuerAdmin],
      );
      const [evidence] = await server.db.dataSource.query(`SELECT e.id FROM evidence e JOIN person p ON p.id = e.learner_id WHERE p.institution_id = $1 LIMIT 1`, [home]);
      const [criterion] = await server.db.dataSource.query(`SELECT id FROM rubric_criterion WHERE achievement_id = $1 ORDER BY position`, [foreignIssuerAchievement.id]);
      const criteria = (await server.db.dataSource.query(`SELECT id FROM rubric_criterion WHERE achievement_id = $1`, [foreignIssuerAchievement.id])) as { id: string }[];
      expect(criterion).toBeDefined();
      const res = await server.graphql(
        `mutation($input: RecordAssessmentInput!) { recordAssessment(input: $input) { award { id } errors { code field } } }`,
        { input: { evidenceId: encodeGlobalId('Evidence', evidence.id), achievementId: encodeGlobalId('Achievement', foreignIssuerAchievement.id), ratings: criteria.map((c) => ({ criterionId: encodeGlobalId('RubricCriterion', c.id), level: 4 })) } },
        tokens.issuerAdmin,
      );
      expect(res.data?.recordAssessment).toEqual({ award: null, errors: [{ code: 'NOT_FOUND', field: ['input', 'achievementId'] }] });
      expect(await snapshot()).toEqual(before);
    });
  });
});
