import { In } from 'typeorm';
import type { Config } from '../config';
import type { Context } from '../context';
import { Node, NodeRegistry, NodeResolver } from '../graphql/node';
import { Achievement } from './achievement/achievement.entity';
import { AchievementPolicy } from './achievement/achievement.policy';
import { AchievementResolver } from './achievement/achievement.resolver';
import { AchievementService } from './achievement/achievement.service';
import { AchievementNode } from './achievement/achievement.types';
import { AssessmentResolver } from './assessment/assessment.resolver';
import { AssessmentService } from './assessment/assessment.service';
import { createMailer } from '../mail/mailer';
import { AuthResolver } from './auth/auth.resolver';
import { SignInLockout } from './auth/lockout.service';
import { PasswordResetResolver } from './auth/password-reset.resolver';
import { PasswordResetService } from './auth/password-reset.service';
import { SessionService } from './auth/session.service';
import { Award } from './award/award.entity';
import { AwardResolver } from './award/award.resolver';
import { AwardService } from './award/award.service';
import { AwardNode } from './award/award.types';
import { Cohort } from './cohort/cohort.entity';
import { CohortPolicy } from './cohort/cohort.policy';
import { CohortResolver } from './cohort/cohort.resolver';
import { CohortNode } from './cohort/cohort.types';
import { Evidence } from './evidence/evidence.entity';
import { EvidenceResolver } from './evidence/evidence.resolver';
import { EvidenceService } from './evidence/evidence.service';
import { EvidenceNode } from './evidence/evidence.types';
import { AwardStateService } from './award/award-state.service';
import { CredentialResolver } from './credential/credential.resolver';
import { CredentialService } from './credential/credential.service';
import { KeyVault } from './credential/key-vault';
import { KeyService } from './credential/key.service';
import { PublicUrls } from './credential/public-urls';
import { StatusListService } from './credential/status-list.service';
import { VerificationService } from './credential/verification.service';
import { Experience } from './experience/experience.entity';
import { ExperienceResolver } from './experience/experience.resolver';
import { ExperienceNode } from './experience/experience.types';
import { Institution } from './institution/institution.entity';
import { InstitutionNode, IssuerNode } from './institution/institution.types';
import { Issuer } from './issuer/issuer.entity';
import { Person } from './person/person.entity';
import { PersonPolicy } from './person/person.policy';
import { PersonResolver } from './person/person.resolver';
import { PersonNode } from './person/person.types';
import { Programme, Term } from './programme/programme.entity';
import { ProgrammeNode, TermNode } from './programme/programme.types';
import { Skill, SkillFramework } from './skill/skill.entity';
import { SkillResolver } from './skill/skill.resolver';
import { SkillService } from './skill/skill.service';
import { SkillFrameworkNode, SkillNode } from './skill/skill.types';
import { SsoConnection } from './sso/sso-connection.entity';
import { SsoResolver } from './sso/sso.resolver';
import { SsoService } from './sso/sso.service';
import { SsoConnectionNode } from './sso/sso.types';
import { Role } from './auth/roles';
import { registerIntegratorNodes } from './integrator/integrator.nodes';
import { IntegratorResolver } from './integrator/integrator.resolver';
import { IntegratorService } from './integrator/integrator.service';
import { registerWebhookNodes } from './webhook/webhook.nodes';
import { WebhookResolver } from './webhook/webhook.resolver';
import { WebhookService } from './webhook/webhook.service';

type Row = { id: string };

/** Loads rows by id and keeps those `visible` allows, in the requested order. */
function fetchVisible<T extends Row>(load: (ctx: Context, ids: readonly string[]) => Promise<T[]>, visible: (ctx: Context, rows: T[]) => Promise<Set<string>>, toNode: (row: T) => Node) {
  return async (ctx: Context, ids: readonly string[]) => {
    if (!ctx.viewer) return ids.map(() => null);
    const rows = await load(ctx, ids);
    const allowed = await visible(ctx, rows);
    const byId = new Map(rows.filter((r) => allowed.has(r.id)).map((r) => [r.id, r]));
    return ids.map((id) => (byId.has(id) ? toNode(byId.get(id)!) : null));
  };
}

const inInstitution = (column: (row: any) => string) => async (ctx: Context, rows: Row[]) => new Set(rows.filter((r) => column(r) === ctx.viewer!.institutionId).map((r) => r.id));

