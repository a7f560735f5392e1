import { Achievement, AchievementAlignment, RubricCriterion, RubricCriterionLevel, RubricLevel } from '../modules/achievement/achievement.entity';
import { Assessment, AssessmentRating } from '../modules/assessment/assessment.entity';
import { SignInThrottle } from '../modules/auth/lockout.entity';
import { PasswordResetToken } from '../modules/auth/password-reset.entity';
import { Session } from '../modules/auth/session.entity';
import { Award, AwardEvidence, AwardResult } from '../modules/award/award.entity';
import { AdvisorAssignment, Cohort, CohortMembership } from '../modules/cohort/cohort.entity';
import { Evidence } from '../modules/evidence/evidence.entity';
import { Enrolment, Experience, ExperienceAssessor } from '../modules/experience/experience.entity';
import { Institution } from '../modules/institution/institution.entity';
import { Issuer } from '../modules/issuer/issuer.entity';
import { Pathway, PathwayMember } from '../modules/pathway/pathway.entity';
import { Person, PersonIdentifier, StaffRole } from '../modules/person/person.entity';
import { Programme, Term } from '../modules/programme/programme.entity';
import { Share, ShareAward } from '../modules/share/share.entity';
import { Skill, SkillFramework } from '../modules/skill/skill.entity';
import { AwardCredential, IssuerKey, StatusList } from '../modules/credential/credential.entity';
import { SsoConnection } from '../modules/sso/sso-connection.entity';
import { WebhookDelivery, WebhookSubscription } from '../modules/webhook/webhook.entity';
import { IntegratorAccessToken, IntegratorClient, PersonalAccessToken } from '../modules/integrator/integrator.entity';
import { ImportedCredential, OauthModel } from '../modules/ims/ims.entity';

/** Every TypeORM entity, listed explicitly so that the data source never scans the file system. */
export const ENTITIES: Function[] = [
  Institution,
  Issuer,
  Person,
  PersonIdentifier,
  StaffRole,
  Session,
  Programme,
  Term,
  Cohort,
  CohortMembership,
  AdvisorAssignment,
  Experience,
  Enrolment,
  ExperienceAssessor,
  SkillFramework,
  Skill,
  Achievement,
  AchievementAlignment,
  RubricCriterion,
  RubricLevel,
  RubricCriterionLevel,
  Evidence,
  Assessment,
  AssessmentRating,
  Award,
  AwardResult,
  AwardEvidence,
  Pathway,
  PathwayMember,
  Share,
  ShareAward,
  IssuerKey,
  AwardCredential,
  StatusList,
  SsoConnection,
  PasswordResetToken,
  SignInThrottle,
  WebhookSubscription,
  WebhookDelivery,
  PersonalAccessToken,
  IntegratorClient,
  IntegratorAccessToken,
  ImportedCredential,
  OauthModel,
];
