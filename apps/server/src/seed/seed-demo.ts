import {
  computeExpiry, DEFAULT_AWARD_RULE, evaluateAwardRule, normalizeEmail, normalizeStudentId, VALUE_RUBRIC_LEVELS, type Rubric,
} from '@openclr/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../modules/auth/password';
import { TableBuffer } from './bulk-insert';
import {
  ASSESSMENT_COMMENTS, CO_CURRICULAR, COHORTS, DEMO_LEARNER, DEMO_PASSWORD, EXPERIENCES, FAMILY_NAMES, GIVEN_NAMES,
  LEVEL_DESCRIPTIONS, NARRATIVE_ENDINGS, NARRATIVE_OPENINGS, NON_LATIN_NAMES, PLAN, PROGRAMMES, REVOCATION_REASONS,
  SKILLS, STAFF, SUSPENSION_REASONS, TERMS, VALUE_RUBRIC_URL,
  type CohortKey, type DemoExperience, type IssuerKey, type NamePart, type SkillCode, type TermKey,
} from './demo-catalogue';
import { mixSeed, Random, sha256Hex, uuidV5 } from './random';

export interface SeedDemoOptions {
  /** Learners to create, the demo learner included (default 300). */
  learners?: number;
  /** Seed nothing (and return null) when the database already holds an institution. */
  onlyIfEmpty?: boolean;
  log?: (line: string) => void;
  /** PRNG seed: the same options always give the same rows, IDs included (default 1). */
  seed?: number;
}

export interface SeedDemoResult {
  institutionId: string;
  learners: number;
  awards: number;
  assessments: number;
}

/** "Today" for the seed, so that the data never depends on the day it runs. */
export const SEED_BASE_DATE = new Date('2026-09-01T00:00:00Z');
const TIME_ZONE = 'America/Chicago';
const DAY = 86_400_000;
const MONTH = 30.44 * DAY;
/** Namespace of every v5 UUID the seed derives (its own, random, fixed forever). */
const SEED_NAMESPACE = '6d1f3a52-9c4e-4b8a-a0e7-2f51c9d8b3e4';
/** E-mail of a person of the demo institution: copies under another slug get their own domain (`@northbridge-2.edu`). */
const demoEmail = (email: string, slug: string): string => normalizeEmail(slug === 'northbridge' ? email : email.replace(/northbridge\.edu$/, `${slug}.edu`));

/**
 * Seeds the Northbridge State University demo institution in one transaction: catalogue (issuers, programmes,
 * terms, cohorts, experiences, a marketable-skills framework with VALUE rubrics), staff and the demo accounts, and
 * `learners` learners with enrolments, evidence, assessments and the awards the award rule grants. Deterministic:
 * the same options give the same rows, IDs and timestamps included (only the password hash's salt varies).
 * Returns null, writing nothing, when `onlyIfEmpty` is set and an institution exists. A database that already
 * holds Northbridge gets another copy under the next free slug (`northbridge-2`, …).
 */
