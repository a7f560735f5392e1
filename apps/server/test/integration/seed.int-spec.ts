import { evaluateAwardRule, VALUE_RUBRIC_LEVELS, type Rubric } from '@openclr/domain';
import type { DataSource } from 'typeorm';
import { verifyPassword } from '../../src/modules/auth/password';
import { seedDemo, type SeedDemoResult } from '../../src/seed/seed-demo';
import { createTestDatabase, type TestDatabase } from '../setup/database';

const DIGESTED_TABLES = [
  'institution', 'issuer', 'person', 'person_identifier', 'staff_role', 'programme', 'term', 'cohort', 'cohort_membership',
  'advisor_assignment', 'experience', 'enrolment', 'experience_assessor', 'skill_framework', 'skill', 'achievement',
  'achievement_alignment', 'rubric_criterion', 'rubric_level', 'rubric_criterion_level', 'evidence', 'assessment',
  'assessment_rating', 'award', 'award_result', 'award_evidence',
];

/** md5 of every row of the seeded tables (the argon2 hash aside: its salt is random by design). */
async function digest(dataSource: DataSource): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of DIGESTED_TABLES) {
    const [{ md5 }] = await dataSource.query(
      `SELECT md5(coalesce(string_agg((to_jsonb(t) - 'password_hash')::text, '|' ORDER BY t.id), '')) AS md5 FROM ${table} t`,
    );
    out[table] = md5;
  }
  return out;
}

async function personByEmail(dataSource: DataSource, email: string) {
  const [person] = await dataSource.query(
    `SELECT p.id, p.display_name, p.password_hash,
            coalesce(array_agg(DISTINCT sr.role) FILTER (WHERE sr.role IS NOT NULL), '{}') AS roles
     FROM person_identifier i JOIN person p ON p.id = i.person_id LEFT JOIN staff_role sr ON sr.person_id = p.id
     WHERE i.kind = 'email' AND i.value = $1 AND i.is_primary GROUP BY p.id`,
    [email],
  );
  return person as { id: string; display_name: string; password_hash: string | null; roles: string[] } | undefined;
}