/** Wires services, policies and resolvers with explicit constructor dependencies (no container magic). */
export function createModules(config: Config) {
  const personPolicy = new PersonPolicy();
  const cohortPolicy = new CohortPolicy();
  const achievementPolicy = new AchievementPolicy();
  const achievementService = new AchievementService(achievementPolicy);
  const urls = new PublicUrls(config);
  const vault = KeyVault.fromEnvironment(config.dataDir);
  const keys = new KeyService(vault, urls);
  const statusLists = new StatusListService(keys, urls);
  const credentials = new CredentialService(keys, urls);
  const verification = new VerificationService(keys, statusLists, urls);
  // Webhook deliveries are written in the transactions of the changes they report (an outbox).
  const webhooks = new WebhookService(vault, urls, config.webhooks);
  const awardStates = new AwardStateService(achievementPolicy, statusLists, webhooks);
  const awardService = new AwardService(achievementPolicy, credentials, webhooks);
  const sessions = new SessionService();
  const signInLockout = new SignInLockout();
  const services = {
    urls,
    keys,
    statusLists,
    credentials,
    verification,
    awardStates,
    vault,
    sessions,
    signInLockout,
    passwordResets: new PasswordResetService(createMailer(config), urls, signInLockout),
    sso: new SsoService(vault, sessions),
    skills: new SkillService(),
    achievements: achievementService,
    awards: awardService,
    evidence: new EvidenceService(),
    assessments: new AssessmentService(awardService, achievementPolicy, webhooks),
    webhooks,
    integrators: new IntegratorService(),
  };

  const nodes = new NodeRegistry();
  const byIds =
    <T extends Row>(entity: new () => T) =>
    (ctx: Context, ids: readonly string[]) =>
      ctx.em.findBy(entity, { id: In([...ids]) } as never) as Promise<T[]>;
  nodes.register('Person', fetchVisible(byIds(Person), (ctx, rows) => personPolicy.readableLearnerIds(ctx, rows.map((r) => r.id)), PersonNode.from));
  nodes.register('Cohort', fetchVisible(byIds(Cohort), (ctx, rows) => cohortPolicy.visibleCohortIds(ctx, rows.map((r) => r.id)), CohortNode.from));
  nodes.register('Achievement', fetchVisible(byIds(Achievement), (ctx, rows) => achievementService.visibleIds(ctx, rows.map((r) => r.id)), AchievementNode.from));
  nodes.register(
    'Award',
    fetchVisible(byIds(Award), async (ctx, rows) => {
      const readable = await personPolicy.readableLearnerIds(ctx, rows.map((r) => r.learnerId));
      return new Set(rows.filter((r) => readable.has(r.learnerId)).map((r) => r.id));
    }, AwardNode.from),
  );
  nodes.register(
    'Evidence',
    fetchVisible(byIds(Evidence), async (ctx, rows) => {
      const readable = await personPolicy.readableLearnerIds(ctx, rows.map((r) => r.learnerId));
      return new Set(rows.filter((r) => readable.has(r.learnerId)).map((r) => r.id));
    }, EvidenceNode.from),
  );
  nodes.register('Institution', fetchVisible(byIds(Institution), inInstitution((r: Institution) => r.id), InstitutionNode.from));
  nodes.register('Issuer', fetchVisible(byIds(Issuer), inInstitution((r: Issuer) => r.institutionId), IssuerNode.from));
  nodes.register('Programme', fetchVisible(byIds(Programme), inInstitution((r: Programme) => r.institutionId), ProgrammeNode.from));
  nodes.register('Term', fetchVisible(byIds(Term), inInstitution((r: Term) => r.institutionId), TermNode.from));
  nodes.register('Experience', fetchVisible(byIds(Experience), inInstitution((r: Experience) => r.institutionId), ExperienceNode.from));
  nodes.register('SkillFramework', fetchVisible(byIds(SkillFramework), inInstitution((r: SkillFramework) => r.institutionId), SkillFrameworkNode.from));
  nodes.register(
    'Skill',
    fetchVisible(
      (ctx, ids) => ctx.em.getRepository(Skill).createQueryBuilder('s').innerJoinAndSelect('s.framework', 'f').where('s.id IN (:...ids)', { ids: [...ids] }).getMany(),
      inInstitution((r: Skill) => r.framework.institutionId),
      SkillNode.from,
    ),
  );

  nodes.register(
    'SsoConnection',
    fetchVisible(
      (ctx, ids) => ctx.em.find(SsoConnection, { where: { id: In([...ids]) }, relations: { institution: true } }),
      async (ctx, rows) => new Set(ctx.viewer!.roles.has(Role.INSTITUTION_ADMIN) ? rows.filter((r) => r.institutionId === ctx.viewer!.institutionId).map((r) => r.id) : []),
      (r) => SsoConnectionNode.from(r, r.institution.slug, urls.origin),
    ),
  );

  registerWebhookNodes(nodes, webhooks);
  registerIntegratorNodes(nodes);

  const resolvers = [
    new NodeResolver(nodes),
    new AuthResolver(services.sessions, services.signInLockout),
    new PasswordResetResolver(services.passwordResets),
    new SsoResolver(services.sso, () => urls.origin),
    new PersonResolver(personPolicy, cohortPolicy),
    new CohortResolver(cohortPolicy),
    new SkillResolver(services.skills),
    new AchievementResolver(services.achievements, achievementPolicy),
    new EvidenceResolver(services.evidence),
    new AssessmentResolver(services.assessments),
    new AwardResolver(services.awards, achievementPolicy),
    new ExperienceResolver(),
    new CredentialResolver(credentials, awardStates, verification, urls),
    new WebhookResolver(webhooks),
    new IntegratorResolver(services.integrators),
  ];
  return { services, resolvers, nodes };
}