export async function seedDemo(dataSource: DataSource, options: SeedDemoOptions = {}): Promise<SeedDemoResult | null> {
  const learners = options.learners ?? 300;
  if (!Number.isInteger(learners) || learners < 1) throw new RangeError('learners must be a positive whole number');
  const seed = options.seed ?? 1;
  const log = options.log ?? (() => undefined);
  const started = Date.now();

  return dataSource.transaction(async (em) => {
    // Two servers starting on one empty database must not both seed it.
    await em.query(`SELECT pg_advisory_xact_lock(hashtext('openclr:seed-demo'))`);
    if (options.onlyIfEmpty) {
      const [{ exists }] = await em.query(`SELECT EXISTS (SELECT 1 FROM institution) AS exists`);
      if (exists) return null;
    }
    const slug = await freeSlug(em, 'northbridge');
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    log(`seed: generating Northbridge State University (${slug}) with ${learners.toLocaleString('en-US')} learners (seed ${seed})`);
    const demo = generateDemo({ learners, seed, slug, passwordHash });
    log(`seed: generated ${demo.counts.evidence.toLocaleString('en-US')} evidence, ${demo.counts.assessments.toLocaleString('en-US')} assessments, ${demo.counts.awards.toLocaleString('en-US')} awards in ${Date.now() - started} ms`);
    await demo.write(em, log);
    log(`seed: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return { institutionId: demo.institutionId, learners, awards: demo.counts.awards, assessments: demo.counts.assessments };
  });
}

async function freeSlug(em: EntityManager, base: string): Promise<string> {
  const rows: { slug: string }[] = await em.query(`SELECT slug FROM institution WHERE slug = $1 OR slug LIKE $1 || '-%'`, [base]);
  const taken = new Set(rows.map((row) => row.slug));
  let n = 1;
  while (taken.has(n === 1 ? base : `${base}-${n}`)) n++;
  return n === 1 ? base : `${base}-${n}`;
}

const iso = (ms: number) => new Date(ms).toISOString();
const noonOf = (date: string) => Date.parse(`${date}T17:00:00Z`); // midday in Chicago
const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
const slugify = (value: string) =>
  value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

interface PendingAward {
  id: string;
  learnerId: string;
  achievementId: string;
  issuerId: string;
  assessmentId: string;
  issuedAt: number;
  validUntil: string | null;
  evidenceIds: string[];
  demoLearner: boolean;
  state: 'active' | 'suspended' | 'revoked';
  stateReason: string | null;
  stateChangedAt: number | null;
}

interface LearnerAssessment {
  id: string;
  evidenceId: string;
  skill: SkillCode;
  assessedAt: number;
  levels: number[];
}

function generateDemo(input: { learners: number; seed: number; slug: string; passwordHash: string }) {
  const { seed, slug, passwordHash } = input;
  const ns = uuidV5(SEED_NAMESPACE, `${slug}#${seed}`);
  const id = (name: string) => uuidV5(ns, name);
  const institutionId = id('institution');
  const catalogueAt = iso(Date.parse('2025-07-01T15:00:00Z'));
  const t = tables();

  // Catalogue -----------------------------------------------------------------------------------------------------
  t.institution.push({ id: institutionId, created_at: catalogueAt, updated_at: catalogueAt, name: 'Northbridge State University', slug, time_zone: TIME_ZONE });
  const issuerIds: Record<IssuerKey, string> = { academic: id('issuer/academic'), studentLife: id('issuer/student-life') };
  t.issuer.push({ id: issuerIds.academic, created_at: catalogueAt, updated_at: catalogueAt, institution_id: institutionId, name: 'Northbridge Office of Academic Affairs', slug: 'academic-affairs', description: 'Issues Northbridge’s marketable-skills credentials for curricular learning.', url: 'https://northbridge.edu/academic-affairs', email: 'academic.affairs@northbridge.edu', image_url: '/assets/issuers/academic-affairs.svg' });
  t.issuer.push({ id: issuerIds.studentLife, created_at: catalogueAt, updated_at: catalogueAt, institution_id: institutionId, name: 'Northbridge Student Life', slug: 'student-life', description: 'Recognises learning in clubs, societies, exhibitions and service.', url: 'https://northbridge.edu/student-life', email: 'student.life@northbridge.edu', image_url: '/assets/issuers/student-life.svg' });

  const termIds = {} as Record<TermKey, string>;
  for (const term of TERMS) {
    termIds[term.key] = id(`term/${term.code}`);
    t.term.push({ id: termIds[term.key], created_at: catalogueAt, updated_at: catalogueAt, institution_id: institutionId, code: term.code, name: term.name, starts_on: term.startsOn, ends_on: term.endsOn });
  }
  const termOf = (key: TermKey) => TERMS.find((term) => term.key === key)!;
  const programmeIds = {} as Record<string, string>;
  for (const programme of PROGRAMMES) {
    programmeIds[programme.key] = id(`programme/${programme.code}`);
    t.programme.push({ id: programmeIds[programme.key]!, created_at: catalogueAt, updated_at: catalogueAt, institution_id: institutionId, code: programme.code, name: programme.name, description: programme.description });
  }
  const cohortIds = {} as Record<CohortKey, string>;
  for (const cohort of COHORTS) {
    cohortIds[cohort.key] = id(`cohort/${cohort.key}`);
    t.cohort.push({ id: cohortIds[cohort.key], created_at: catalogueAt, updated_at: catalogueAt, programme_id: programmeIds[cohort.programme]!, entry_term_id: termIds[cohort.entryTerm], name: cohort.name });
  }
  const experienceIds = new Map<string, string>();
  const experienceByKey = new Map<string, DemoExperience>();
  for (const experience of EXPERIENCES) {
    const experienceId = id(`experience/${experience.key}`);
    experienceIds.set(experience.key, experienceId);
    experienceByKey.set(experience.key, experience);
    t.experience.push({ id: experienceId, created_at: catalogueAt, updated_at: catalogueAt, institution_id: institutionId, term_id: termIds[experience.term], programme_id: experience.programme ? programmeIds[experience.programme]! : null, kind: experience.programme ? 'course_section' : 'co_curricular', code: experience.code, title: experience.title, description: experience.description });
  }

  const frameworkId = id('framework/marketable-skills');
  t.skill_framework.push({ id: frameworkId, created_at: catalogueAt, updated_at: catalogueAt, institution_id: institutionId, name: 'Northbridge Marketable Skills', description: 'The skills every Northbridge graduate can evidence to employers, assessed with AAC&U VALUE rubrics.', external_uri: null, version: '2025' });
  const publishedAt = iso(Date.parse('2025-08-01T14:00:00Z'));
  const rubrics = new Map<SkillCode, { achievementId: string; issuerId: string; rubric: Rubric; expiryMonths: number | null }>();
  SKILLS.forEach((skill, position) => {
    const skillId = id(`skill/${skill.code}`);
    const achievementId = id(`achievement/${skill.code}`);
    t.skill.push({ id: skillId, created_at: catalogueAt, updated_at: catalogueAt, framework_id: frameworkId, parent_id: null, code: skill.code, name: skill.name, description: skill.description, external_uri: `${VALUE_RUBRIC_URL}${skill.slug}`, position });
    t.achievement.push({
      id: achievementId, created_at: catalogueAt, updated_at: publishedAt, institution_id: institutionId, issuer_id: issuerIds[skill.issuer],
      name: skill.name, description: skill.achievementDescription, criteria_markdown: criteriaMarkdown(skill.name, skill.criteria.map((c) => c.name)),
      image_url: `/assets/badges/${skill.code.toLowerCase()}.svg`, achievement_type: 'Competency', version: '1', award_min_level: DEFAULT_AWARD_RULE.minLevel,
      expiry_kind: skill.expiryMonths ? 'months_after_issue' : 'none', expiry_months: skill.expiryMonths, expiry_date: null, status: 'published', published_at: publishedAt,
    });
    t.achievement_alignment.push({ id: id(`alignment/${skill.code}`), created_at: catalogueAt, updated_at: catalogueAt, achievement_id: achievementId, skill_id: skillId });
    const levelIds = VALUE_RUBRIC_LEVELS.map((level) => {
      const levelId = id(`level/${skill.code}/${level.position}`);
      t.rubric_level.push({ id: levelId, created_at: catalogueAt, updated_at: catalogueAt, achievement_id: achievementId, position: level.position, name: level.name, description: LEVEL_DESCRIPTIONS[level.position - 1]! });
      return levelId;
    });
    const criteria = skill.criteria.map((criterion, i) => {
      const criterionId = id(`criterion/${skill.code}/${i + 1}`);
      t.rubric_criterion.push({ id: criterionId, created_at: catalogueAt, updated_at: catalogueAt, achievement_id: achievementId, position: i + 1, name: criterion.name, description: criterion.description });
      criterion.levels.forEach((description, level) => {
        t.rubric_criterion_level.push({ id: id(`cell/${skill.code}/${i + 1}/${level + 1}`), created_at: catalogueAt, updated_at: catalogueAt, criterion_id: criterionId, level_id: levelIds[level]!, description });
      });
      return { id: criterionId, name: criterion.name };
    });
    rubrics.set(skill.code, { achievementId, issuerId: issuerIds[skill.issuer], rubric: { criteria, levels: VALUE_RUBRIC_LEVELS }, expiryMonths: skill.expiryMonths });
  });

  // Staff and demo accounts ---------------------------------------------------------------------------------------
  const staffIds = new Map<string, string>();
  for (const staff of STAFF) {
    const personId = id(`staff/${staff.key}`);
    staffIds.set(staff.key, personId);
    t.person.push({ id: personId, created_at: catalogueAt, updated_at: catalogueAt, institution_id: institutionId, display_name: staff.displayName, given_name: staff.givenName, family_name: staff.familyName, password_hash: staff.signsIn ? passwordHash : null });
    t.person_identifier.push({ id: id(`staff/${staff.key}/email`), created_at: catalogueAt, updated_at: catalogueAt, institution_id: institutionId, person_id: personId, kind: 'email', value: demoEmail(staff.email, slug), verified_at: catalogueAt, is_primary: true });
    for (const role of staff.roles) {
      t.staff_role.push({ id: id(`staff/${staff.key}/role/${role}`), created_at: catalogueAt, updated_at: catalogueAt, person_id: personId, role, issuer_id: role === 'issuer_admin' ? issuerIds.academic : null });
    }
    for (const cohort of staff.advises ?? []) {
      t.advisor_assignment.push({ id: id(`advises/${staff.key}/${cohort}`), created_at: catalogueAt, updated_at: catalogueAt, cohort_id: cohortIds[cohort], advisor_id: personId });
    }
  }
  for (const experience of EXPERIENCES) {
    for (const assessor of experience.assessors) {
      t.experience_assessor.push({ id: id(`assesses/${assessor}/${experience.key}`), created_at: catalogueAt, updated_at: catalogueAt, experience_id: experienceIds.get(experience.key)!, assessor_id: staffIds.get(assessor)! });
    }
  }

  // computeExpiry is exact but slow (Intl per call); its result depends only on the local issue date.
  const localDay = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
  const expiries = new Map<string, ReturnType<typeof computeExpiry>>();
  const expiryOf = (months: number, issuedAt: Date) => {
    const key = `${months}/${localDay.format(issuedAt)}`;
    if (!expiries.has(key)) expiries.set(key, computeExpiry({ kind: 'months_after_issue', months }, issuedAt, TIME_ZONE));
    return expiries.get(key)!;
  };

  // Learners ------------------------------------------------------------------------------------------------------
  const awards: PendingAward[] = [];
  let evidenceCount = 0;
  let assessmentCount = 0;
  const fallStart = noonOf(TERMS[0].startsOn);
  const cohortShares = COHORTS.map((cohort) => cohort.share);

  // Copies under another slug (`seed --force`) must not reuse the first copy's learner ids; the original slug keeps
  // the stream it always had, so its data stays byte-for-byte reproducible.
  const slugSalt = slug === 'northbridge' ? 0 : parseInt(sha256Hex(slug).slice(0, 8), 16);
  for (let n = 0; n < input.learners; n++) {
    const rng = new Random(slugSalt ? mixSeed(seed, n, 0x5eed, slugSalt) : mixSeed(seed, n, 0x5eed));
    const demoLearner = n === 0;
    const cohort = demoLearner ? COHORTS.find((c) => c.key === DEMO_LEARNER.cohort)! : COHORTS[weightedIndex(rng, cohortShares)]!;
    const entryTerm = termOf(cohort.entryTerm);
    const learnerId = rng.uuid();
    const name = demoLearner ? latinName(DEMO_LEARNER.givenName, DEMO_LEARNER.familyName) : learnerName(rng);
    const createdAt = iso(noonOf(entryTerm.startsOn) - 30 * DAY);
    t.person.push({ id: learnerId, created_at: createdAt, updated_at: createdAt, institution_id: institutionId, display_name: name.displayName, given_name: name.given[0], family_name: name.family[0], password_hash: demoLearner ? passwordHash : null });
    const studentEmail = demoEmail(`${name.given[1]}.${name.family[1]}${n}@students.northbridge.edu`, slug);
    t.person_identifier.push({ id: rng.uuid(), created_at: createdAt, updated_at: createdAt, institution_id: institutionId, person_id: learnerId, kind: 'email', value: studentEmail, verified_at: createdAt, is_primary: !demoLearner });
    if (demoLearner) {
      t.person_identifier.push({ id: rng.uuid(), created_at: createdAt, updated_at: createdAt, institution_id: institutionId, person_id: learnerId, kind: 'email', value: demoEmail(DEMO_LEARNER.email, slug), verified_at: createdAt, is_primary: true });
    }
    const studentId = normalizeStudentId(`N${entryTerm.startsOn.slice(2, 4)}${String(n).padStart(6, '0')}`);
    t.person_identifier.push({ id: rng.uuid(), created_at: createdAt, updated_at: createdAt, institution_id: institutionId, person_id: learnerId, kind: 'student_id', value: studentId, verified_at: createdAt, is_primary: true });
    const joinedAt = iso(noonOf(entryTerm.startsOn) - 7 * DAY);
    t.cohort_membership.push({ id: rng.uuid(), created_at: joinedAt, updated_at: joinedAt, cohort_id: cohortIds[cohort.key], learner_id: learnerId, joined_at: joinedAt, left_at: null });

    const ability = {} as Record<SkillCode, [number, number]>;
    for (const skill of SKILLS) {
      ability[skill.code] = demoLearner
        ? DEMO_LEARNER.ability[skill.code]
        : [clamp(2 + rng.gaussian(0.45), 1, 3.2), rng.chance(0.85) ? rng.between(0.04, 0.22) : rng.between(-0.03, 0.02)];
    }

    const experiences = demoLearner ? DEMO_LEARNER.experiences : chooseExperiences(rng, cohort.programme, cohort.entryTerm);
    const assessments: LearnerAssessment[] = [];
    for (const key of experiences) {
      const experience = experienceByKey.get(key)!;
      const experienceId = experienceIds.get(key)!;
      const term = termOf(experience.term);
      const termStart = noonOf(term.startsOn);
      const termEnd = noonOf(term.endsOn);
      const enrolledAt = iso(termStart - rng.int(2, 20) * DAY);
      t.enrolment.push({ id: rng.uuid(), created_at: enrolledAt, updated_at: enrolledAt, experience_id: experienceId, learner_id: learnerId, enrolled_at: enrolledAt });

      const pieces = demoLearner ? 2 : weightedIndex(rng, [0.1, 0.5, 0.4]);
      for (let p = 0; p < pieces; p++) {
        const evidenceId = rng.uuid();
        const submittedAt = Math.round(rng.between(termStart + 10 * DAY, termEnd));
        const title = rng.pick(experience.artefacts);
        t.evidence.push(evidenceRow(rng, { evidenceId, learnerId, experienceId, experience, title, submittedAt, owner: `${name.given[1]}-${name.family[1]}${n}` }));
        evidenceCount++;

        // Late-term submissions are partly still waiting in the assessors' queues.
        if (!demoLearner && termEnd - submittedAt < 20 * DAY && rng.chance(0.5)) continue;
        const skills = demoLearner ? [...experience.skills] : experience.skills.filter(() => rng.chance(0.6));
        if (skills.length === 0) skills.push(rng.pick(experience.skills));
        for (const skill of skills) {
          const assessedAt = Math.min(submittedAt + Math.round(rng.between(2, 12) * DAY), SEED_BASE_DATE.getTime() - DAY);
          const [base, growth] = ability[skill];
          const mean = base + growth * ((assessedAt - fallStart) / MONTH);
          const levels = rubrics.get(skill)!.rubric.criteria.map(() => clamp(Math.round(mean + rng.gaussian(0.45)), 1, 4));
          const assessmentId = rng.uuid();
          const assessedIso = iso(assessedAt);
          t.assessment.push({ id: assessmentId, created_at: assessedIso, updated_at: assessedIso, evidence_id: evidenceId, achievement_id: rubrics.get(skill)!.achievementId, learner_id: learnerId, assessor_id: staffIds.get(rng.pick(experience.assessors))!, comment: rng.pick(ASSESSMENT_COMMENTS), assessed_at: assessedIso });
          t.assessment_levels.push({ assessment_id: assessmentId, levels: levels.join('') });
          assessments.push({ id: assessmentId, evidenceId, skill, assessedAt, levels });
          assessmentCount++;
        }
      }
    }

    // The award follows from the rule: the first assessment that rates every criterion at "proficient" or above.
    assessments.sort((a, b) => a.assessedAt - b.assessedAt);
    const earned = new Set<SkillCode>();
    const lastEvidence = new Map<SkillCode, string>();
    for (const assessment of assessments) {
      const { achievementId, issuerId, rubric, expiryMonths } = rubrics.get(assessment.skill)!;
      const previous = lastEvidence.get(assessment.skill);
      lastEvidence.set(assessment.skill, assessment.evidenceId);
      if (earned.has(assessment.skill)) continue;
      const ratings = rubric.criteria.map((criterion, i) => ({ criterionId: criterion.id, level: assessment.levels[i]! }));
      if (!evaluateAwardRule(DEFAULT_AWARD_RULE, rubric, ratings).earned) continue;
      earned.add(assessment.skill);
      const issuedAt = new Date(assessment.assessedAt);
      const expiry = expiryMonths ? expiryOf(expiryMonths, issuedAt) : null;
      awards.push({
        id: rng.uuid(), learnerId, achievementId, issuerId, assessmentId: assessment.id, issuedAt: assessment.assessedAt,
        validUntil: expiry ? expiry.validUntil.toISOString() : null,
        evidenceIds: previous && previous !== assessment.evidenceId ? [previous, assessment.evidenceId] : [assessment.evidenceId],
        demoLearner, state: 'active', stateReason: null, stateChangedAt: null,
      });
    }
  }

  // A few awards suspended or revoked, never the demo learner's, so that the admin screens have something to show.
  const stateRng = new Random(mixSeed(seed, 0x57a7e));
  const candidates = awards.filter((award) => !award.demoLearner);
  const changes = [
    ...Array.from({ length: Math.max(1, Math.round(candidates.length / 150)) }, () => 'suspended' as const),
    ...Array.from({ length: Math.max(1, Math.round(candidates.length / 200)) }, () => 'revoked' as const),
  ];
  for (const state of changes) {
    const active = candidates.filter((award) => award.state === 'active');
    if (active.length === 0) break;
    const award = stateRng.pick(active);
    award.state = state;
    award.stateReason = stateRng.pick(state === 'suspended' ? SUSPENSION_REASONS : REVOCATION_REASONS);
    award.stateChangedAt = Math.min(award.issuedAt + stateRng.int(5, 40) * DAY, SEED_BASE_DATE.getTime() - DAY);
  }
  const nextStatusIndex = new Map<string, number>();
  for (const award of awards) {
    const statusListIndex = nextStatusIndex.get(award.issuerId) ?? 0;
    nextStatusIndex.set(award.issuerId, statusListIndex + 1);
    const updatedAt = award.stateChangedAt ?? award.issuedAt;
    t.award.push({
      id: award.id, created_at: iso(award.issuedAt), updated_at: iso(updatedAt), institution_id: institutionId, achievement_id: award.achievementId,
      learner_id: award.learnerId, issuer_id: award.issuerId, assessment_id: award.assessmentId, issued_at: iso(award.issuedAt),
      valid_from: iso(award.issuedAt), valid_until: award.validUntil, state: award.state, state_reason: award.stateReason,
      state_changed_at: award.stateChangedAt === null ? null : iso(award.stateChangedAt), status_list_index: statusListIndex,
    });
    for (const evidenceId of award.evidenceIds) {
      t.award_evidence.push({ id: uuidV5(ns, `award-evidence/${award.id}/${evidenceId}`), created_at: iso(award.issuedAt), updated_at: iso(award.issuedAt), award_id: award.id, evidence_id: evidenceId });
    }
  }

  return {
    institutionId,
    counts: { evidence: evidenceCount, assessments: assessmentCount, awards: awards.length },
    async write(em: EntityManager, log: (line: string) => void): Promise<void> {
      await withForeignKeysCheckedAtEnd(em, BULK_TABLES, log, async () => {
        for (const table of [
          t.institution, t.issuer, t.person, t.person_identifier, t.staff_role, t.programme, t.term, t.cohort,
          t.cohort_membership, t.advisor_assignment, t.experience, t.enrolment, t.experience_assessor, t.skill_framework,
          t.skill, t.achievement, t.achievement_alignment, t.rubric_criterion, t.rubric_level, t.rubric_criterion_level,
          t.evidence, t.assessment,
        ]) {
          await table.flush(em, { log });
        }
        // Ratings travel as one digit per criterion ("3243") and are expanded against the rubric in the database.
        await t.assessment_levels.flush(em, {
          log,
          insert: {
            columns: ['id', 'created_at', 'updated_at', 'assessment_id', 'criterion_id', 'level'],
            select: `uuid_generate_v5('${ns}'::uuid, 'rating/' || r.assessment_id || '/' || c.position), a.assessed_at, a.assessed_at, r.assessment_id, c.id, substr(r.levels, c.position, 1)::smallint`,
            from: 'JOIN assessment a ON a.id = r.assessment_id JOIN rubric_criterion c ON c.achievement_id = a.achievement_id',
          },
        });
        await t.award.flush(em, { log });
        await t.award_evidence.flush(em, { log });
        // An award's results are the ratings of the assessment that earned it.
        await em.query(
          `INSERT INTO award_result (id, created_at, updated_at, award_id, criterion_id, level)
           SELECT uuid_generate_v5($1::uuid, 'result/' || aw.id || '/' || rt.criterion_id), aw.issued_at, aw.issued_at, aw.id, rt.criterion_id, rt.level
           FROM award aw JOIN assessment_rating rt ON rt.assessment_id = aw.assessment_id
           WHERE aw.institution_id = $2`,
          [ns, institutionId],
        );
      });
    },
  };

  function evidenceRow(
    rng: Random,
    e: { evidenceId: string; learnerId: string; experienceId: string; experience: DemoExperience; title: string; submittedAt: number; owner: string },
  ) {
    const kind = e.experience.programme === 'ADF' ? weightedIndex(rng, [0.3, 0.35, 0.35]) : weightedIndex(rng, [0.1, 0.4, 0.5]);
    const submittedAt = iso(e.submittedAt);
    const base = {
      id: e.evidenceId, created_at: submittedAt, updated_at: submittedAt, learner_id: e.learnerId, experience_id: e.experienceId,
      title: e.title, narrative: null as string | null, url: null as string | null, file_name: null as string | null, file_sha256: null as string | null,
      file_size: null as string | null, media_type: null as string | null, storage_key: null as string | null, submitted_at: submittedAt,
    };
    if (kind === 0) {
      const image = e.experience.programme === 'ADF';
      return {
        ...base, kind: 'file',
        file_name: `${slugify(e.title)}.${image ? 'jpg' : 'pdf'}`, file_sha256: sha256Hex(`openclr-seed:${e.evidenceId}`),
        file_size: String(rng.int(image ? 400_000 : 60_000, image ? 6_000_000 : 900_000)), media_type: image ? 'image/jpeg' : 'application/pdf',
        storage_key: `seed/${e.evidenceId}`,
      };
    }
    if (kind === 1) {
      return { ...base, kind: 'url', url: `https://portfolio.northbridge.edu/${e.owner}/${slugify(e.title)}` };
    }
    return { ...base, kind: 'narrative', narrative: `${rng.pick(NARRATIVE_OPENINGS)} ${rng.pick(NARRATIVE_ENDINGS)} (${e.experience.title})` };
  }
}

const BULK_TABLES = [
  'person', 'person_identifier', 'cohort_membership', 'enrolment', 'evidence', 'assessment', 'assessment_rating', 'award',
  'award_result', 'award_evidence',
];

/**
 * Runs `work` with the foreign keys of `tables` dropped, then adds them back exactly as they were
 * (`pg_get_constraintdef`), which checks every row in one set-based query per key instead of one trigger query per
 * inserted row (most of the time of a large seed otherwise). It is all one transaction: other sessions never see
 * the keys missing, and a row that breaks one fails the seed and rolls everything back.
 */
async function withForeignKeysCheckedAtEnd(em: EntityManager, tables: readonly string[], log: (line: string) => void, work: () => Promise<void>): Promise<void> {
  const keys: { table: string; name: string; definition: string }[] = await em.query(
    `SELECT conrelid::regclass::text AS table, conname AS name, pg_get_constraintdef(oid) AS definition
     FROM pg_constraint WHERE contype = 'f' AND conrelid = ANY($1::regclass[]) ORDER BY 1, 2`,
    [tables],
  );
  for (const key of keys) await em.query(`ALTER TABLE ${key.table} DROP CONSTRAINT "${key.name}"`);
  await work();
  const started = Date.now();
  for (const key of keys) await em.query(`ALTER TABLE ${key.table} ADD CONSTRAINT "${key.name}" ${key.definition}`);
  log(`  foreign keys checked in ${Date.now() - started} ms`);
}

function criteriaMarkdown(skillName: string, criteria: readonly string[]): string {
  return [
    `Submit evidence of your ${skillName.toLowerCase()} from a Northbridge course or co-curricular activity.`,
    'An assessor rates it against each criterion of the rubric:',
    '',
    ...criteria.map((criterion) => `- ${criterion}`),
    '',
    'The badge is awarded when every criterion is rated **Milestone (3)**, "proficient", or higher.',
  ].join('\n');
}

function weightedIndex(rng: Random, weights: readonly number[]): number {
  let roll = rng.next() * weights.reduce((sum, w) => sum + w, 0);
  for (let i = 0; i < weights.length; i++) {
    roll -= weights[i]!;
    if (roll < 0) return i;
  }
  return weights.length - 1;
}

function latinName(given: string, family: string): { given: NamePart; family: NamePart; displayName: string } {
  return { given: [given, slugify(given)], family: [family, slugify(family)], displayName: `${given} ${family}` };
}

function learnerName(rng: Random): { given: NamePart; family: NamePart; displayName: string } {
  if (rng.chance(0.06)) return rng.pick(NON_LATIN_NAMES);
  const given = rng.pick(GIVEN_NAMES);
  const family = rng.pick(FAMILY_NAMES);
  return { given, family, displayName: `${given[0]} ${family[0]}` };
}

function chooseExperiences(rng: Random, programme: keyof typeof PLAN, entryTerm: TermKey): string[] {
  const terms: TermKey[] = entryTerm === 'FA25' ? ['FA25', 'SP26'] : ['SP26'];
  const chosen: string[] = [];
  for (const term of terms) {
    for (const group of PLAN[programme][term]) {
      if (rng.chance(0.06)) continue; // a course dropped or deferred
      chosen.push(rng.pick(group));
      if (group.length > 1 && term === 'SP26' && rng.chance(0.3)) chosen.push(...group.filter((key) => !chosen.includes(key)));
    }
    for (const [key, probability] of Object.entries(CO_CURRICULAR[programme])) {
      if (EXPERIENCES.find((e) => e.key === key)!.term === term && rng.chance(probability)) chosen.push(key);
    }
  }
  return chosen;
}

/** The buffers of every table the seed writes, in column order. */
function tables() {
  const ts = [['created_at', 'timestamptz'], ['updated_at', 'timestamptz']] as const;
  const base = [['id', 'uuid'], ...ts] as const;
  return {
    institution: new TableBuffer('institution', [...base, ['name', 'text'], ['slug', 'text'], ['time_zone', 'text']]),
    issuer: new TableBuffer('issuer', [...base, ['institution_id', 'uuid'], ['name', 'text'], ['slug', 'text'], ['description', 'text'], ['url', 'text'], ['email', 'text'], ['image_url', 'text']]),
    person: new TableBuffer('person', [...base, ['institution_id', 'uuid'], ['display_name', 'text'], ['given_name', 'text'], ['family_name', 'text'], ['password_hash', 'text']]),
    person_identifier: new TableBuffer('person_identifier', [...base, ['institution_id', 'uuid'], ['person_id', 'uuid'], ['kind', 'text'], ['value', 'text'], ['verified_at', 'timestamptz'], ['is_primary', 'boolean']]),
    staff_role: new TableBuffer('staff_role', [...base, ['person_id', 'uuid'], ['role', 'text'], ['issuer_id', 'uuid']]),
    programme: new TableBuffer('programme', [...base, ['institution_id', 'uuid'], ['code', 'text'], ['name', 'text'], ['description', 'text']]),
    term: new TableBuffer('term', [...base, ['institution_id', 'uuid'], ['code', 'text'], ['name', 'text'], ['starts_on', 'date'], ['ends_on', 'date']]),
    cohort: new TableBuffer('cohort', [...base, ['programme_id', 'uuid'], ['entry_term_id', 'uuid'], ['name', 'text']]),
    cohort_membership: new TableBuffer('cohort_membership', [...base, ['cohort_id', 'uuid'], ['learner_id', 'uuid'], ['joined_at', 'timestamptz'], ['left_at', 'timestamptz']]),
    advisor_assignment: new TableBuffer('advisor_assignment', [...base, ['cohort_id', 'uuid'], ['advisor_id', 'uuid']]),
    experience: new TableBuffer('experience', [...base, ['institution_id', 'uuid'], ['term_id', 'uuid'], ['programme_id', 'uuid'], ['kind', 'text'], ['code', 'text'], ['title', 'text'], ['description', 'text']]),
    enrolment: new TableBuffer('enrolment', [...base, ['experience_id', 'uuid'], ['learner_id', 'uuid'], ['enrolled_at', 'timestamptz']]),
    experience_assessor: new TableBuffer('experience_assessor', [...base, ['experience_id', 'uuid'], ['assessor_id', 'uuid']]),
    skill_framework: new TableBuffer('skill_framework', [...base, ['institution_id', 'uuid'], ['name', 'text'], ['description', 'text'], ['external_uri', 'text'], ['version', 'text']]),
    skill: new TableBuffer('skill', [...base, ['framework_id', 'uuid'], ['parent_id', 'uuid'], ['code', 'text'], ['name', 'text'], ['description', 'text'], ['external_uri', 'text'], ['position', 'integer']]),
    achievement: new TableBuffer('achievement', [...base, ['institution_id', 'uuid'], ['issuer_id', 'uuid'], ['name', 'text'], ['description', 'text'], ['criteria_markdown', 'text'], ['image_url', 'text'], ['achievement_type', 'text'], ['version', 'text'], ['award_min_level', 'smallint'], ['expiry_kind', 'text'], ['expiry_months', 'smallint'], ['expiry_date', 'date'], ['status', 'text'], ['published_at', 'timestamptz']]),
    achievement_alignment: new TableBuffer('achievement_alignment', [...base, ['achievement_id', 'uuid'], ['skill_id', 'uuid']]),
    rubric_criterion: new TableBuffer('rubric_criterion', [...base, ['achievement_id', 'uuid'], ['position', 'smallint'], ['name', 'text'], ['description', 'text']]),
    rubric_level: new TableBuffer('rubric_level', [...base, ['achievement_id', 'uuid'], ['position', 'smallint'], ['name', 'text'], ['description', 'text']]),
    rubric_criterion_level: new TableBuffer('rubric_criterion_level', [...base, ['criterion_id', 'uuid'], ['level_id', 'uuid'], ['description', 'text']]),
    evidence: new TableBuffer('evidence', [...base, ['learner_id', 'uuid'], ['experience_id', 'uuid'], ['kind', 'text'], ['title', 'text'], ['narrative', 'text'], ['url', 'text'], ['file_name', 'text'], ['file_sha256', 'text'], ['file_size', 'bigint'], ['media_type', 'text'], ['storage_key', 'text'], ['submitted_at', 'timestamptz']]),
    assessment: new TableBuffer('assessment', [...base, ['evidence_id', 'uuid'], ['achievement_id', 'uuid'], ['learner_id', 'uuid'], ['assessor_id', 'uuid'], ['comment', 'text'], ['assessed_at', 'timestamptz']]),
    assessment_levels: new TableBuffer('assessment_rating', [['assessment_id', 'uuid'], ['levels', 'text']]),
    award: new TableBuffer('award', [...base, ['institution_id', 'uuid'], ['achievement_id', 'uuid'], ['learner_id', 'uuid'], ['issuer_id', 'uuid'], ['assessment_id', 'uuid'], ['issued_at', 'timestamptz'], ['valid_from', 'timestamptz'], ['valid_until', 'timestamptz'], ['state', 'text'], ['state_reason', 'text'], ['state_changed_at', 'timestamptz'], ['status_list_index', 'integer']]),
    award_evidence: new TableBuffer('award_evidence', [...base, ['award_id', 'uuid'], ['evidence_id', 'uuid']]),
  };
}