describe(seedDemo.name, () => {
  const LEARNERS = 300;
  let db: TestDatabase;
  let seeded: SeedDemoResult;
  let log: string[];

  beforeAll(async () => {
    db = await createTestDatabase();
    log = [];
    const result = await seedDemo(db.dataSource, { learners: LEARNERS, onlyIfEmpty: true, log: (line) => log.push(line) });
    seeded = result!;
  });

  afterAll(async () => {
    await db?.drop();
  });

  it('should report counts that match the options and the tables', async () => {
    const [row] = await db.dataSource.query(
      `SELECT (SELECT count(*)::int FROM cohort_membership) AS members,
              (SELECT count(DISTINCT learner_id)::int FROM enrolment) AS enrolled,
              (SELECT count(*)::int FROM assessment) AS assessments,
              (SELECT count(*)::int FROM award) AS awards,
              (SELECT count(*)::int FROM experience) AS experiences,
              (SELECT count(*)::int FROM institution) AS institutions`,
    );
    expect(seeded.learners).toBe(LEARNERS);
    expect(row.members).toBe(LEARNERS);
    expect(row.enrolled).toBeGreaterThan(LEARNERS * 0.95);
    expect(row.assessments).toBe(seeded.assessments);
    expect(row.awards).toBe(seeded.awards);
    expect(row.experiences).toBe(20);
    expect(row.institutions).toBe(1);
    expect(seeded.awards).toBeGreaterThan(50);
    expect(log.at(-1)).toMatch(/^seed: done in/);
  });

  it('should return null, writing nothing, when onlyIfEmpty finds an institution', async () => {
    await expect(seedDemo(db.dataSource, { onlyIfEmpty: true })).resolves.toBeNull();
    const [{ count }] = await db.dataSource.query(`SELECT count(*)::int AS count FROM institution`);
    expect(count).toBe(1);
  });

  it('should give identical data, IDs included, for the same options', async () => {
    const other = await createTestDatabase();
    const foreignKeys = () => other.dataSource.query(
      `SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE contype = 'f' ORDER BY 1, 2`,
    );
    try {
      const keysBefore = await foreignKeys();
      const again = await seedDemo(other.dataSource, { learners: LEARNERS });
      // The seed drops and re-adds foreign keys for speed: they must come back exactly as the migration made them.
      expect(await foreignKeys()).toEqual(keysBefore);
      expect(again).toEqual(seeded);
      expect(await digest(other.dataSource)).toEqual(await digest(db.dataSource));
    } finally {
      await other.drop();
    }
  });

  it('should give different data for another seed', async () => {
    const other = await createTestDatabase();
    try {
      const result = await seedDemo(other.dataSource, { learners: 20, seed: 2 });
      expect(result!.institutionId).not.toBe(seeded.institutionId);
      expect(result!.learners).toBe(20);
    } finally {
      await other.drop();
    }
  });

  it('should create the demo accounts with their roles and the demo password', async () => {
    const expected: Record<string, string[]> = {
      'learner@northbridge.edu': [],
      'assessor@northbridge.edu': ['assessor'],
      'advisor@northbridge.edu': ['advisor'],
      'issuer@northbridge.edu': ['issuer_admin'],
      'admin@northbridge.edu': ['institution_admin'],
    };
    for (const [email, roles] of Object.entries(expected)) {
      const person = await personByEmail(db.dataSource, email);
      expect(person).toBeDefined();
      expect([...person!.roles].sort()).toEqual(roles);
      expect(await verifyPassword(person!.password_hash, 'openclr-demo')).toBe(true);
    }
    const [issuerAdmin] = await db.dataSource.query(
      `SELECT i.name FROM staff_role sr JOIN issuer i ON i.id = sr.issuer_id JOIN person_identifier pi ON pi.person_id = sr.person_id
       WHERE pi.value = 'issuer@northbridge.edu'`,
    );
    expect(issuerAdmin.name).toBe('Northbridge Office of Academic Affairs');
    const [{ count }] = await db.dataSource.query(
      `SELECT count(*)::int AS count FROM experience_assessor ea JOIN person_identifier pi ON pi.person_id = ea.assessor_id
       WHERE pi.value = 'assessor@northbridge.edu'`,
    );
    expect(count).toBeGreaterThanOrEqual(3);
  });

  it('should make the advisor advise exactly the FR-BA 2025 and ADF 2025 cohorts', async () => {
    const rows: { name: string }[] = await db.dataSource.query(
      `SELECT c.name FROM advisor_assignment aa JOIN cohort c ON c.id = aa.cohort_id
       JOIN person_identifier pi ON pi.person_id = aa.advisor_id WHERE pi.value = 'advisor@northbridge.edu' ORDER BY c.name`,
    );
    expect(rows.map((row) => row.name)).toEqual(['ADF 2025 entry', 'FR-BA 2025 entry']);
    const [{ count }] = await db.dataSource.query(`SELECT count(*)::int AS count FROM cohort`);
    expect(count).toBeGreaterThan(2);
  });

  it('should give the demo learner evidence and assessments in all four skills, and an award', async () => {
    const learner = await personByEmail(db.dataSource, 'learner@northbridge.edu');
    expect(learner!.display_name).toBe('Camille Laurent');
    const skills: { code: string; assessments: number; awards: number }[] = await db.dataSource.query(
      `SELECT s.code, count(DISTINCT a.id)::int AS assessments, count(DISTINCT aw.id)::int AS awards
       FROM skill s JOIN achievement_alignment al ON al.skill_id = s.id
       LEFT JOIN assessment a ON a.achievement_id = al.achievement_id AND a.learner_id = $1
       LEFT JOIN award aw ON aw.achievement_id = al.achievement_id AND aw.learner_id = $1
       GROUP BY s.code ORDER BY s.code`,
      [learner!.id],
    );
    expect(skills.map((s) => s.code)).toEqual(['CT', 'OC', 'TW', 'WC']);
    expect(skills.every((s) => s.assessments > 0)).toBe(true);
    expect(skills.reduce((sum, s) => sum + s.awards, 0)).toBeGreaterThanOrEqual(1);
    const [cohort] = await db.dataSource.query(
      `SELECT c.name FROM cohort_membership m JOIN cohort c ON c.id = m.cohort_id WHERE m.learner_id = $1`,
      [learner!.id],
    );
    expect(cohort.name).toBe('FR-BA 2025 entry');
  });

  it('should award exactly when the award rule holds, at the first assessment that meets it', async () => {
    const criteria: { id: string; achievement_id: string; name: string; award_min_level: number }[] = await db.dataSource.query(
      `SELECT c.id, c.achievement_id, c.name, a.award_min_level FROM rubric_criterion c JOIN achievement a ON a.id = c.achievement_id
       ORDER BY c.achievement_id, c.position`,
    );
    const rubrics = new Map<string, { rubric: Rubric; minLevel: number }>();
    for (const c of criteria) {
      const entry = rubrics.get(c.achievement_id) ?? { rubric: { criteria: [], levels: VALUE_RUBRIC_LEVELS }, minLevel: c.award_min_level };
      (entry.rubric.criteria as { id: string; name: string }[]).push({ id: c.id, name: c.name });
      rubrics.set(c.achievement_id, entry);
    }
    const assessments: { id: string; learner_id: string; achievement_id: string; ratings: { criterionId: string; level: number }[] }[] =
      await db.dataSource.query(
        `SELECT a.id, a.learner_id, a.achievement_id,
                json_agg(json_build_object('criterionId', r.criterion_id, 'level', r.level)) AS ratings
         FROM assessment a JOIN assessment_rating r ON r.assessment_id = a.id
         GROUP BY a.id ORDER BY a.learner_id, a.achievement_id, a.assessed_at, a.id`,
      );
    const awards: { assessment_id: string; learner_id: string; achievement_id: string; results: { criterionId: string; level: number }[] }[] =
      await db.dataSource.query(
        `SELECT aw.assessment_id, aw.learner_id, aw.achievement_id,
                json_agg(json_build_object('criterionId', r.criterion_id, 'level', r.level)) AS results
         FROM award aw JOIN award_result r ON r.award_id = aw.id GROUP BY aw.id`,
      );
    const awardByPair = new Map(awards.map((award) => [`${award.learner_id}/${award.achievement_id}`, award]));
    expect(awardByPair.size).toBe(awards.length);

    const firstEarning = new Map<string, string>();
    for (const assessment of assessments) {
      const { rubric, minLevel } = rubrics.get(assessment.achievement_id)!;
      const key = `${assessment.learner_id}/${assessment.achievement_id}`;
      if (!firstEarning.has(key) && evaluateAwardRule({ minLevel }, rubric, assessment.ratings).earned) {
        firstEarning.set(key, assessment.id);
      }
    }
    expect(new Map([...awardByPair].map(([key, award]) => [key, award.assessment_id]))).toEqual(firstEarning);

    const ratingsById = new Map(assessments.map((a) => [a.id, a.ratings]));
    const byCriterion = (r: { criterionId: string }[]) => [...r].sort((x, y) => x.criterionId.localeCompare(y.criterionId));
    for (const award of awards) {
      const { rubric, minLevel } = rubrics.get(award.achievement_id)!;
      expect(evaluateAwardRule({ minLevel }, rubric, award.results).earned).toBe(true);
      expect(byCriterion(award.results)).toEqual(byCriterion(ratingsById.get(award.assessment_id)!));
    }
  });

  it('should keep award bookkeeping consistent: status list, validity, states and evidence', async () => {
    const [row] = await db.dataSource.query(
      `SELECT count(*) FILTER (WHERE valid_from <> issued_at)::int AS bad_valid_from,
              count(*) FILTER (WHERE status_list_index IS NULL)::int AS no_index,
              count(DISTINCT (issuer_id, status_list_index))::int AS distinct_indexes,
              count(*)::int AS awards,
              count(DISTINCT issuer_id)::int AS issuers,
              count(*) FILTER (WHERE state = 'suspended')::int AS suspended,
              count(*) FILTER (WHERE state = 'revoked')::int AS revoked,
              count(*) FILTER (WHERE valid_until IS NOT NULL)::int AS expiring,
              count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM award_evidence ae WHERE ae.award_id = award.id))::int AS without_evidence,
              count(*) FILTER (WHERE issued_at >= '2026-09-01')::int AS future
       FROM award`,
    );
    expect(row).toMatchObject({ bad_valid_from: 0, no_index: 0, distinct_indexes: row.awards, issuers: 2, without_evidence: 0, future: 0 });
    expect(row.suspended).toBeGreaterThanOrEqual(1);
    expect(row.revoked).toBeGreaterThanOrEqual(1);
    expect(row.expiring).toBeGreaterThan(0);
  });

  it('should show movement: ratings later in the year are higher on average', async () => {
    const [row] = await db.dataSource.query(
      `SELECT avg(r.level) FILTER (WHERE a.assessed_at < '2026-01-01')::float AS fall,
              avg(r.level) FILTER (WHERE a.assessed_at >= '2026-01-01')::float AS spring
       FROM assessment a JOIN assessment_rating r ON r.assessment_id = a.id`,
    );
    expect(row.spring).toBeGreaterThan(row.fall);
  });
});

describe('seedDemo --force: another institution in the same database', () => {
  it('should add a second copy under its own slug, e-mail domain and ids, without clashing', async () => {
    const db = await createTestDatabase();
    try {
      const first = await seedDemo(db.dataSource, { learners: 30 });
      const second = await seedDemo(db.dataSource, { learners: 30, onlyIfEmpty: false });
      expect(second!.institutionId).not.toBe(first!.institutionId);
      const institutions = await db.dataSource.query(`SELECT slug FROM institution ORDER BY slug`);
      expect(institutions.map((i: { slug: string }) => i.slug)).toEqual(['northbridge', 'northbridge-2']);
      expect((await personByEmail(db.dataSource, 'learner@northbridge-2.edu'))?.display_name).toBe('Camille Laurent');
      expect((await personByEmail(db.dataSource, 'learner@northbridge.edu'))?.id).not.toBe((await personByEmail(db.dataSource, 'learner@northbridge-2.edu'))?.id);
      const [{ n }] = await db.dataSource.query(`SELECT count(*)::int AS n FROM person_identifier WHERE kind = 'email' AND value LIKE '%@students.northbridge-2.edu'`);
      expect(n).toBe(30);
    } finally {
      await db.drop();
    }
  });
});
