/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
  /** A local date string (i.e., with no associated timezone) in `YYYY-MM-DD` format, e.g. `2020-01-01`. */
  LocalDate: { input: string; output: string; }
};

/** What can be earned (an Open Badges 3.0 Achievement, "badge class"), with its rubric and skill alignments. */
export type Achievement = Node & {
  __typename?: 'Achievement';
  /** OB 3.0 achievementType, e.g. Competency or Badge, or an `ext:` extension value. */
  achievementType: Scalars['String']['output'];
  /** Skills it aligns to (OB 3.0 alignment). */
  alignments: Array<Skill>;
  /** Criteria for earning it, in Markdown (OB 3.0 Criteria.narrative). */
  criteriaMarkdown?: Maybe<Scalars['String']['output']>;
  /** Short description. */
  description: Scalars['String']['output'];
  /** Global ID; pass it to `node(id:)` to fetch the object again. */
  id: Scalars['ID']['output'];
  /** Image URL of the badge. */
  imageUrl?: Maybe<Scalars['String']['output']>;
  /** The issuer that awards it. */
  issuer: Issuer;
  /** Name. */
  name: Scalars['String']['output'];
  /** The rubric used to assess evidence. */
  rubric: Rubric;
  /** Draft, published or archived. */
  status: AchievementStatus;
  /** Version label; changes to the rubric of a published achievement make a new version. */
  version: Scalars['String']['output'];
  /** Whether the viewer may award this achievement (and edit it): from the same policy the mutations check. */
  viewerCanAward: Scalars['Boolean']['output'];
  /** Whether the viewer may edit this achievement. */
  viewerCanEdit: Scalars['Boolean']['output'];
};

/** A page of achievements. */
export type AchievementConnection = {
  __typename?: 'AchievementConnection';
  /** Items with their cursors. */
  edges: Array<AchievementEdge>;
  /** Items, without cursors. */
  nodes: Array<Achievement>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items in the whole list, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** One item of a AchievementConnection. */
export type AchievementEdge = {
  __typename?: 'AchievementEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Achievement;
};

/** Result of createAchievement and updateAchievement. */
export type AchievementPayload = {
  __typename?: 'AchievementPayload';
  /** The achievement; null when there are errors. */
  achievement?: Maybe<Achievement>;
  /** Problems with the input; nothing was written when non-empty. */
  errors: Array<UserError>;
};

/** Only published achievements can be awarded; archived ones keep their awards valid. */
export type AchievementStatus =
  | 'ARCHIVED'
  | 'DRAFT'
  | 'PUBLISHED';

/** New evidence from the signed-in learner: a link or a narrative (files are uploaded separately). */
export type AddEvidenceInput = {
  /** The experience (course section or activity) it belongs to; the learner must be enrolled. */
  experienceId: Scalars['ID']['input'];
  /** Reflection or description; required when there is no link. */
  narrative?: InputMaybe<Scalars['String']['input']>;
  /** Title. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Link to the work (http or https). */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** Result of addEvidence. */
export type AddEvidencePayload = {
  __typename?: 'AddEvidencePayload';
  /** Problems with the input; nothing was written when non-empty. */
  errors: Array<UserError>;
  /** The new evidence; null when there are errors. */
  evidence?: Maybe<Evidence>;
};

/** An assessor's rating of a learner's evidence against an achievement's rubric. */
export type Assessment = Node & {
  __typename?: 'Assessment';
  /** When it was assessed. */
  assessedAt: Scalars['DateTimeISO']['output'];
  /** Feedback for the learner. */
  comment?: Maybe<Scalars['String']['output']>;
  /** Global ID; pass it to `node(id:)` to fetch the object again. */
  id: Scalars['ID']['output'];
  /** One rating per criterion. */
  ratings: Array<AssessmentRating>;
};

/** The level given on one criterion. */
export type AssessmentRating = {
  __typename?: 'AssessmentRating';
  /** The rubric criterion. */
  criterionId: Scalars['ID']['output'];
  /** Level position given. */
  level: Scalars['Int']['output'];
};

/** An achievement awarded to a learner (the Open Badges assertion / AchievementCredential). */
export type Award = Node & {
  __typename?: 'Award';
  /** What was awarded. */
  achievement: Achievement;
  /** The signed Open Badges 3.0 credential (JSON-LD with its Data Integrity proof). */
  credential: Scalars['JSONObject']['output'];
  /** The signed credential as a VC-JWT (RS256). */
  credentialJwt: Scalars['String']['output'];
  /** Public URL of the credential: an HTML page for browsers, JSON-LD / JWT / baked PNG or SVG by content negotiation or suffix. */
  credentialUrl: Scalars['String']['output'];
  /** Global ID; pass it to `node(id:)` to fetch the object again. */
  id: Scalars['ID']['output'];
  /** When it was issued. */
  issuedAt: Scalars['DateTimeISO']['output'];
  /** Who earned it. */
  learner: Person;
  /** Active, suspended or revoked. */
  state: AwardState;
  /** Why it was suspended or revoked. */
  stateReason?: Maybe<Scalars['String']['output']>;
  /** Valid from. */
  validFrom: Scalars['DateTimeISO']['output'];
  /** Valid until; null for no expiry. */
  validUntil?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Whether the viewer may suspend, reinstate or revoke this award (revoked awards are final). */
  viewerCanChangeState: Scalars['Boolean']['output'];
};

/** Award an achievement to a learner directly (without an assessment), e.g. for prior learning. */
export type AwardAchievementInput = {
  /** A published achievement. */
  achievementId: Scalars['ID']['input'];
  /** Evidence of the learner's to link to the award. */
  evidenceIds?: Array<Scalars['ID']['input']>;
  /** The learner (a Person ID). */
  learnerId: Scalars['ID']['input'];
  /** Why it is awarded (kept with the award). */
  narrative?: InputMaybe<Scalars['String']['input']>;
};

/** Result of awardAchievement. */
export type AwardAchievementPayload = {
  __typename?: 'AwardAchievementPayload';
  /** The new award; null when there are errors. */
  award?: Maybe<Award>;
  /** Problems with the input; nothing was written when non-empty. */
  errors: Array<UserError>;
};

/** A page of awards. */
export type AwardConnection = {
  __typename?: 'AwardConnection';
  /** Items with their cursors. */
  edges: Array<AwardEdge>;
  /** Items, without cursors. */
  nodes: Array<Award>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items in the whole list, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** One item of a AwardConnection. */
export type AwardEdge = {
  __typename?: 'AwardEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Award;
};

/** Whether an award stands. Revoked is final; suspended can be reinstated. */
export type AwardState =
  | 'ACTIVE'
  | 'REVOKED'
  | 'SUSPENDED';

/** Suspend, reinstate or revoke an award, with the reason shown to verifiers and kept for audit. */
export type ChangeAwardStateInput = {
  /** The award. */
  awardId: Scalars['ID']['input'];
  /** Why (required, at most 1000 characters). */
  reason: Scalars['String']['input'];
};

/** Result of suspendAward, reinstateAward and revokeAward. */
export type ChangeAwardStatePayload = {
  __typename?: 'ChangeAwardStatePayload';
  /** The award in its new state; null when there are errors. */
  award?: Maybe<Award>;
  /** Problems: unknown award, missing reason, or a change the state machine forbids (revoked is final). */
  errors: Array<UserError>;
};

/** Outcome of one verification check. NOT_CHECKED means it could not be performed (e.g. an unreachable status list): never read it as passed. */
export type CheckStatus =
  | 'FAILED'
  | 'NOT_CHECKED'
  | 'PASSED'
  | 'WARNING';

/** Learners of one programme who entered in the same term; advisors follow cohorts. */
export type Cohort = Node & {
  __typename?: 'Cohort';
  /** The term the cohort entered in. */
  entryTerm: Term;
  /** Global ID; pass it to `node(id:)` to fetch the object again. */
  id: Scalars['ID']['output'];
  /** Current members. */
  memberCount: Scalars['Int']['output'];
  /** Display name, e.g. B.A. French — Fall 2025 entry. */
  name: Scalars['String']['output'];
  /** The programme. */
  programme: Programme;
  /** Current members × skills: counts and best levels, ordered by learner name. */
  progress: CohortProgressConnection;
  /** Skills reported in `progress`, in column order. */
  skills: Array<Skill>;
};


/** Learners of one programme who entered in the same term; advisors follow cohorts. */
export type CohortProgressArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of cohorts. */
export type CohortConnection = {
  __typename?: 'CohortConnection';
  /** Items with their cursors. */
  edges: Array<CohortEdge>;
  /** Items, without cursors. */
  nodes: Array<Cohort>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items in the whole list, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** One item of a CohortConnection. */
export type CohortEdge = {
  __typename?: 'CohortEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Cohort;
};

/** One learner's standing in one skill. */
export type CohortProgressCell = {
  __typename?: 'CohortProgressCell';
  /** Assessments of aligned achievements. */
  assessmentCount: Scalars['Int']['output'];
  /** Best level reached on every criterion of one assessment. */
  bestLevel?: Maybe<Scalars['Int']['output']>;
  /** Name of the best level. */
  bestLevelName?: Maybe<Scalars['String']['output']>;
  /** Active awards aligned to the skill. */
  earnedCount: Scalars['Int']['output'];
  /** The skill (same order as Cohort.skills). */
  skill: Skill;
};

/** A page of learners × skills progress for a cohort. */
export type CohortProgressConnection = {
  __typename?: 'CohortProgressConnection';
  /** Items with their cursors. */
  edges: Array<CohortProgressEdge>;
  /** Items, without cursors. */
  nodes: Array<CohortProgressRow>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items in the whole list, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** One item of a CohortProgressConnection. */
export type CohortProgressEdge = {
  __typename?: 'CohortProgressEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: CohortProgressRow;
};

/** One learner of a cohort with a cell per skill. */
export type CohortProgressRow = {
  __typename?: 'CohortProgressRow';
  /** One cell per skill, in the order of Cohort.skills. */
  cells: Array<CohortProgressCell>;
  /** The learner. */
  learner: Person;
};

/** Create or update (by issuer URL) an OpenID Connect connection of the viewer's institution. */
export type ConfigureSsoConnectionInput = {
  /** E-mail domains allowed on first sign-in (default: any). */
  allowedEmailDomains?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Client ID registered at the identity provider. */
  clientId: Scalars['String']['input'];
  /** Client secret; stored encrypted. Omit to keep the stored one; an empty string makes a public (PKCE-only) client. */
  clientSecret?: InputMaybe<Scalars['String']['input']>;
  /** Claim holding the e-mail address (default "email"); it must come with email_verified: true. */
  emailClaim?: InputMaybe<Scalars['String']['input']>;
  /** Offer it on the sign-in page (default true). */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** Issuer identifier (https; http only for localhost in development). Discovery must answer. */
  issuerUrl: Scalars['String']['input'];
  /** Shown on the sign-in button, e.g. "Northbridge SSO". */
  name: Scalars['String']['input'];
  /** Scopes to ask for (default openid, email, profile); openid is always added. */
  scopes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Claim identifying the person (default "sub"). */
  subjectClaim?: InputMaybe<Scalars['String']['input']>;
};

/** Result of configureSsoConnection. */
export type ConfigureSsoConnectionPayload = {
  __typename?: 'ConfigureSsoConnectionPayload';
  /** What is wrong with the input (INVALID_URL, ISSUER_UNREACHABLE, REQUIRED, INVALID_VALUE). */
  errors: Array<UserError>;
  /** The connection as stored; null when there are errors. */
  ssoConnection?: Maybe<SsoConnection>;
};

/** A new achievement with its rubric and skill alignments. */
export type CreateAchievementInput = {
  /** OB 3.0 achievementType or an `ext:` value. */
  achievementType?: Scalars['String']['input'];
  /** Criteria for earning it, in Markdown. */
  criteriaMarkdown?: InputMaybe<Scalars['String']['input']>;
  /** Short description (required). */
  description: Scalars['String']['input'];
  /** Expiry policy; omit for awards that never expire. */
  expiry?: InputMaybe<ExpiryInput>;
  /** Image URL of the badge. */
  imageUrl?: InputMaybe<Scalars['String']['input']>;
  /** The issuer that will award it. */
  issuerId: Scalars['ID']['input'];
  /** Name (required, at most 200 characters). */
  name: Scalars['String']['input'];
  /** Publish at once so that it can be awarded. */
  publish?: Scalars['Boolean']['input'];
  /** The rubric used to assess evidence. */
  rubric: RubricInput;
  /** Skills it aligns to. */
  skillIds?: Array<Scalars['ID']['input']>;
};

/** Register an OAuth 2.0 client-credentials client for the viewer's institution. */
export type CreateIntegratorClientInput = {
  /** A name to recognise it by, e.g. "Canvas LMS" (at most 100 characters). */
  name: Scalars['String']['input'];
  /** What its tokens may do; at least one. */
  scopes: Array<IntegratorScope>;
};

/** Result of createIntegratorClient. */
export type CreateIntegratorClientPayload = {
  __typename?: 'CreateIntegratorClientPayload';
  /** The client secret. Shown only this once; only its hash is kept. */
  clientSecret?: Maybe<Scalars['String']['output']>;
  /** Why nothing was created (REQUIRED, TOO_LONG, INVALID_VALUE, OUT_OF_RANGE). */
  errors: Array<UserError>;
  /** The new client; null when there are errors. */
  integratorClient?: Maybe<IntegratorClient>;
};

/** Create a personal access token. */
export type CreatePersonalAccessTokenInput = {
  /** When it stops working (within a year); null for never. */
  expiresAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** A name to recognise it by, e.g. "Portfolio sync" (at most 100 characters). */
  name: Scalars['String']['input'];
  /** What the token may do; at least one. */
  scopes: Array<IntegratorScope>;
};

/** Result of createPersonalAccessToken. */
export type CreatePersonalAccessTokenPayload = {
  __typename?: 'CreatePersonalAccessTokenPayload';
  /** Why nothing was created (REQUIRED, TOO_LONG, INVALID_VALUE, OUT_OF_RANGE). */
  errors: Array<UserError>;
  /** The new token; null when there are errors. */
  personalAccessToken?: Maybe<PersonalAccessToken>;
  /** The token, for `Authorization: Bearer …`. Shown only this once; only its hash is kept. */
  token?: Maybe<Scalars['String']['output']>;
};

/** A new skill framework. */
export type CreateSkillFrameworkInput = {
  /** What the framework covers. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** URI at the source, for imported frameworks. */
  externalUri?: InputMaybe<Scalars['String']['input']>;
  /** Display name; unique in the institution. */
  name: Scalars['String']['input'];
  /** Version label. */
  version?: InputMaybe<Scalars['String']['input']>;
};

/** Result of createSkillFramework. */
export type CreateSkillFrameworkPayload = {
  __typename?: 'CreateSkillFrameworkPayload';
  /** Problems with the input; nothing was written when non-empty. */
  errors: Array<UserError>;
  /** The new framework; null when there are errors. */
  skillFramework?: Maybe<SkillFramework>;
};

/** A new skill in a framework. */
export type CreateSkillInput = {
  /** Short code, unique in the framework. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** What the skill means. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** URI at the source (CASE, ESCO, RSD). */
  externalUri?: InputMaybe<Scalars['String']['input']>;
  /** The framework to add it to. */
  frameworkId: Scalars['ID']['input'];
  /** Display name. */
  name: Scalars['String']['input'];
  /** Parent skill, for a skill tree. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Sort position among siblings. */
  position?: InputMaybe<Scalars['Int']['input']>;
};

/** Result of createSkill. */
export type CreateSkillPayload = {
  __typename?: 'CreateSkillPayload';
  /** Problems with the input; nothing was written when non-empty. */
  errors: Array<UserError>;
  /** The new skill; null when there are errors. */
  skill?: Maybe<Skill>;
};

/** Subscribe an endpoint to the institution's events. */
export type CreateWebhookSubscriptionInput = {
  /** Send events to it (default true). */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Events to send (at least one). */
  events: Array<WebhookEventType>;
  /** Where to POST events: https:// and a public address. */
  url: Scalars['String']['input'];
};

/** Result of createWebhookSubscription. */
export type CreateWebhookSubscriptionPayload = {
  __typename?: 'CreateWebhookSubscriptionPayload';
  /** What is wrong with the input (INVALID_URL, INSECURE_URL, PRIVATE_ADDRESS, UNKNOWN_EVENT, REQUIRED). */
  errors: Array<UserError>;
  /** The signing secret. Shown only now: store it with the receiver. */
  secret?: Maybe<Scalars['String']['output']>;
  /** The new subscription; null when there are errors. */
  webhookSubscription?: Maybe<WebhookSubscription>;
};

/** Delete a webhook subscription and its delivery log. */
export type DeleteWebhookSubscriptionInput = {
  /** The subscription. */
  id: Scalars['ID']['input'];
};

/** Result of deleteWebhookSubscription. */
export type DeleteWebhookSubscriptionPayload = {
  __typename?: 'DeleteWebhookSubscriptionPayload';
  /** ID of the deleted subscription; null when there are errors. */
  deletedWebhookSubscriptionId?: Maybe<Scalars['ID']['output']>;
  /** NOT_FOUND when there is no such subscription. */
  errors: Array<UserError>;
};

/** Something a learner made or did, tied to an experience, that assessors rate against rubrics. */
export type Evidence = Node & {
  __typename?: 'Evidence';
  /** The experience it belongs to. */
  experience: Experience;
  /** File name (file evidence). */
  fileName?: Maybe<Scalars['String']['output']>;
  /** SHA-256 of the file, hex (file evidence). */
  fileSha256?: Maybe<Scalars['String']['output']>;
  /** Global ID; pass it to `node(id:)` to fetch the object again. */
  id: Scalars['ID']['output'];
  /** File, link or narrative. */
  kind: EvidenceKind;
  /** Reflection or description written by the learner. */
  narrative?: Maybe<Scalars['String']['output']>;
  /** When the learner submitted it. */
  submittedAt: Scalars['DateTimeISO']['output'];
  /** Title. */
  title?: Maybe<Scalars['String']['output']>;
  /** Link to the work (URL evidence). */
  url?: Maybe<Scalars['String']['output']>;
};

/** A page of evidence. */
export type EvidenceConnection = {
  __typename?: 'EvidenceConnection';
  /** Items with their cursors. */
  edges: Array<EvidenceEdge>;
  /** Items, without cursors. */
  nodes: Array<Evidence>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items in the whole list, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** One item of a EvidenceConnection. */
export type EvidenceEdge = {
  __typename?: 'EvidenceEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Evidence;
};

/** What the evidence is: an uploaded file, a link, or a written narrative. */
export type EvidenceKind =
  | 'FILE'
  | 'NARRATIVE'
  | 'URL';

/** A course section or co-curricular activity in a term, where learners build evidence. */
export type Experience = Node & {
  __typename?: 'Experience';
  /** Code, e.g. FREN 2010-01. */
  code: Scalars['String']['output'];
  /** What learners do in it. */
  description?: Maybe<Scalars['String']['output']>;
  /** Global ID; pass it to `node(id:)` to fetch the object again. */
  id: Scalars['ID']['output'];
  /** Course section or co-curricular activity. */
  kind: ExperienceKind;
  /** The term it runs in. */
  term: Term;
  /** Title. */
  title: Scalars['String']['output'];
};

/** A page of experiences. */
export type ExperienceConnection = {
  __typename?: 'ExperienceConnection';
  /** Items with their cursors. */
  edges: Array<ExperienceEdge>;
  /** Items, without cursors. */
  nodes: Array<Experience>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items in the whole list, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** One item of a ExperienceConnection. */
export type ExperienceEdge = {
  __typename?: 'ExperienceEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Experience;
};

/** What kind of learning experience this is. */
export type ExperienceKind =
  | 'COURSE_SECTION'
  | 'CO_CURRICULAR';

/** When awards of an achievement stop being valid. Give at most one of the two. */
export type ExpiryInput = {
  /** Valid until this date for everyone. */
  fixedDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Valid for this many months after issue (1–1200). */
  monthsAfterIssue?: InputMaybe<Scalars['Int']['input']>;
};

/** Export your Comprehensive Learner Record. */
export type ExportClrInput = {
  /** Awards to include; all of your awards (except revoked ones) when omitted. A selection makes the record `partial`. */
  awardIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Result of exportClr: a signed CLR 2.0 credential in JSON and VC-JWT form. */
export type ExportClrPayload = {
  __typename?: 'ExportClrPayload';
  /** The signed ClrCredential (Data Integrity eddsa-rdfc-2022). */
  clr?: Maybe<Scalars['JSONObject']['output']>;
  /** Problems with the selection (an award that is not yours). */
  errors: Array<UserError>;
  /** The same CLR as a VC-JWT (RS256). */
  jwt?: Maybe<Scalars['String']['output']>;
};

/** An input value is missing, malformed, out of range or conflicts with existing data. */
export type InputError = UserError & {
  __typename?: 'InputError';
  /** What went wrong, for programs. */
  code: UserErrorCode;
  /** Path to the input field at fault, e.g. ["input", "rubric", "criteria", "2", "name"]. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What went wrong, for people. */
  message: Scalars['String']['output'];
};

/** A university or college using OpenCLR. */
export type Institution = Node & {
  __typename?: 'Institution';
  /** Global ID; pass it to `node(id:)` to fetch the object again. */
  id: Scalars['ID']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** Short unique name used in URLs. */
  slug: Scalars['String']['output'];
  /** IANA time zone used to show dates when the viewer has none. */
  timeZone: Scalars['String']['output'];
};

/** An OAuth 2.0 client-credentials client of the viewer's institution (an LMS, SIS, career-services system). The secret is shown only once, when created. */
export type IntegratorClient = Node & {
  __typename?: 'IntegratorClient';
  /** The OAuth 2.0 client_id. */
  clientId: Scalars['String']['output'];
  /** When it was registered. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Global ID; pass it to `node(id:)` to fetch the object again. */
  id: Scalars['ID']['output'];
  /** When it last obtained an access token; null if never. */
  lastUsedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** What the administrator called it. */
  name: Scalars['String']['output'];
  /** When it was revoked; null while live. */
  revokedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** What its access tokens may do, institution-wide. */
  scopes: Array<IntegratorScope>;
};

/** The institution's integrator clients, newest first. */
export type IntegratorClientConnection = {
  __typename?: 'IntegratorClientConnection';
  /** Items with their cursors. */
  edges: Array<IntegratorClientEdge>;
  /** Items, without cursors. */
  nodes: Array<IntegratorClient>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items in the whole list, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** One item of a IntegratorClientConnection. */
export type IntegratorClientEdge = {
  __typename?: 'IntegratorClientEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: IntegratorClient;
};

/** A permission of a personal access token or integrator client. Sessions (the SPA) are not limited by scopes. */
export type IntegratorScope =
  /** `clr.read`: export signed CLR 2.0 records. */
  | 'CLR_READ'
  /** `cohorts.read`: cohort progress reports. */
  | 'COHORTS_READ'
  /** `ob.read`: read the catalogue (achievements, skill frameworks), learner records and awards the holder may see. */
  | 'OB_READ'
  /** `ob.write`: award, suspend, reinstate and revoke achievements; record assessments; edit the catalogue. */
  | 'OB_WRITE';

/** The e-mail address or password is wrong, or the account is locked. */
export type InvalidCredentialsError = UserError & {
  __typename?: 'InvalidCredentialsError';
  /** What went wrong, for programs. */
  code: UserErrorCode;
  /** Path to the input field at fault, e.g. ["input", "rubric", "criteria", "2", "name"]. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What went wrong, for people. */
  message: Scalars['String']['output'];
};

/** A college or office that issues credentials (an Open Badges issuer Profile). */
export type Issuer = Node & {
  __typename?: 'Issuer';
  /** What the issuer is. */
  description?: Maybe<Scalars['String']['output']>;
  /** Global ID; pass it to `node(id:)` to fetch the object again. */
  id: Scalars['ID']['output'];
  /** Display name, shown on credentials. */
  name: Scalars['String']['output'];
  /** Home page. */
  url?: Maybe<Scalars['String']['output']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Add a link or narrative as evidence to one of your experiences. */
  addEvidence: AddEvidencePayload;
  /** Award a published achievement to a learner directly. */
  awardAchievement: AwardAchievementPayload;
  /** Create or update (by issuer URL) an OpenID Connect connection of the viewer's institution. */
  configureSsoConnection: ConfigureSsoConnectionPayload;
  /** Create an achievement with its rubric and skill alignments. */
  createAchievement: AchievementPayload;
  /** Register an OAuth 2.0 client-credentials client for the viewer's institution. The secret is in the payload, once. */
  createIntegratorClient: CreateIntegratorClientPayload;
  /** Create a personal access token for the GraphQL API. The token is in the payload, once. */
  createPersonalAccessToken: CreatePersonalAccessTokenPayload;
  /** Add a skill to a framework. */
  createSkill: CreateSkillPayload;
  /** Create a skill framework. */
  createSkillFramework: CreateSkillFrameworkPayload;
  /** Subscribe an endpoint to the institution's events. The payload holds the signing secret, shown only this once. */
  createWebhookSubscription: CreateWebhookSubscriptionPayload;
  /** Delete a webhook subscription with its delivery log; pending deliveries are dropped. */
  deleteWebhookSubscription: DeleteWebhookSubscriptionPayload;
  /** Export your Comprehensive Learner Record (CLR 2.0), whole or selected awards, signed by your institution. */
  exportClr: ExportClrPayload;
  /** Rate a learner's evidence against an achievement's rubric; awards the achievement when every criterion reaches the required level. */
  recordAssessment: RecordAssessmentPayload;
  /** Send a finished delivery again, as a new delivery of the same event (same event ID, signed anew). */
  redeliverWebhook: RedeliverWebhookPayload;
  /** Reinstate a suspended award. */
  reinstateAward: ChangeAwardStatePayload;
  /** E-mail a single-use password reset link (valid 30 minutes) if the address has an account. The answer never says whether it does. */
  requestPasswordReset: RequestPasswordResetPayload;
  /** Set a new password with the token of a reset e-mail; ends every other session of the account. */
  resetPassword: ResetPasswordPayload;
  /** Revoke an award for good: its bit is set in the issuer’s revocation list, so verifiers anywhere see it. */
  revokeAward: ChangeAwardStatePayload;
  /** Revoke an integrator client; its access tokens stop working at once. */
  revokeIntegratorClient: RevokeIntegratorClientPayload;
  /** Revoke one of your personal access tokens; it stops working at once. */
  revokePersonalAccessToken: RevokePersonalAccessTokenPayload;
  /** Give a subscription a new signing secret (shown only this once); the old one stops working at once. */
  rotateWebhookSecret: RotateWebhookSecretPayload;
  /** Sign in with e-mail and password. */
  signIn: SignInPayload;
  /** End the current session (cookie or bearer token). */
  signOut: SignOutPayload;
  /** Suspend an award (reversible): its credential stops verifying until reinstated. */
  suspendAward: ChangeAwardStatePayload;
  /** Change an achievement: texts, alignments, status; the rubric only while it is a draft. */
  updateAchievement: AchievementPayload;
  /** Change the URL or events of a webhook subscription, or pause and resume it. */
  updateWebhookSubscription: UpdateWebhookSubscriptionPayload;
  /** Verify any credential (ours or another issuer’s) and report every check. Open to anyone. */
  verifyCredential: VerifyCredentialPayload;
};


export type MutationAddEvidenceArgs = {
  input: AddEvidenceInput;
};


export type MutationAwardAchievementArgs = {
  input: AwardAchievementInput;
};


export type MutationConfigureSsoConnectionArgs = {
  input: ConfigureSsoConnectionInput;
};


export type MutationCreateAchievementArgs = {
  input: CreateAchievementInput;
};


export type MutationCreateIntegratorClientArgs = {
  input: CreateIntegratorClientInput;
};


export type MutationCreatePersonalAccessTokenArgs = {
  input: CreatePersonalAccessTokenInput;
};


export type MutationCreateSkillArgs = {
  input: CreateSkillInput;
};


export type MutationCreateSkillFrameworkArgs = {
  input: CreateSkillFrameworkInput;
};


export type MutationCreateWebhookSubscriptionArgs = {
  input: CreateWebhookSubscriptionInput;
};


export type MutationDeleteWebhookSubscriptionArgs = {
  input: DeleteWebhookSubscriptionInput;
};


export type MutationExportClrArgs = {
  input: ExportClrInput;
};


export type MutationRecordAssessmentArgs = {
  input: RecordAssessmentInput;
};


export type MutationRedeliverWebhookArgs = {
  input: RedeliverWebhookInput;
};


export type MutationReinstateAwardArgs = {
  input: ChangeAwardStateInput;
};


export type MutationRequestPasswordResetArgs = {
  input: RequestPasswordResetInput;
};


export type MutationResetPasswordArgs = {
  input: ResetPasswordInput;
};


export type MutationRevokeAwardArgs = {
  input: ChangeAwardStateInput;
};


export type MutationRevokeIntegratorClientArgs = {
  input: RevokeIntegratorClientInput;
};


export type MutationRevokePersonalAccessTokenArgs = {
  input: RevokePersonalAccessTokenInput;
};


export type MutationRotateWebhookSecretArgs = {
  input: RotateWebhookSecretInput;
};


export type MutationSignInArgs = {
  input: SignInInput;
};


export type MutationSignOutArgs = {
  input: SignOutInput;
};


export type MutationSuspendAwardArgs = {
  input: ChangeAwardStateInput;
};


export type MutationUpdateAchievementArgs = {
  input: UpdateAchievementInput;
};


export type MutationUpdateWebhookSubscriptionArgs = {
  input: UpdateWebhookSubscriptionInput;
};


export type MutationVerifyCredentialArgs = {
  input: VerifyCredentialInput;
};

/** An object with a globally unique, opaque ID (Relay object identification). */
export type Node = {
  /** Global ID; pass it to `node(id:)` to fetch the object again. */
  id: Scalars['ID']['output'];
};

/** An ID in the input does not name anything the viewer may see. */
export type NotFoundError = UserError & {
  __typename?: 'NotFoundError';
  /** What went wrong, for programs. */
  code: UserErrorCode;
  /** Path to the input field at fault, e.g. ["input", "rubric", "criteria", "2", "name"]. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What went wrong, for people. */
  message: Scalars['String']['output'];
};

/** Where a page sits in its list (Relay cursor connections). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** More items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Items precede this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of the page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A learner or member of staff. Fields about a learner record are visible to the learner, their advisors and assessors, and administrators. */
export type Person = Node & {
  __typename?: 'Person';
  /** Cohorts this person advises (visible to the person and institution administrators). */
  advisedCohorts: CohortConnection;
  /** The learner's awards, newest first. */
  awards: AwardConnection;
  /** Name to show. */
  displayName: Scalars['String']['output'];
  /** Primary e-mail address; only for those who may read the learner record. */
  email?: Maybe<Scalars['String']['output']>;
  /** The learner's evidence, newest first. */
  evidence: EvidenceConnection;
  /** Experiences the learner is enrolled in, by code. */
  experiences: ExperienceConnection;
  /** Global ID; pass it to `node(id:)` to fetch the object again. */
  id: Scalars['ID']['output'];
  /** The learner's skills with progress, best level and earned count. */
  skillProgress: SkillProgressConnection;
};


/** A learner or member of staff. Fields about a learner record are visible to the learner, their advisors and assessors, and administrators. */
export type PersonAdvisedCohortsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A learner or member of staff. Fields about a learner record are visible to the learner, their advisors and assessors, and administrators. */
export type PersonAwardsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A learner or member of staff. Fields about a learner record are visible to the learner, their advisors and assessors, and administrators. */
export type PersonEvidenceArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A learner or member of staff. Fields about a learner record are visible to the learner, their advisors and assessors, and administrators. */
export type PersonExperiencesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A learner or member of staff. Fields about a learner record are visible to the learner, their advisors and assessors, and administrators. */
export type PersonSkillProgressArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A token that acts as its person in the GraphQL API, limited to its scopes. The token itself is shown only once, when created. */
export type PersonalAccessToken = Node & {
  __typename?: 'PersonalAccessToken';
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** When it stops working; null for never. */
  expiresAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Global ID; pass it to `node(id:)` to fetch the object again. */
  id: Scalars['ID']['output'];
  /** When it was last used; null if never. */
  lastUsedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** What the person called it, e.g. "Portfolio sync". */
  name: Scalars['String']['output'];
  /** When it was revoked; null while live. */
  revokedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** What the token may do. */
  scopes: Array<IntegratorScope>;
  /** The first characters of the token (not secret), to tell tokens apart. */
  tokenPrefix: Scalars['String']['output'];
};

/** The viewer's personal access tokens, newest first. */
export type PersonalAccessTokenConnection = {
  __typename?: 'PersonalAccessTokenConnection';
  /** Items with their cursors. */
  edges: Array<PersonalAccessTokenEdge>;
  /** Items, without cursors. */
  nodes: Array<PersonalAccessToken>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items in the whole list, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** One item of a PersonalAccessTokenConnection. */
export type PersonalAccessTokenEdge = {
  __typename?: 'PersonalAccessTokenEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: PersonalAccessToken;
};

/** A programme of study, e.g. a B.A. in French. */
export type Programme = Node & {
  __typename?: 'Programme';
  /** Programme code, unique in the institution. */
  code: Scalars['String']['output'];
  /** Global ID; pass it to `node(id:)` to fetch the object again. */
  id: Scalars['ID']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Published achievements of the viewer's institution (and drafts of issuers the viewer manages), by name. */
  achievements: AchievementConnection;
  /** Cohorts the viewer may follow: advised cohorts for advisors, all cohorts for institution administrators. */
  cohorts: CohortConnection;
  /** The integrator clients of the viewer's institution, newest first (revoked ones included). */
  integratorClients: IntegratorClientConnection;
  /** Fetches any object by its global ID; null when it does not exist or you may not see it. */
  node?: Maybe<Node>;
  /** Fetches up to 100 objects by global ID, in order; null for each one that does not exist or is hidden. */
  nodes: Array<Maybe<Node>>;
  /** Skill frameworks of the viewer's institution. */
  skillFrameworks: SkillFrameworkConnection;
  /** The single sign-on buttons of an institution for the sign-in page (at most 20). Without a slug, those of the only institution of a single-institution deployment. */
  ssoOptions: Array<SsoOption>;
  /** The signed-in person (or an anonymous viewer). */
  viewer: Viewer;
  /** The institution's webhook subscriptions, newest first. */
  webhookSubscriptions: WebhookSubscriptionConnection;
};


export type QueryAchievementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCohortsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryIntegratorClientsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QuerySkillFrameworksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySsoOptionsArgs = {
  institutionSlug?: InputMaybe<Scalars['String']['input']>;
};


export type QueryWebhookSubscriptionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The level given on one criterion. */
export type RatingInput = {
  /** A criterion of the achievement’s rubric. */
  criterionId: Scalars['ID']['input'];
  /** Level position, 1 to the number of levels. */
  level: Scalars['Int']['input'];
};

/** Rate a learner's evidence against an achievement's rubric. When every criterion reaches the required level, the achievement is awarded. */
export type RecordAssessmentInput = {
  /** A published achievement whose rubric is used. */
  achievementId: Scalars['ID']['input'];
  /** Feedback for the learner. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** The evidence assessed. */
  evidenceId: Scalars['ID']['input'];
  /** One rating per criterion of the rubric. */
  ratings: Array<RatingInput>;
};

/** Result of recordAssessment. */
export type RecordAssessmentPayload = {
  __typename?: 'RecordAssessmentPayload';
  /** The assessment; null when there are errors. */
  assessment?: Maybe<Assessment>;
  /** The award the assessment earned, if the award rule is met and the learner did not hold it yet. */
  award?: Maybe<Award>;
  /** Problems with the input; nothing was written when non-empty. */
  errors: Array<UserError>;
};

/** Send an event again to its subscription, as a new delivery with the same event ID. */
export type RedeliverWebhookInput = {
  /** A finished (succeeded or failed) delivery. */
  deliveryId: Scalars['ID']['input'];
};

/** Result of redeliverWebhook. */
export type RedeliverWebhookPayload = {
  __typename?: 'RedeliverWebhookPayload';
  /** NOT_FOUND, or DELIVERY_NOT_FINISHED while the delivery is still being attempted. */
  errors: Array<UserError>;
  /** The new, pending delivery; null when there are errors. */
  webhookDelivery?: Maybe<WebhookDelivery>;
};

/** Ask for a password reset link by e-mail. */
export type RequestPasswordResetInput = {
  /** E-mail address of the account. */
  email: Scalars['String']['input'];
};

/** Result of requestPasswordReset: the same whether or not the address has an account. */
export type RequestPasswordResetPayload = {
  __typename?: 'RequestPasswordResetPayload';
  /** Always true: if the address has an account, a link is on its way. */
  accepted: Scalars['Boolean']['output'];
  /** Always empty; present for the payload convention. */
  errors: Array<UserError>;
};

/** Choose a new password with the token from a reset e-mail. */
export type ResetPasswordInput = {
  /** The new password: at least 12 characters, not the e-mail address. */
  newPassword: Scalars['String']['input'];
  /** The token from the reset link. */
  token: Scalars['String']['input'];
};

/** Result of resetPassword. On success every other session of the person has ended; sign in with the new password. */
export type ResetPasswordPayload = {
  __typename?: 'ResetPasswordPayload';
  /** Why not (RESET_TOKEN_INVALID, RESET_TOKEN_EXPIRED, PASSWORD_TOO_SHORT, PASSWORD_SAME_AS_EMAIL). */
  errors: Array<UserError>;
  /** Whether the password was changed. */
  ok: Scalars['Boolean']['output'];
};

/** The reset link is unknown, already used, or expired; ask for a new one. */
export type ResetTokenError = UserError & {
  __typename?: 'ResetTokenError';
  /** What went wrong, for programs. */
  code: UserErrorCode;
  /** Path to the input field at fault, e.g. ["input", "rubric", "criteria", "2", "name"]. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What went wrong, for people. */
  message: Scalars['String']['output'];
};

/** Revoke an integrator client and every access token it holds. */
export type RevokeIntegratorClientInput = {
  /** The client to revoke. */
  id: Scalars['String']['input'];
};

/** Result of revokeIntegratorClient. */
export type RevokeIntegratorClientPayload = {
  __typename?: 'RevokeIntegratorClientPayload';
  /** Why nothing was revoked (INVALID_ID, NOT_FOUND). */
  errors: Array<UserError>;
  /** The revoked client; null when there are errors. */
  integratorClient?: Maybe<IntegratorClient>;
};

/** Revoke one of your personal access tokens. */
export type RevokePersonalAccessTokenInput = {
  /** The token to revoke. */
  id: Scalars['String']['input'];
};

/** Result of revokePersonalAccessToken. */
export type RevokePersonalAccessTokenPayload = {
  __typename?: 'RevokePersonalAccessTokenPayload';
  /** Why nothing was revoked (INVALID_ID, NOT_FOUND). */
  errors: Array<UserError>;
  /** The revoked token; null when there are errors. */
  personalAccessToken?: Maybe<PersonalAccessToken>;
};

/** A role the viewer holds. */
export type Role =
  /** Staff who follow the cohorts assigned to them. */
  | 'ADVISOR'
  /** Faculty who rate evidence against rubrics. */
  | 'ASSESSOR'
  /** Manages the whole institution. */
  | 'INSTITUTION_ADMIN'
  /** Manages the catalogue and awards of one or more issuers. */
  | 'ISSUER_ADMIN'
  /** A student building a learner record. */
  | 'LEARNER';

/** Replace the signing secret of a subscription; the old one stops working at once. */
export type RotateWebhookSecretInput = {
  /** The subscription. */
  id: Scalars['ID']['input'];
};

/** Result of rotateWebhookSecret. */
export type RotateWebhookSecretPayload = {
  __typename?: 'RotateWebhookSecretPayload';
  /** NOT_FOUND when there is no such subscription. */
  errors: Array<UserError>;
  /** The new signing secret. Shown only now. */
  secret?: Maybe<Scalars['String']['output']>;
  /** The subscription; null when there are errors. */
  webhookSubscription?: Maybe<WebhookSubscription>;
};

/** Criteria × levels used to assess evidence for an achievement. */
export type Rubric = {
  __typename?: 'Rubric';
  /** Criteria, in order. */
  criteria: Array<RubricCriterion>;
  /** Levels, lowest first. */
  levels: Array<RubricLevel>;
  /** The award rule: every criterion must be rated at this level or higher ("proficient"). */
  requiredLevel: Scalars['Int']['output'];
};

/** What performance at one level of one criterion looks like. */
export type RubricCell = {
  __typename?: 'RubricCell';
  /** Descriptor shown to assessors and learners. */
  description: Scalars['String']['output'];
  /** Level position. */
  level: Scalars['Int']['output'];
};

/** One row of a rubric (an OB 3.0 ResultDescription). */
export type RubricCriterion = Node & {
  __typename?: 'RubricCriterion';
  /** Descriptors per level, in level order (levels without a descriptor are left out). */
  cells: Array<RubricCell>;
  /** What the criterion looks at. */
  description?: Maybe<Scalars['String']['output']>;
  /** Global ID; pass it to `node(id:)` to fetch the object again. */
  id: Scalars['ID']['output'];
  /** Name, e.g. Content Development. */
  name: Scalars['String']['output'];
  /** Order in the rubric, from 1. */
  position: Scalars['Int']['output'];
};

/** A rubric criterion with one descriptor per level. */
export type RubricCriterionInput = {
  /** What the criterion looks at. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Descriptor for each level, lowest first (same length as `levels`, or omitted). */
  levelDescriptions?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Name, e.g. Sources and Evidence. */
  name: Scalars['String']['input'];
};

/** A whole rubric: levels lowest first, then criteria. */
export type RubricInput = {
  /** Criteria, in order (1 to 30). */
  criteria: Array<RubricCriterionInput>;
  /** Levels, lowest first (2 to 10). */
  levels: Array<RubricLevelInput>;
  /** Level every criterion must reach for the award (default 3, "proficient"). */
  requiredLevel?: Scalars['Int']['input'];
};

/** A performance level of a rubric (an OB 3.0 RubricCriterionLevel column), e.g. Milestone (3). */
export type RubricLevel = {
  __typename?: 'RubricLevel';
  /** General meaning of the level. */
  description?: Maybe<Scalars['String']['output']>;
  /** Name, e.g. Benchmark, Milestone, Capstone. */
  name: Scalars['String']['output'];
  /** Rank, 1 = lowest. */
  position: Scalars['Int']['output'];
};

/** A rubric level. */
export type RubricLevelInput = {
  /** General meaning of the level. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Name, e.g. Milestone. */
  name: Scalars['String']['input'];
};

/** Password sign-in. */
export type SignInInput = {
  /** E-mail address of the account (case does not matter). */
  email: Scalars['String']['input'];
  /** Password. */
  password: Scalars['String']['input'];
};

/** Result of signIn. On success the SPA gets an httpOnly session cookie and API clients use `token` as a bearer token. */
export type SignInPayload = {
  __typename?: 'SignInPayload';
  /** Why sign-in failed (INVALID_CREDENTIALS, TOO_MANY_ATTEMPTS). */
  errors: Array<UserError>;
  /** Bearer token for `Authorization: Bearer …`; shown once. */
  token?: Maybe<Scalars['String']['output']>;
  /** The signed-in viewer; null when there are errors. */
  viewer?: Maybe<Viewer>;
};

/** Sign out of the current session. */
export type SignOutInput = {
  /** Echoed back, for client bookkeeping. */
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
};

/** Result of signOut. */
export type SignOutPayload = {
  __typename?: 'SignOutPayload';
  /** Echo of the input value. */
  clientMutationId?: Maybe<Scalars['String']['output']>;
  /** The viewer after signing out (anonymous). */
  viewer: Viewer;
};

/** A marketable skill, e.g. Written Communication; achievements align to skills. */
export type Skill = Node & {
  __typename?: 'Skill';
  /** Short code, unique in its framework. */
  code?: Maybe<Scalars['String']['output']>;
  /** What the skill means. */
  description?: Maybe<Scalars['String']['output']>;
  /** URI of the skill at its source (used as the Open Badges alignment targetUrl). */
  externalUri?: Maybe<Scalars['String']['output']>;
  /** Global ID; pass it to `node(id:)` to fetch the object again. */
  id: Scalars['ID']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
};

/** A page of skills. */
export type SkillConnection = {
  __typename?: 'SkillConnection';
  /** Items with their cursors. */
  edges: Array<SkillEdge>;
  /** Items, without cursors. */
  nodes: Array<Skill>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items in the whole list, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** One item of a SkillConnection. */
export type SkillEdge = {
  __typename?: 'SkillEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Skill;
};

/** A set of skills (own, or imported from CASE/ESCO/RSD) that achievements align to. */
export type SkillFramework = Node & {
  __typename?: 'SkillFramework';
  /** What the framework covers. */
  description?: Maybe<Scalars['String']['output']>;
  /** URI of the framework at its source (CASE, ESCO, RSD). */
  externalUri?: Maybe<Scalars['String']['output']>;
  /** Global ID; pass it to `node(id:)` to fetch the object again. */
  id: Scalars['ID']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** Skills of the framework, in order. */
  skills: SkillConnection;
  /** Version label at the source. */
  version?: Maybe<Scalars['String']['output']>;
};


/** A set of skills (own, or imported from CASE/ESCO/RSD) that achievements align to. */
export type SkillFrameworkSkillsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of skill frameworks. */
export type SkillFrameworkConnection = {
  __typename?: 'SkillFrameworkConnection';
  /** Items with their cursors. */
  edges: Array<SkillFrameworkEdge>;
  /** Items, without cursors. */
  nodes: Array<SkillFramework>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items in the whole list, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** One item of a SkillFrameworkConnection. */
export type SkillFrameworkEdge = {
  __typename?: 'SkillFrameworkEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: SkillFramework;
};

/** A learner's standing in one skill, derived from awards and assessments of aligned achievements. */
export type SkillProgress = {
  __typename?: 'SkillProgress';
  /** Assessments of evidence for aligned achievements. */
  assessmentCount: Scalars['Int']['output'];
  /** Highest level reached on every criterion of one assessment; null before the first assessment. */
  bestLevel?: Maybe<Scalars['Int']['output']>;
  /** Name of the best level, e.g. Milestone. */
  bestLevelName?: Maybe<Scalars['String']['output']>;
  /** Active awards of achievements aligned to the skill. */
  earnedCount: Scalars['Int']['output'];
  /** When the skill was first earned (an aligned award still active). */
  firstEarnedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Assessments over time, oldest first. */
  history: Array<SkillProgressPoint>;
  /** When evidence for the skill was last assessed. */
  lastAssessedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Number of levels of the rubric scale (the top level). */
  maxLevel: Scalars['Int']['output'];
  /** Progress from 0 to 1; 1 once the skill is earned. */
  progress: Scalars['Float']['output'];
  /** The skill. */
  skill: Skill;
};

/** A page of a learner's skills. */
export type SkillProgressConnection = {
  __typename?: 'SkillProgressConnection';
  /** Items with their cursors. */
  edges: Array<SkillProgressEdge>;
  /** Items, without cursors. */
  nodes: Array<SkillProgress>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items in the whole list, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** One item of a SkillProgressConnection. */
export type SkillProgressEdge = {
  __typename?: 'SkillProgressEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: SkillProgress;
};

/** One assessment on the way to a skill, in time order. */
export type SkillProgressPoint = {
  __typename?: 'SkillProgressPoint';
  /** When it was assessed. */
  at: Scalars['DateTimeISO']['output'];
  /** Best level so far. */
  bestLevel: Scalars['Int']['output'];
  /** Level reached on every criterion in this assessment. */
  level: Scalars['Int']['output'];
  /** Progress so far, 0 to 1. */
  progress: Scalars['Float']['output'];
};

/** An OpenID Connect identity provider of the viewer's institution. The client secret is never returned. */
export type SsoConnection = Node & {
  __typename?: 'SsoConnection';
  /** E-mail domains allowed on first sign-in; empty allows any. */
  allowedEmailDomains: Array<Scalars['String']['output']>;
  /** Client ID registered at the identity provider. */
  clientId: Scalars['String']['output'];
  /** Claim holding the e-mail address matched on first sign-in. */
  emailClaim: Scalars['String']['output'];
  /** Whether the sign-in page offers this connection. */
  enabled: Scalars['Boolean']['output'];
  /** Whether a client secret is stored (encrypted); false for a public client using PKCE only. */
  hasClientSecret: Scalars['Boolean']['output'];
  /** Global ID; pass it to `node(id:)` to fetch the object again. */
  id: Scalars['ID']['output'];
  /** Issuer identifier of the identity provider. */
  issuerUrl: Scalars['String']['output'];
  /** Shown on the sign-in button. */
  name: Scalars['String']['output'];
  /** The redirect URI to register at the identity provider. */
  redirectUri: Scalars['String']['output'];
  /** Scopes asked for; always includes openid. */
  scopes: Array<Scalars['String']['output']>;
  /** Where sign-in starts (a path on this server). */
  startUrl: Scalars['String']['output'];
  /** Claim that identifies the person at the identity provider. */
  subjectClaim: Scalars['String']['output'];
};

/** A single sign-on button for the sign-in page. */
export type SsoOption = {
  __typename?: 'SsoOption';
  /** Name of the identity provider, as in "Sign in with <name>". */
  name: Scalars['String']['output'];
  /** Where the browser goes to start signing in (a same-origin path). */
  startUrl: Scalars['String']['output'];
};

/** An academic term (semester). */
export type Term = Node & {
  __typename?: 'Term';
  /** Term code, e.g. 2025FA. */
  code: Scalars['String']['output'];
  /** Last day (a calendar date, no time zone). */
  endsOn: Scalars['LocalDate']['output'];
  /** Global ID; pass it to `node(id:)` to fetch the object again. */
  id: Scalars['ID']['output'];
  /** Display name, e.g. Fall 2025. */
  name: Scalars['String']['output'];
  /** First day (a calendar date, no time zone). */
  startsOn: Scalars['LocalDate']['output'];
};

/** Too many failed sign-in attempts for this account or from this address; try again later. Said the same whether or not the account exists. */
export type TooManyAttemptsError = UserError & {
  __typename?: 'TooManyAttemptsError';
  /** What went wrong, for programs. */
  code: UserErrorCode;
  /** Path to the input field at fault, e.g. ["input", "rubric", "criteria", "2", "name"]. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What went wrong, for people. */
  message: Scalars['String']['output'];
};

/** Changes to an achievement. Omitted fields stay as they are. */
export type UpdateAchievementInput = {
  /** New criteria (Markdown). */
  criteriaMarkdown?: InputMaybe<Scalars['String']['input']>;
  /** New description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The achievement. */
  id: Scalars['ID']['input'];
  /** New image URL. */
  imageUrl?: InputMaybe<Scalars['String']['input']>;
  /** New name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the rubric; only while the achievement is a draft. */
  rubric?: InputMaybe<RubricInput>;
  /** Replaces the skill alignments. */
  skillIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Publish or archive. */
  status?: InputMaybe<AchievementStatus>;
};

/** Change a webhook subscription; omitted fields stay as they are. */
export type UpdateWebhookSubscriptionInput = {
  /** Pause (false) or resume (true) sending. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** New set of events (at least one). */
  events?: InputMaybe<Array<WebhookEventType>>;
  /** The subscription. */
  id: Scalars['ID']['input'];
  /** New target URL. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** Result of updateWebhookSubscription. */
export type UpdateWebhookSubscriptionPayload = {
  __typename?: 'UpdateWebhookSubscriptionPayload';
  /** What is wrong with the input (NOT_FOUND, INVALID_URL, INSECURE_URL, PRIVATE_ADDRESS, UNKNOWN_EVENT, REQUIRED). */
  errors: Array<UserError>;
  /** The subscription as stored; null when there are errors. */
  webhookSubscription?: Maybe<WebhookSubscription>;
};

/** An expected problem with the input of a mutation, such as a missing name. Nothing was written when a payload carries errors. */
export type UserError = {
  /** What went wrong, for programs. */
  code: UserErrorCode;
  /** Path to the input field at fault, e.g. ["input", "rubric", "criteria", "2", "name"]. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What went wrong, for people. */
  message: Scalars['String']['output'];
};

/** Machine-readable code of a user error; clients branch on it, never on the message. */
export type UserErrorCode =
  | 'AWARD_ALREADY_HELD'
  | 'AWARD_CRITERIA_NOT_MET'
  | 'AWARD_REASON_REQUIRED'
  | 'AWARD_RULE_LEVEL_OUT_OF_RANGE'
  | 'DELIVERY_NOT_FINISHED'
  | 'DUPLICATE'
  | 'FORBIDDEN'
  | 'IDENTIFIER_TAKEN'
  | 'INSECURE_URL'
  | 'INVALID_ACHIEVEMENT_STATUS_CHANGE'
  | 'INVALID_ACHIEVEMENT_TYPE'
  | 'INVALID_AWARD_TRANSITION'
  | 'INVALID_CREDENTIALS'
  | 'INVALID_DATE'
  | 'INVALID_EMAIL'
  | 'INVALID_EXPIRY_POLICY'
  | 'INVALID_ID'
  | 'INVALID_RATINGS'
  | 'INVALID_RUBRIC'
  | 'INVALID_SSO_SUBJECT'
  | 'INVALID_STUDENT_ID'
  | 'INVALID_TIME_ZONE'
  | 'INVALID_URL'
  | 'INVALID_VALUE'
  | 'ISSUER_UNREACHABLE'
  | 'NOT_FOUND'
  | 'OUT_OF_RANGE'
  | 'PASSWORD_SAME_AS_EMAIL'
  | 'PASSWORD_TOO_SHORT'
  | 'PRIVATE_ADDRESS'
  | 'RATING_DUPLICATE_CRITERION'
  | 'RATING_LEVEL_OUT_OF_RANGE'
  | 'RATING_MISSING_CRITERION'
  | 'RATING_UNKNOWN_CRITERION'
  | 'REQUIRED'
  | 'RESET_TOKEN_EXPIRED'
  | 'RESET_TOKEN_INVALID'
  | 'RUBRIC_DUPLICATE_NAME'
  | 'RUBRIC_EMPTY_NAME'
  | 'RUBRIC_LEVEL_POSITION'
  | 'RUBRIC_NAME_TOO_LONG'
  | 'RUBRIC_NO_CRITERIA'
  | 'RUBRIC_TOO_FEW_LEVELS'
  | 'RUBRIC_TOO_LARGE'
  | 'TOO_LONG'
  | 'TOO_MANY_ATTEMPTS'
  | 'UNAUTHENTICATED'
  | 'UNKNOWN_EVENT';

/** One check a verifier ran. */
export type VerificationCheck = {
  __typename?: 'VerificationCheck';
  /** Stable id: format, context, type, schema, subject, signature:<n>, issuer-key:<n>, jwt-claims, status, validity, recipient, nested:<n>, endorsement:<n>, issuer-record. */
  id: Scalars['String']['output'];
  /** What was found, for people. */
  message: Scalars['String']['output'];
  /** Passed, failed, not checked, or a warning. */
  status: CheckStatus;
};

/** What verifying a credential found, check by check. */
export type VerificationReport = {
  __typename?: 'VerificationReport';
  /** Checks in the order they ran. */
  checks: Array<VerificationCheck>;
  /** The credential that was verified, when it could be read. */
  credential?: Maybe<Scalars['JSONObject']['output']>;
  /** The form it arrived in: json, jwt, png, svg, ob2-hosted, ob2-signed or unknown. */
  format: Scalars['String']['output'];
  /** Reports of credentials nested in a CLR, and of endorsements. */
  nested: Array<VerificationReport>;
  /** True when no check failed (checks not performed are listed, not hidden). */
  valid: Scalars['Boolean']['output'];
};

/** A credential to verify: JSON (OB 3.0, CLR 2.0, OB 2.0), a VC-JWT, SVG text, or a baked PNG in base64. */
export type VerifyCredentialInput = {
  /** The credential as text: JSON, a compact JWS, or SVG. */
  document?: InputMaybe<Scalars['String']['input']>;
  /** A baked PNG, base64-encoded. */
  pngBase64?: InputMaybe<Scalars['String']['input']>;
  /** Also check that it was issued to this e-mail address. */
  recipientEmail?: InputMaybe<Scalars['String']['input']>;
};

/** Result of verifyCredential. */
export type VerifyCredentialPayload = {
  __typename?: 'VerifyCredentialPayload';
  /** Problems with the input (nothing to verify, bad base64). */
  errors: Array<UserError>;
  /** The report; null when the input had errors. */
  report?: Maybe<VerificationReport>;
};

/** Who is asking. `person` is null when not signed in. */
export type Viewer = {
  __typename?: 'Viewer';
  /** The viewer's institution. */
  institution?: Maybe<Institution>;
  /** The signed-in person. */
  person?: Maybe<Person>;
  /** The viewer's personal access tokens, newest first (revoked ones included); null when not signed in. */
  personalAccessTokens?: Maybe<PersonalAccessTokenConnection>;
  /** Roles held; empty when not signed in. */
  roles: Array<Role>;
};


/** Who is asking. `person` is null when not signed in. */
export type ViewerPersonalAccessTokensArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The new password is too weak: shorter than 12 characters, or the e-mail address itself. */
export type WeakPasswordError = UserError & {
  __typename?: 'WeakPasswordError';
  /** What went wrong, for programs. */
  code: UserErrorCode;
  /** Path to the input field at fault, e.g. ["input", "rubric", "criteria", "2", "name"]. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What went wrong, for people. */
  message: Scalars['String']['output'];
};

/** One event sent (or being sent) to one subscription: the delivery log. */
export type WebhookDelivery = Node & {
  __typename?: 'WebhookDelivery';
  /** Attempts made so far. */
  attemptCount: Scalars['Int']['output'];
  /** When the event happened (the delivery was written). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** When the receiver accepted it. */
  deliveredAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Event ID, sent as OpenCLR-Webhook-Id; the same for redeliveries of the event. */
  eventId: Scalars['ID']['output'];
  /** The event type. */
  eventType: WebhookEventType;
  /** Global ID; pass it to `node(id:)` to fetch the object again. */
  id: Scalars['ID']['output'];
  /** When the last attempt was made. */
  lastAttemptAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Why the last attempt failed. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** HTTP status of the last answer; null when there was none (network error, timeout). */
  lastHttpStatus?: Maybe<Scalars['Int']['output']>;
  /** When the next attempt is due; null once succeeded or failed. */
  nextAttemptAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The request body: `{ id, type, createdAt, data }`. */
  payload: Scalars['JSONObject']['output'];
  /** Pending, succeeded or failed. */
  status: WebhookDeliveryStatus;
};

/** A page of webhook deliveries, newest first. */
export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  /** Items with their cursors. */
  edges: Array<WebhookDeliveryEdge>;
  /** Items, without cursors. */
  nodes: Array<WebhookDelivery>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items in the whole list, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** One item of a WebhookDeliveryConnection. */
export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: WebhookDelivery;
};

/** Where a delivery stands. */
export type WebhookDeliveryStatus =
  /** Every attempt failed; redeliverWebhook sends it again. */
  | 'FAILED'
  /** Not yet answered with a 2xx; another attempt is due at nextAttemptAt. */
  | 'PENDING'
  /** The receiver answered with a 2xx status. */
  | 'SUCCEEDED';

/** An event a webhook subscription can receive; the payload `type` is the lower-case dotted form (`award.created`). */
export type WebhookEventType =
  /** `award.created`: an achievement was awarded (directly, or by an assessment meeting the award rule). */
  | 'AWARD_CREATED'
  /** `award.reinstated`: a suspended award was reinstated. */
  | 'AWARD_REINSTATED'
  /** `award.revoked`: an award was revoked (final). */
  | 'AWARD_REVOKED'
  /** `award.suspended`: an award was suspended. */
  | 'AWARD_SUSPENDED'
  /** `evidence.assessed`: an assessor rated evidence against a rubric. */
  | 'EVIDENCE_ASSESSED';

/** An endpoint receiving the institution's events, signed with its secret. The secret is shown only when created or rotated. */
export type WebhookSubscription = Node & {
  __typename?: 'WebhookSubscription';
  /** Whether events are sent to it; events are not recorded for an inactive subscription. */
  active: Scalars['Boolean']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Deliveries to this subscription (the delivery log), newest first. */
  deliveries: WebhookDeliveryConnection;
  /** Events sent to it. */
  events: Array<WebhookEventType>;
  /** Global ID; pass it to `node(id:)` to fetch the object again. */
  id: Scalars['ID']['output'];
  /** When it was last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Where events are POSTed. */
  url: Scalars['String']['output'];
};


/** An endpoint receiving the institution's events, signed with its secret. The secret is shown only when created or rotated. */
export type WebhookSubscriptionDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of webhook subscriptions, newest first. */
export type WebhookSubscriptionConnection = {
  __typename?: 'WebhookSubscriptionConnection';
  /** Items with their cursors. */
  edges: Array<WebhookSubscriptionEdge>;
  /** Items, without cursors. */
  nodes: Array<WebhookSubscription>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items in the whole list, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** One item of a WebhookSubscriptionConnection. */
export type WebhookSubscriptionEdge = {
  __typename?: 'WebhookSubscriptionEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: WebhookSubscription;
};

export type AdvisedCohortsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AdvisedCohortsQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', person?: { __typename?: 'Person', id: string, advisedCohorts: { __typename?: 'CohortConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Cohort', id: string, name: string, memberCount: number, programme: { __typename?: 'Programme', id: string, code: string, name: string }, entryTerm: { __typename?: 'Term', id: string, name: string }, skills: Array<{ __typename?: 'Skill', id: string, name: string }> }> } } | null } };

export type AdvisorCohortSummaryFragment = { __typename?: 'Cohort', id: string, name: string, memberCount: number, programme: { __typename?: 'Programme', id: string, code: string, name: string }, entryTerm: { __typename?: 'Term', id: string, name: string }, skills: Array<{ __typename?: 'Skill', id: string, name: string }> };

export type CohortProgressQueryVariables = Exact<{
  cohortId: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CohortProgressQuery = { __typename?: 'Query', node?: { __typename: 'Achievement', id: string } | { __typename: 'Assessment', id: string } | { __typename: 'Award', id: string } | { __typename: 'Cohort', id: string, name: string, memberCount: number, progress: { __typename?: 'CohortProgressConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'CohortProgressRow', learner: { __typename?: 'Person', id: string, displayName: string, email?: string | null }, cells: Array<{ __typename?: 'CohortProgressCell', earnedCount: number, assessmentCount: number, bestLevel?: number | null, bestLevelName?: string | null, skill: { __typename?: 'Skill', id: string } }> }> }, programme: { __typename?: 'Programme', id: string, code: string, name: string }, entryTerm: { __typename?: 'Term', id: string, name: string }, skills: Array<{ __typename?: 'Skill', id: string, name: string }> } | { __typename: 'Evidence', id: string } | { __typename: 'Experience', id: string } | { __typename: 'Institution', id: string } | { __typename: 'IntegratorClient', id: string } | { __typename: 'Issuer', id: string } | { __typename: 'Person', id: string } | { __typename: 'PersonalAccessToken', id: string } | { __typename: 'Programme', id: string } | { __typename: 'RubricCriterion', id: string } | { __typename: 'Skill', id: string } | { __typename: 'SkillFramework', id: string } | { __typename: 'SsoConnection', id: string } | { __typename: 'Term', id: string } | { __typename: 'WebhookDelivery', id: string } | { __typename: 'WebhookSubscription', id: string } | null };

export type CohortProgressRowFieldsFragment = { __typename?: 'CohortProgressRow', learner: { __typename?: 'Person', id: string, displayName: string, email?: string | null }, cells: Array<{ __typename?: 'CohortProgressCell', earnedCount: number, assessmentCount: number, bestLevel?: number | null, bestLevelName?: string | null, skill: { __typename?: 'Skill', id: string } }> };

export type ExportClrMutationVariables = Exact<{
  input: ExportClrInput;
}>;


export type ExportClrMutation = { __typename?: 'Mutation', exportClr: { __typename?: 'ExportClrPayload', clr?: Record<string, unknown> | null, jwt?: string | null, errors: Array<{ __typename?: 'InputError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename?: 'InvalidCredentialsError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename?: 'NotFoundError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename?: 'ResetTokenError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename?: 'TooManyAttemptsError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename?: 'WeakPasswordError', code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type ExportableAwardFragment = { __typename?: 'Award', id: string, issuedAt: string, state: AwardState, stateReason?: string | null, achievement: { __typename?: 'Achievement', id: string, name: string, issuer: { __typename?: 'Issuer', id: string, name: string } } };

export type ExportableAwardsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
}>;


export type ExportableAwardsQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', person?: { __typename?: 'Person', id: string, displayName: string, awards: { __typename?: 'AwardConnection', totalCount: number, nodes: Array<{ __typename?: 'Award', id: string, issuedAt: string, state: AwardState, stateReason?: string | null, achievement: { __typename?: 'Achievement', id: string, name: string, issuer: { __typename?: 'Issuer', id: string, name: string } } }> } } | null } };

export type CreateIntegratorClientMutationVariables = Exact<{
  input: CreateIntegratorClientInput;
}>;


export type CreateIntegratorClientMutation = { __typename?: 'Mutation', createIntegratorClient: { __typename?: 'CreateIntegratorClientPayload', clientSecret?: string | null, integratorClient?: { __typename?: 'IntegratorClient', id: string, name: string, clientId: string, scopes: Array<IntegratorScope>, createdAt: string, lastUsedAt?: string | null, revokedAt?: string | null } | null, errors: Array<{ __typename?: 'InputError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename?: 'InvalidCredentialsError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename?: 'NotFoundError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename?: 'ResetTokenError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename?: 'TooManyAttemptsError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename?: 'WeakPasswordError', code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type CreatePersonalAccessTokenMutationVariables = Exact<{
  input: CreatePersonalAccessTokenInput;
}>;


export type CreatePersonalAccessTokenMutation = { __typename?: 'Mutation', createPersonalAccessToken: { __typename?: 'CreatePersonalAccessTokenPayload', token?: string | null, personalAccessToken?: { __typename?: 'PersonalAccessToken', id: string, name: string, tokenPrefix: string, scopes: Array<IntegratorScope>, createdAt: string, expiresAt?: string | null, lastUsedAt?: string | null, revokedAt?: string | null } | null, errors: Array<{ __typename?: 'InputError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename?: 'InvalidCredentialsError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename?: 'NotFoundError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename?: 'ResetTokenError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename?: 'TooManyAttemptsError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename?: 'WeakPasswordError', code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type IntegratorClientRowFragment = { __typename?: 'IntegratorClient', id: string, name: string, clientId: string, scopes: Array<IntegratorScope>, createdAt: string, lastUsedAt?: string | null, revokedAt?: string | null };

export type IntegratorClientsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type IntegratorClientsQuery = { __typename?: 'Query', integratorClients: { __typename?: 'IntegratorClientConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'IntegratorClient', id: string, name: string, clientId: string, scopes: Array<IntegratorScope>, createdAt: string, lastUsedAt?: string | null, revokedAt?: string | null }> } };

export type PersonalAccessTokenRowFragment = { __typename?: 'PersonalAccessToken', id: string, name: string, tokenPrefix: string, scopes: Array<IntegratorScope>, createdAt: string, expiresAt?: string | null, lastUsedAt?: string | null, revokedAt?: string | null };

export type PersonalAccessTokensQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PersonalAccessTokensQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', personalAccessTokens?: { __typename?: 'PersonalAccessTokenConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'PersonalAccessToken', id: string, name: string, tokenPrefix: string, scopes: Array<IntegratorScope>, createdAt: string, expiresAt?: string | null, lastUsedAt?: string | null, revokedAt?: string | null }> } | null } };

export type RevokeIntegratorClientMutationVariables = Exact<{
  input: RevokeIntegratorClientInput;
}>;


export type RevokeIntegratorClientMutation = { __typename?: 'Mutation', revokeIntegratorClient: { __typename?: 'RevokeIntegratorClientPayload', integratorClient?: { __typename?: 'IntegratorClient', id: string, name: string, clientId: string, scopes: Array<IntegratorScope>, createdAt: string, lastUsedAt?: string | null, revokedAt?: string | null } | null, errors: Array<{ __typename?: 'InputError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename?: 'InvalidCredentialsError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename?: 'NotFoundError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename?: 'ResetTokenError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename?: 'TooManyAttemptsError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename?: 'WeakPasswordError', code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type RevokePersonalAccessTokenMutationVariables = Exact<{
  input: RevokePersonalAccessTokenInput;
}>;


export type RevokePersonalAccessTokenMutation = { __typename?: 'Mutation', revokePersonalAccessToken: { __typename?: 'RevokePersonalAccessTokenPayload', personalAccessToken?: { __typename?: 'PersonalAccessToken', id: string, name: string, tokenPrefix: string, scopes: Array<IntegratorScope>, createdAt: string, expiresAt?: string | null, lastUsedAt?: string | null, revokedAt?: string | null } | null, errors: Array<{ __typename?: 'InputError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename?: 'InvalidCredentialsError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename?: 'NotFoundError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename?: 'ResetTokenError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename?: 'TooManyAttemptsError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename?: 'WeakPasswordError', code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type LearnerAwardFragment = { __typename?: 'Award', id: string, issuedAt: string, validUntil?: string | null, state: AwardState, stateReason?: string | null, credentialUrl: string, achievement: { __typename?: 'Achievement', id: string, name: string, achievementType: string, issuer: { __typename?: 'Issuer', id: string, name: string }, alignments: Array<{ __typename?: 'Skill', id: string, name: string }> } };

export type LearnerEvidenceFragment = { __typename?: 'Evidence', id: string, title?: string | null, kind: EvidenceKind, url?: string | null, submittedAt: string, experience: { __typename?: 'Experience', id: string, code: string, title: string } };

export type LearnerExperienceFragment = { __typename?: 'Experience', id: string, code: string, title: string, kind: ExperienceKind, term: { __typename?: 'Term', id: string, name: string, startsOn: string } };

export type LearnerHomeQueryVariables = Exact<{
  skillsFirst: Scalars['Int']['input'];
  awardsFirst: Scalars['Int']['input'];
  evidenceFirst: Scalars['Int']['input'];
  experiencesFirst: Scalars['Int']['input'];
}>;


export type LearnerHomeQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', person?: { __typename?: 'Person', id: string, skillProgress: { __typename?: 'SkillProgressConnection', totalCount: number, nodes: Array<{ __typename?: 'SkillProgress', earnedCount: number, assessmentCount: number, bestLevel?: number | null, bestLevelName?: string | null, maxLevel: number, progress: number, lastAssessedAt?: string | null, skill: { __typename?: 'Skill', id: string, name: string, code?: string | null } }> }, awards: { __typename?: 'AwardConnection', totalCount: number, nodes: Array<{ __typename?: 'Award', id: string, issuedAt: string, validUntil?: string | null, state: AwardState, stateReason?: string | null, credentialUrl: string, achievement: { __typename?: 'Achievement', id: string, name: string, achievementType: string, issuer: { __typename?: 'Issuer', id: string, name: string }, alignments: Array<{ __typename?: 'Skill', id: string, name: string }> } }> }, evidence: { __typename?: 'EvidenceConnection', totalCount: number, nodes: Array<{ __typename?: 'Evidence', id: string, title?: string | null, kind: EvidenceKind, url?: string | null, submittedAt: string, experience: { __typename?: 'Experience', id: string, code: string, title: string } }> }, experiences: { __typename?: 'ExperienceConnection', totalCount: number, nodes: Array<{ __typename?: 'Experience', id: string, code: string, title: string, kind: ExperienceKind, term: { __typename?: 'Term', id: string, name: string, startsOn: string } }> } } | null } };

export type LearnerSkillProgressFragment = { __typename?: 'SkillProgress', earnedCount: number, assessmentCount: number, bestLevel?: number | null, bestLevelName?: string | null, maxLevel: number, progress: number, lastAssessedAt?: string | null, skill: { __typename?: 'Skill', id: string, name: string, code?: string | null } };

export type RequestPasswordResetMutationVariables = Exact<{
  input: RequestPasswordResetInput;
}>;


export type RequestPasswordResetMutation = { __typename?: 'Mutation', requestPasswordReset: { __typename?: 'RequestPasswordResetPayload', accepted: boolean, errors: Array<{ __typename: 'InputError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename: 'InvalidCredentialsError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename: 'NotFoundError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename: 'ResetTokenError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename: 'TooManyAttemptsError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename: 'WeakPasswordError', code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { __typename?: 'Mutation', resetPassword: { __typename?: 'ResetPasswordPayload', ok: boolean, errors: Array<{ __typename: 'InputError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename: 'InvalidCredentialsError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename: 'NotFoundError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename: 'ResetTokenError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename: 'TooManyAttemptsError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename: 'WeakPasswordError', code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { __typename?: 'Mutation', signIn: { __typename?: 'SignInPayload', viewer?: { __typename?: 'Viewer', roles: Array<Role>, person?: { __typename?: 'Person', id: string, displayName: string, email?: string | null } | null, institution?: { __typename?: 'Institution', id: string, name: string } | null } | null, errors: Array<{ __typename: 'InputError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename: 'InvalidCredentialsError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename: 'NotFoundError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename: 'ResetTokenError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename: 'TooManyAttemptsError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename: 'WeakPasswordError', code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type SignOutMutationVariables = Exact<{
  input: SignOutInput;
}>;


export type SignOutMutation = { __typename?: 'Mutation', signOut: { __typename?: 'SignOutPayload', viewer: { __typename?: 'Viewer', roles: Array<Role>, person?: { __typename?: 'Person', id: string, displayName: string, email?: string | null } | null, institution?: { __typename?: 'Institution', id: string, name: string } | null } } };

export type SsoOptionsQueryVariables = Exact<{
  institutionSlug?: InputMaybe<Scalars['String']['input']>;
}>;


export type SsoOptionsQuery = { __typename?: 'Query', ssoOptions: Array<{ __typename?: 'SsoOption', name: string, startUrl: string }> };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', roles: Array<Role>, person?: { __typename?: 'Person', id: string, displayName: string, email?: string | null } | null, institution?: { __typename?: 'Institution', id: string, name: string } | null } };

export type ViewerFieldsFragment = { __typename?: 'Viewer', roles: Array<Role>, person?: { __typename?: 'Person', id: string, displayName: string, email?: string | null } | null, institution?: { __typename?: 'Institution', id: string, name: string } | null };

export type VerificationReportFieldsFragment = { __typename?: 'VerificationReport', valid: boolean, format: string, credential?: Record<string, unknown> | null, checks: Array<{ __typename?: 'VerificationCheck', id: string, status: CheckStatus, message: string }> };

export type VerifyCredentialMutationVariables = Exact<{
  input: VerifyCredentialInput;
}>;


export type VerifyCredentialMutation = { __typename?: 'Mutation', verifyCredential: { __typename?: 'VerifyCredentialPayload', errors: Array<{ __typename?: 'InputError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename?: 'InvalidCredentialsError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename?: 'NotFoundError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename?: 'ResetTokenError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename?: 'TooManyAttemptsError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename?: 'WeakPasswordError', code: UserErrorCode, message: string, field?: Array<string> | null }>, report?: { __typename?: 'VerificationReport', valid: boolean, format: string, credential?: Record<string, unknown> | null, nested: Array<{ __typename?: 'VerificationReport', valid: boolean, format: string, credential?: Record<string, unknown> | null, nested: Array<{ __typename?: 'VerificationReport', valid: boolean, format: string, credential?: Record<string, unknown> | null, nested: Array<{ __typename?: 'VerificationReport', valid: boolean, format: string, credential?: Record<string, unknown> | null, checks: Array<{ __typename?: 'VerificationCheck', id: string, status: CheckStatus, message: string }> }>, checks: Array<{ __typename?: 'VerificationCheck', id: string, status: CheckStatus, message: string }> }>, checks: Array<{ __typename?: 'VerificationCheck', id: string, status: CheckStatus, message: string }> }>, checks: Array<{ __typename?: 'VerificationCheck', id: string, status: CheckStatus, message: string }> } | null } };

export type CreateWebhookSubscriptionMutationVariables = Exact<{
  input: CreateWebhookSubscriptionInput;
}>;


export type CreateWebhookSubscriptionMutation = { __typename?: 'Mutation', createWebhookSubscription: { __typename?: 'CreateWebhookSubscriptionPayload', secret?: string | null, webhookSubscription?: { __typename?: 'WebhookSubscription', id: string, url: string, events: Array<WebhookEventType>, active: boolean, createdAt: string, updatedAt: string } | null, errors: Array<{ __typename?: 'InputError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename?: 'InvalidCredentialsError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename?: 'NotFoundError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename?: 'ResetTokenError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename?: 'TooManyAttemptsError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename?: 'WeakPasswordError', code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type DeleteWebhookSubscriptionMutationVariables = Exact<{
  input: DeleteWebhookSubscriptionInput;
}>;


export type DeleteWebhookSubscriptionMutation = { __typename?: 'Mutation', deleteWebhookSubscription: { __typename?: 'DeleteWebhookSubscriptionPayload', deletedWebhookSubscriptionId?: string | null, errors: Array<{ __typename?: 'InputError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename?: 'InvalidCredentialsError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename?: 'NotFoundError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename?: 'ResetTokenError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename?: 'TooManyAttemptsError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename?: 'WeakPasswordError', code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type RedeliverWebhookMutationVariables = Exact<{
  input: RedeliverWebhookInput;
}>;


export type RedeliverWebhookMutation = { __typename?: 'Mutation', redeliverWebhook: { __typename?: 'RedeliverWebhookPayload', webhookDelivery?: { __typename?: 'WebhookDelivery', id: string, eventId: string, eventType: WebhookEventType, status: WebhookDeliveryStatus, attemptCount: number, lastHttpStatus?: number | null, lastError?: string | null, createdAt: string, lastAttemptAt?: string | null, deliveredAt?: string | null, nextAttemptAt?: string | null } | null, errors: Array<{ __typename?: 'InputError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename?: 'InvalidCredentialsError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename?: 'NotFoundError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename?: 'ResetTokenError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename?: 'TooManyAttemptsError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename?: 'WeakPasswordError', code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type RotateWebhookSecretMutationVariables = Exact<{
  input: RotateWebhookSecretInput;
}>;


export type RotateWebhookSecretMutation = { __typename?: 'Mutation', rotateWebhookSecret: { __typename?: 'RotateWebhookSecretPayload', secret?: string | null, webhookSubscription?: { __typename?: 'WebhookSubscription', id: string, url: string, events: Array<WebhookEventType>, active: boolean, createdAt: string, updatedAt: string } | null, errors: Array<{ __typename?: 'InputError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename?: 'InvalidCredentialsError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename?: 'NotFoundError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename?: 'ResetTokenError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename?: 'TooManyAttemptsError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename?: 'WeakPasswordError', code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type UpdateWebhookSubscriptionMutationVariables = Exact<{
  input: UpdateWebhookSubscriptionInput;
}>;


export type UpdateWebhookSubscriptionMutation = { __typename?: 'Mutation', updateWebhookSubscription: { __typename?: 'UpdateWebhookSubscriptionPayload', webhookSubscription?: { __typename?: 'WebhookSubscription', id: string, url: string, events: Array<WebhookEventType>, active: boolean, createdAt: string, updatedAt: string } | null, errors: Array<{ __typename?: 'InputError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename?: 'InvalidCredentialsError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename?: 'NotFoundError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename?: 'ResetTokenError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename?: 'TooManyAttemptsError', code: UserErrorCode, message: string, field?: Array<string> | null } | { __typename?: 'WeakPasswordError', code: UserErrorCode, message: string, field?: Array<string> | null }> } };

export type WebhookDeliveriesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type WebhookDeliveriesQuery = { __typename?: 'Query', node?: { __typename?: 'Achievement', id: string } | { __typename?: 'Assessment', id: string } | { __typename?: 'Award', id: string } | { __typename?: 'Cohort', id: string } | { __typename?: 'Evidence', id: string } | { __typename?: 'Experience', id: string } | { __typename?: 'Institution', id: string } | { __typename?: 'IntegratorClient', id: string } | { __typename?: 'Issuer', id: string } | { __typename?: 'Person', id: string } | { __typename?: 'PersonalAccessToken', id: string } | { __typename?: 'Programme', id: string } | { __typename?: 'RubricCriterion', id: string } | { __typename?: 'Skill', id: string } | { __typename?: 'SkillFramework', id: string } | { __typename?: 'SsoConnection', id: string } | { __typename?: 'Term', id: string } | { __typename?: 'WebhookDelivery', id: string } | { __typename?: 'WebhookSubscription', id: string, deliveries: { __typename?: 'WebhookDeliveryConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'WebhookDelivery', id: string, eventId: string, eventType: WebhookEventType, status: WebhookDeliveryStatus, attemptCount: number, lastHttpStatus?: number | null, lastError?: string | null, createdAt: string, lastAttemptAt?: string | null, deliveredAt?: string | null, nextAttemptAt?: string | null }> } } | null };

export type WebhookDeliveryRowFragment = { __typename?: 'WebhookDelivery', id: string, eventId: string, eventType: WebhookEventType, status: WebhookDeliveryStatus, attemptCount: number, lastHttpStatus?: number | null, lastError?: string | null, createdAt: string, lastAttemptAt?: string | null, deliveredAt?: string | null, nextAttemptAt?: string | null };

export type WebhookSubscriptionRowFragment = { __typename?: 'WebhookSubscription', id: string, url: string, events: Array<WebhookEventType>, active: boolean, createdAt: string, updatedAt: string };

export type WebhookSubscriptionsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type WebhookSubscriptionsQuery = { __typename?: 'Query', webhookSubscriptions: { __typename?: 'WebhookSubscriptionConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'WebhookSubscription', id: string, url: string, events: Array<WebhookEventType>, active: boolean, createdAt: string, updatedAt: string }> } };

export const AdvisorCohortSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdvisorCohortSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cohort"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entryTerm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AdvisorCohortSummaryFragment, unknown>;
export const CohortProgressRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CohortProgressRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CohortProgressRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"learner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"earnedCount"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"bestLevel"}},{"kind":"Field","name":{"kind":"Name","value":"bestLevelName"}}]}}]}}]} as unknown as DocumentNode<CohortProgressRowFieldsFragment, unknown>;
export const ExportableAwardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportableAward"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Award"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateReason"}},{"kind":"Field","name":{"kind":"Name","value":"achievement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ExportableAwardFragment, unknown>;
export const IntegratorClientRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntegratorClientRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntegratorClient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<IntegratorClientRowFragment, unknown>;
export const PersonalAccessTokenRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonalAccessTokenRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonalAccessToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tokenPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<PersonalAccessTokenRowFragment, unknown>;
export const LearnerAwardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LearnerAward"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Award"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateReason"}},{"kind":"Field","name":{"kind":"Name","value":"credentialUrl"}},{"kind":"Field","name":{"kind":"Name","value":"achievement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"achievementType"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<LearnerAwardFragment, unknown>;
export const LearnerEvidenceFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LearnerEvidence"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"experience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<LearnerEvidenceFragment, unknown>;
export const LearnerExperienceFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LearnerExperience"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Experience"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"term"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}}]}}]}}]} as unknown as DocumentNode<LearnerExperienceFragment, unknown>;
export const LearnerSkillProgressFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LearnerSkillProgress"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SkillProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"earnedCount"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"bestLevel"}},{"kind":"Field","name":{"kind":"Name","value":"bestLevelName"}},{"kind":"Field","name":{"kind":"Name","value":"maxLevel"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"lastAssessedAt"}}]}}]} as unknown as DocumentNode<LearnerSkillProgressFragment, unknown>;
export const ViewerFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ViewerFieldsFragment, unknown>;
export const VerificationReportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VerificationReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VerificationReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"credential"}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<VerificationReportFieldsFragment, unknown>;
export const WebhookDeliveryRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookDeliveryRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attemptCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastHttpStatus"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}}]}}]} as unknown as DocumentNode<WebhookDeliveryRowFragment, unknown>;
export const WebhookSubscriptionRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookSubscriptionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookSubscription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<WebhookSubscriptionRowFragment, unknown>;
export const AdvisedCohortsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdvisedCohorts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"advisedCohorts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdvisorCohortSummary"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdvisorCohortSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cohort"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entryTerm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AdvisedCohortsQuery, AdvisedCohortsQueryVariables>;
export const CohortProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CohortProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cohort"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdvisorCohortSummary"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CohortProgressRowFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdvisorCohortSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cohort"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entryTerm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CohortProgressRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CohortProgressRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"learner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"earnedCount"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"bestLevel"}},{"kind":"Field","name":{"kind":"Name","value":"bestLevelName"}}]}}]}}]} as unknown as DocumentNode<CohortProgressQuery, CohortProgressQueryVariables>;
export const ExportClrDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportClr"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportClrInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportClr"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clr"}},{"kind":"Field","name":{"kind":"Name","value":"jwt"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ExportClrMutation, ExportClrMutationVariables>;
export const ExportableAwardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportableAwards"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"awards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExportableAward"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportableAward"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Award"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateReason"}},{"kind":"Field","name":{"kind":"Name","value":"achievement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ExportableAwardsQuery, ExportableAwardsQueryVariables>;
export const CreateIntegratorClientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateIntegratorClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateIntegratorClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createIntegratorClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientSecret"}},{"kind":"Field","name":{"kind":"Name","value":"integratorClient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntegratorClientRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntegratorClientRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntegratorClient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<CreateIntegratorClientMutation, CreateIntegratorClientMutationVariables>;
export const CreatePersonalAccessTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePersonalAccessToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePersonalAccessTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPersonalAccessToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"personalAccessToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonalAccessTokenRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonalAccessTokenRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonalAccessToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tokenPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<CreatePersonalAccessTokenMutation, CreatePersonalAccessTokenMutationVariables>;
export const IntegratorClientsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IntegratorClients"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"integratorClients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntegratorClientRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntegratorClientRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntegratorClient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<IntegratorClientsQuery, IntegratorClientsQueryVariables>;
export const PersonalAccessTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonalAccessTokens"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personalAccessTokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonalAccessTokenRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonalAccessTokenRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonalAccessToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tokenPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<PersonalAccessTokensQuery, PersonalAccessTokensQueryVariables>;
export const RevokeIntegratorClientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeIntegratorClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeIntegratorClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeIntegratorClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"integratorClient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IntegratorClientRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IntegratorClientRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntegratorClient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<RevokeIntegratorClientMutation, RevokeIntegratorClientMutationVariables>;
export const RevokePersonalAccessTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokePersonalAccessToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokePersonalAccessTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokePersonalAccessToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personalAccessToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonalAccessTokenRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonalAccessTokenRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PersonalAccessToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tokenPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<RevokePersonalAccessTokenMutation, RevokePersonalAccessTokenMutationVariables>;
export const LearnerHomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LearnerHome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"skillsFirst"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"awardsFirst"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"evidenceFirst"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"experiencesFirst"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"skillProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"skillsFirst"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LearnerSkillProgress"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"awards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"awardsFirst"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LearnerAward"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"evidenceFirst"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LearnerEvidence"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"experiences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"experiencesFirst"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LearnerExperience"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LearnerSkillProgress"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SkillProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"earnedCount"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"bestLevel"}},{"kind":"Field","name":{"kind":"Name","value":"bestLevelName"}},{"kind":"Field","name":{"kind":"Name","value":"maxLevel"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"lastAssessedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LearnerAward"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Award"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateReason"}},{"kind":"Field","name":{"kind":"Name","value":"credentialUrl"}},{"kind":"Field","name":{"kind":"Name","value":"achievement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"achievementType"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LearnerEvidence"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"experience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LearnerExperience"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Experience"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"term"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}}]}}]}}]} as unknown as DocumentNode<LearnerHomeQuery, LearnerHomeQueryVariables>;
export const RequestPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestPasswordResetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignOutInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const SsoOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SsoOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"institutionSlug"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ssoOptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"institutionSlug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"institutionSlug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startUrl"}}]}}]}}]} as unknown as DocumentNode<SsoOptionsQuery, SsoOptionsQueryVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const VerifyCredentialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyCredential"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyCredentialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyCredential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VerificationReportFields"}},{"kind":"Field","name":{"kind":"Name","value":"nested"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VerificationReportFields"}},{"kind":"Field","name":{"kind":"Name","value":"nested"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VerificationReportFields"}},{"kind":"Field","name":{"kind":"Name","value":"nested"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VerificationReportFields"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VerificationReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VerificationReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"credential"}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<VerifyCredentialMutation, VerifyCredentialMutationVariables>;
export const CreateWebhookSubscriptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWebhookSubscription"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookSubscriptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhookSubscription"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"webhookSubscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookSubscriptionRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookSubscriptionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookSubscription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CreateWebhookSubscriptionMutation, CreateWebhookSubscriptionMutationVariables>;
export const DeleteWebhookSubscriptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteWebhookSubscription"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteWebhookSubscriptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWebhookSubscription"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedWebhookSubscriptionId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteWebhookSubscriptionMutation, DeleteWebhookSubscriptionMutationVariables>;
export const RedeliverWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedeliverWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RedeliverWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redeliverWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookDelivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookDeliveryRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookDeliveryRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attemptCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastHttpStatus"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}}]}}]} as unknown as DocumentNode<RedeliverWebhookMutation, RedeliverWebhookMutationVariables>;
export const RotateWebhookSecretDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateWebhookSecret"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RotateWebhookSecretInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateWebhookSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"webhookSubscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookSubscriptionRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookSubscriptionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookSubscription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<RotateWebhookSecretMutation, RotateWebhookSecretMutationVariables>;
export const UpdateWebhookSubscriptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateWebhookSubscription"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWebhookSubscriptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWebhookSubscription"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookSubscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookSubscriptionRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookSubscriptionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookSubscription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateWebhookSubscriptionMutation, UpdateWebhookSubscriptionMutationVariables>;
export const WebhookDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookSubscription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookDeliveryRow"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookDeliveryRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attemptCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastHttpStatus"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}}]}}]} as unknown as DocumentNode<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;
export const WebhookSubscriptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookSubscriptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookSubscriptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookSubscriptionRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookSubscriptionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookSubscription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<WebhookSubscriptionsQuery, WebhookSubscriptionsQueryVariables>;