/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query AdvisedCohorts($first: Int!, $after: String) {\n  viewer {\n    person {\n      id\n      advisedCohorts(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...AdvisorCohortSummary\n        }\n      }\n    }\n  }\n}": typeof types.AdvisedCohortsDocument,
    "fragment AdvisorCohortSummary on Cohort {\n  id\n  name\n  memberCount\n  programme {\n    id\n    code\n    name\n  }\n  entryTerm {\n    id\n    name\n  }\n  skills {\n    id\n    name\n  }\n}": typeof types.AdvisorCohortSummaryFragmentDoc,
    "query CohortProgress($cohortId: ID!, $first: Int!, $after: String) {\n  node(id: $cohortId) {\n    __typename\n    id\n    ... on Cohort {\n      ...AdvisorCohortSummary\n      progress(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...CohortProgressRowFields\n        }\n      }\n    }\n  }\n}": typeof types.CohortProgressDocument,
    "fragment CohortProgressRowFields on CohortProgressRow {\n  learner {\n    id\n    displayName\n    email\n  }\n  cells {\n    skill {\n      id\n    }\n    earnedCount\n    assessmentCount\n    bestLevel\n    bestLevelName\n  }\n}": typeof types.CohortProgressRowFieldsFragmentDoc,
    "mutation ExportClr($input: ExportClrInput!) {\n  exportClr(input: $input) {\n    clr\n    jwt\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": typeof types.ExportClrDocument,
    "fragment ExportableAward on Award {\n  id\n  issuedAt\n  state\n  stateReason\n  achievement {\n    id\n    name\n    issuer {\n      id\n      name\n    }\n  }\n}": typeof types.ExportableAwardFragmentDoc,
    "query ExportableAwards($first: Int!) {\n  viewer {\n    person {\n      id\n      displayName\n      awards(first: $first) {\n        totalCount\n        nodes {\n          ...ExportableAward\n        }\n      }\n    }\n  }\n}": typeof types.ExportableAwardsDocument,
    "mutation CreateIntegratorClient($input: CreateIntegratorClientInput!) {\n  createIntegratorClient(input: $input) {\n    clientSecret\n    integratorClient {\n      ...IntegratorClientRow\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": typeof types.CreateIntegratorClientDocument,
    "mutation CreatePersonalAccessToken($input: CreatePersonalAccessTokenInput!) {\n  createPersonalAccessToken(input: $input) {\n    token\n    personalAccessToken {\n      ...PersonalAccessTokenRow\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": typeof types.CreatePersonalAccessTokenDocument,
    "fragment IntegratorClientRow on IntegratorClient {\n  id\n  name\n  clientId\n  scopes\n  createdAt\n  lastUsedAt\n  revokedAt\n}": typeof types.IntegratorClientRowFragmentDoc,
    "query IntegratorClients($first: Int!, $after: String) {\n  integratorClients(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...IntegratorClientRow\n    }\n  }\n}": typeof types.IntegratorClientsDocument,
    "fragment PersonalAccessTokenRow on PersonalAccessToken {\n  id\n  name\n  tokenPrefix\n  scopes\n  createdAt\n  expiresAt\n  lastUsedAt\n  revokedAt\n}": typeof types.PersonalAccessTokenRowFragmentDoc,
    "query PersonalAccessTokens($first: Int!, $after: String) {\n  viewer {\n    personalAccessTokens(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...PersonalAccessTokenRow\n      }\n    }\n  }\n}": typeof types.PersonalAccessTokensDocument,
    "mutation RevokeIntegratorClient($input: RevokeIntegratorClientInput!) {\n  revokeIntegratorClient(input: $input) {\n    integratorClient {\n      ...IntegratorClientRow\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": typeof types.RevokeIntegratorClientDocument,
    "mutation RevokePersonalAccessToken($input: RevokePersonalAccessTokenInput!) {\n  revokePersonalAccessToken(input: $input) {\n    personalAccessToken {\n      ...PersonalAccessTokenRow\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": typeof types.RevokePersonalAccessTokenDocument,
    "fragment LearnerAward on Award {\n  id\n  issuedAt\n  validUntil\n  state\n  stateReason\n  credentialUrl\n  achievement {\n    id\n    name\n    achievementType\n    issuer {\n      id\n      name\n    }\n    alignments {\n      id\n      name\n    }\n  }\n}": typeof types.LearnerAwardFragmentDoc,
    "fragment LearnerEvidence on Evidence {\n  id\n  title\n  kind\n  url\n  submittedAt\n  experience {\n    id\n    code\n    title\n  }\n}": typeof types.LearnerEvidenceFragmentDoc,
    "fragment LearnerExperience on Experience {\n  id\n  code\n  title\n  kind\n  term {\n    id\n    name\n    startsOn\n  }\n}": typeof types.LearnerExperienceFragmentDoc,
    "query LearnerHome($skillsFirst: Int!, $awardsFirst: Int!, $evidenceFirst: Int!, $experiencesFirst: Int!) {\n  viewer {\n    person {\n      id\n      skillProgress(first: $skillsFirst) {\n        totalCount\n        nodes {\n          ...LearnerSkillProgress\n        }\n      }\n      awards(first: $awardsFirst) {\n        totalCount\n        nodes {\n          ...LearnerAward\n        }\n      }\n      evidence(first: $evidenceFirst) {\n        totalCount\n        nodes {\n          ...LearnerEvidence\n        }\n      }\n      experiences(first: $experiencesFirst) {\n        totalCount\n        nodes {\n          ...LearnerExperience\n        }\n      }\n    }\n  }\n}": typeof types.LearnerHomeDocument,
    "fragment LearnerSkillProgress on SkillProgress {\n  skill {\n    id\n    name\n    code\n  }\n  earnedCount\n  assessmentCount\n  bestLevel\n  bestLevelName\n  maxLevel\n  progress\n  lastAssessedAt\n}": typeof types.LearnerSkillProgressFragmentDoc,
    "mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n  requestPasswordReset(input: $input) {\n    accepted\n    errors {\n      __typename\n      code\n      message\n      field\n    }\n  }\n}": typeof types.RequestPasswordResetDocument,
    "mutation ResetPassword($input: ResetPasswordInput!) {\n  resetPassword(input: $input) {\n    ok\n    errors {\n      __typename\n      code\n      message\n      field\n    }\n  }\n}": typeof types.ResetPasswordDocument,
    "mutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    viewer {\n      ...ViewerFields\n    }\n    errors {\n      __typename\n      code\n      message\n      field\n    }\n  }\n}": typeof types.SignInDocument,
    "mutation SignOut($input: SignOutInput!) {\n  signOut(input: $input) {\n    viewer {\n      ...ViewerFields\n    }\n  }\n}": typeof types.SignOutDocument,
    "query SsoOptions($institutionSlug: String) {\n  ssoOptions(institutionSlug: $institutionSlug) {\n    name\n    startUrl\n  }\n}": typeof types.SsoOptionsDocument,
    "query Viewer {\n  viewer {\n    ...ViewerFields\n  }\n}": typeof types.ViewerDocument,
    "fragment ViewerFields on Viewer {\n  roles\n  person {\n    id\n    displayName\n    email\n  }\n  institution {\n    id\n    name\n  }\n}": typeof types.ViewerFieldsFragmentDoc,
    "fragment VerificationReportFields on VerificationReport {\n  valid\n  format\n  credential\n  checks {\n    id\n    status\n    message\n  }\n}": typeof types.VerificationReportFieldsFragmentDoc,
    "mutation VerifyCredential($input: VerifyCredentialInput!) {\n  verifyCredential(input: $input) {\n    errors {\n      code\n      message\n      field\n    }\n    report {\n      ...VerificationReportFields\n      nested {\n        ...VerificationReportFields\n        nested {\n          ...VerificationReportFields\n          nested {\n            ...VerificationReportFields\n          }\n        }\n      }\n    }\n  }\n}": typeof types.VerifyCredentialDocument,
    "mutation CreateWebhookSubscription($input: CreateWebhookSubscriptionInput!) {\n  createWebhookSubscription(input: $input) {\n    secret\n    webhookSubscription {\n      ...WebhookSubscriptionRow\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": typeof types.CreateWebhookSubscriptionDocument,
    "mutation DeleteWebhookSubscription($input: DeleteWebhookSubscriptionInput!) {\n  deleteWebhookSubscription(input: $input) {\n    deletedWebhookSubscriptionId\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": typeof types.DeleteWebhookSubscriptionDocument,
    "mutation RedeliverWebhook($input: RedeliverWebhookInput!) {\n  redeliverWebhook(input: $input) {\n    webhookDelivery {\n      ...WebhookDeliveryRow\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": typeof types.RedeliverWebhookDocument,
    "mutation RotateWebhookSecret($input: RotateWebhookSecretInput!) {\n  rotateWebhookSecret(input: $input) {\n    secret\n    webhookSubscription {\n      ...WebhookSubscriptionRow\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": typeof types.RotateWebhookSecretDocument,
    "mutation UpdateWebhookSubscription($input: UpdateWebhookSubscriptionInput!) {\n  updateWebhookSubscription(input: $input) {\n    webhookSubscription {\n      ...WebhookSubscriptionRow\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": typeof types.UpdateWebhookSubscriptionDocument,
    "query WebhookDeliveries($id: ID!, $first: Int!, $after: String) {\n  node(id: $id) {\n    id\n    ... on WebhookSubscription {\n      deliveries(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...WebhookDeliveryRow\n        }\n      }\n    }\n  }\n}": typeof types.WebhookDeliveriesDocument,
    "fragment WebhookDeliveryRow on WebhookDelivery {\n  id\n  eventId\n  eventType\n  status\n  attemptCount\n  lastHttpStatus\n  lastError\n  createdAt\n  lastAttemptAt\n  deliveredAt\n  nextAttemptAt\n}": typeof types.WebhookDeliveryRowFragmentDoc,
    "fragment WebhookSubscriptionRow on WebhookSubscription {\n  id\n  url\n  events\n  active\n  createdAt\n  updatedAt\n}": typeof types.WebhookSubscriptionRowFragmentDoc,
    "query WebhookSubscriptions($first: Int!, $after: String) {\n  webhookSubscriptions(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...WebhookSubscriptionRow\n    }\n  }\n}": typeof types.WebhookSubscriptionsDocument,
};
const documents: Documents = {
    "query AdvisedCohorts($first: Int!, $after: String) {\n  viewer {\n    person {\n      id\n      advisedCohorts(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...AdvisorCohortSummary\n        }\n      }\n    }\n  }\n}": types.AdvisedCohortsDocument,
    "fragment AdvisorCohortSummary on Cohort {\n  id\n  name\n  memberCount\n  programme {\n    id\n    code\n    name\n  }\n  entryTerm {\n    id\n    name\n  }\n  skills {\n    id\n    name\n  }\n}": types.AdvisorCohortSummaryFragmentDoc,
    "query CohortProgress($cohortId: ID!, $first: Int!, $after: String) {\n  node(id: $cohortId) {\n    __typename\n    id\n    ... on Cohort {\n      ...AdvisorCohortSummary\n      progress(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...CohortProgressRowFields\n        }\n      }\n    }\n  }\n}": types.CohortProgressDocument,
    "fragment CohortProgressRowFields on CohortProgressRow {\n  learner {\n    id\n    displayName\n    email\n  }\n  cells {\n    skill {\n      id\n    }\n    earnedCount\n    assessmentCount\n    bestLevel\n    bestLevelName\n  }\n}": types.CohortProgressRowFieldsFragmentDoc,
    "mutation ExportClr($input: ExportClrInput!) {\n  exportClr(input: $input) {\n    clr\n    jwt\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": types.ExportClrDocument,
    "fragment ExportableAward on Award {\n  id\n  issuedAt\n  state\n  stateReason\n  achievement {\n    id\n    name\n    issuer {\n      id\n      name\n    }\n  }\n}": types.ExportableAwardFragmentDoc,
    "query ExportableAwards($first: Int!) {\n  viewer {\n    person {\n      id\n      displayName\n      awards(first: $first) {\n        totalCount\n        nodes {\n          ...ExportableAward\n        }\n      }\n    }\n  }\n}": types.ExportableAwardsDocument,
    "mutation CreateIntegratorClient($input: CreateIntegratorClientInput!) {\n  createIntegratorClient(input: $input) {\n    clientSecret\n    integratorClient {\n      ...IntegratorClientRow\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": types.CreateIntegratorClientDocument,
    "mutation CreatePersonalAccessToken($input: CreatePersonalAccessTokenInput!) {\n  createPersonalAccessToken(input: $input) {\n    token\n    personalAccessToken {\n      ...PersonalAccessTokenRow\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": types.CreatePersonalAccessTokenDocument,
    "fragment IntegratorClientRow on IntegratorClient {\n  id\n  name\n  clientId\n  scopes\n  createdAt\n  lastUsedAt\n  revokedAt\n}": types.IntegratorClientRowFragmentDoc,
    "query IntegratorClients($first: Int!, $after: String) {\n  integratorClients(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...IntegratorClientRow\n    }\n  }\n}": types.IntegratorClientsDocument,
    "fragment PersonalAccessTokenRow on PersonalAccessToken {\n  id\n  name\n  tokenPrefix\n  scopes\n  createdAt\n  expiresAt\n  lastUsedAt\n  revokedAt\n}": types.PersonalAccessTokenRowFragmentDoc,
    "query PersonalAccessTokens($first: Int!, $after: String) {\n  viewer {\n    personalAccessTokens(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...PersonalAccessTokenRow\n      }\n    }\n  }\n}": types.PersonalAccessTokensDocument,
    "mutation RevokeIntegratorClient($input: RevokeIntegratorClientInput!) {\n  revokeIntegratorClient(input: $input) {\n    integratorClient {\n      ...IntegratorClientRow\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": types.RevokeIntegratorClientDocument,
    "mutation RevokePersonalAccessToken($input: RevokePersonalAccessTokenInput!) {\n  revokePersonalAccessToken(input: $input) {\n    personalAccessToken {\n      ...PersonalAccessTokenRow\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": types.RevokePersonalAccessTokenDocument,
    "fragment LearnerAward on Award {\n  id\n  issuedAt\n  validUntil\n  state\n  stateReason\n  credentialUrl\n  achievement {\n    id\n    name\n    achievementType\n    issuer {\n      id\n      name\n    }\n    alignments {\n      id\n      name\n    }\n  }\n}": types.LearnerAwardFragmentDoc,
    "fragment LearnerEvidence on Evidence {\n  id\n  title\n  kind\n  url\n  submittedAt\n  experience {\n    id\n    code\n    title\n  }\n}": types.LearnerEvidenceFragmentDoc,
    "fragment LearnerExperience on Experience {\n  id\n  code\n  title\n  kind\n  term {\n    id\n    name\n    startsOn\n  }\n}": types.LearnerExperienceFragmentDoc,
    "query LearnerHome($skillsFirst: Int!, $awardsFirst: Int!, $evidenceFirst: Int!, $experiencesFirst: Int!) {\n  viewer {\n    person {\n      id\n      skillProgress(first: $skillsFirst) {\n        totalCount\n        nodes {\n          ...LearnerSkillProgress\n        }\n      }\n      awards(first: $awardsFirst) {\n        totalCount\n        nodes {\n          ...LearnerAward\n        }\n      }\n      evidence(first: $evidenceFirst) {\n        totalCount\n        nodes {\n          ...LearnerEvidence\n        }\n      }\n      experiences(first: $experiencesFirst) {\n        totalCount\n        nodes {\n          ...LearnerExperience\n        }\n      }\n    }\n  }\n}": types.LearnerHomeDocument,
    "fragment LearnerSkillProgress on SkillProgress {\n  skill {\n    id\n    name\n    code\n  }\n  earnedCount\n  assessmentCount\n  bestLevel\n  bestLevelName\n  maxLevel\n  progress\n  lastAssessedAt\n}": types.LearnerSkillProgressFragmentDoc,
    "mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n  requestPasswordReset(input: $input) {\n    accepted\n    errors {\n      __typename\n      code\n      message\n      field\n    }\n  }\n}": types.RequestPasswordResetDocument,
    "mutation ResetPassword($input: ResetPasswordInput!) {\n  resetPassword(input: $input) {\n    ok\n    errors {\n      __typename\n      code\n      message\n      field\n    }\n  }\n}": types.ResetPasswordDocument,
    "mutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    viewer {\n      ...ViewerFields\n    }\n    errors {\n      __typename\n      code\n      message\n      field\n    }\n  }\n}": types.SignInDocument,
    "mutation SignOut($input: SignOutInput!) {\n  signOut(input: $input) {\n    viewer {\n      ...ViewerFields\n    }\n  }\n}": types.SignOutDocument,
    "query SsoOptions($institutionSlug: String) {\n  ssoOptions(institutionSlug: $institutionSlug) {\n    name\n    startUrl\n  }\n}": types.SsoOptionsDocument,
    "query Viewer {\n  viewer {\n    ...ViewerFields\n  }\n}": types.ViewerDocument,
    "fragment ViewerFields on Viewer {\n  roles\n  person {\n    id\n    displayName\n    email\n  }\n  institution {\n    id\n    name\n  }\n}": types.ViewerFieldsFragmentDoc,
    "fragment VerificationReportFields on VerificationReport {\n  valid\n  format\n  credential\n  checks {\n    id\n    status\n    message\n  }\n}": types.VerificationReportFieldsFragmentDoc,
    "mutation VerifyCredential($input: VerifyCredentialInput!) {\n  verifyCredential(input: $input) {\n    errors {\n      code\n      message\n      field\n    }\n    report {\n      ...VerificationReportFields\n      nested {\n        ...VerificationReportFields\n        nested {\n          ...VerificationReportFields\n          nested {\n            ...VerificationReportFields\n          }\n        }\n      }\n    }\n  }\n}": types.VerifyCredentialDocument,
    "mutation CreateWebhookSubscription($input: CreateWebhookSubscriptionInput!) {\n  createWebhookSubscription(input: $input) {\n    secret\n    webhookSubscription {\n      ...WebhookSubscriptionRow\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": types.CreateWebhookSubscriptionDocument,
    "mutation DeleteWebhookSubscription($input: DeleteWebhookSubscriptionInput!) {\n  deleteWebhookSubscription(input: $input) {\n    deletedWebhookSubscriptionId\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": types.DeleteWebhookSubscriptionDocument,
    "mutation RedeliverWebhook($input: RedeliverWebhookInput!) {\n  redeliverWebhook(input: $input) {\n    webhookDelivery {\n      ...WebhookDeliveryRow\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": types.RedeliverWebhookDocument,
    "mutation RotateWebhookSecret($input: RotateWebhookSecretInput!) {\n  rotateWebhookSecret(input: $input) {\n    secret\n    webhookSubscription {\n      ...WebhookSubscriptionRow\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": types.RotateWebhookSecretDocument,
    "mutation UpdateWebhookSubscription($input: UpdateWebhookSubscriptionInput!) {\n  updateWebhookSubscription(input: $input) {\n    webhookSubscription {\n      ...WebhookSubscriptionRow\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}": types.UpdateWebhookSubscriptionDocument,
    "query WebhookDeliveries($id: ID!, $first: Int!, $after: String) {\n  node(id: $id) {\n    id\n    ... on WebhookSubscription {\n      deliveries(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...WebhookDeliveryRow\n        }\n      }\n    }\n  }\n}": types.WebhookDeliveriesDocument,
    "fragment WebhookDeliveryRow on WebhookDelivery {\n  id\n  eventId\n  eventType\n  status\n  attemptCount\n  lastHttpStatus\n  lastError\n  createdAt\n  lastAttemptAt\n  deliveredAt\n  nextAttemptAt\n}": types.WebhookDeliveryRowFragmentDoc,
    "fragment WebhookSubscriptionRow on WebhookSubscription {\n  id\n  url\n  events\n  active\n  createdAt\n  updatedAt\n}": types.WebhookSubscriptionRowFragmentDoc,
    "query WebhookSubscriptions($first: Int!, $after: String) {\n  webhookSubscriptions(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...WebhookSubscriptionRow\n    }\n  }\n}": types.WebhookSubscriptionsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdvisedCohorts($first: Int!, $after: String) {\n  viewer {\n    person {\n      id\n      advisedCohorts(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...AdvisorCohortSummary\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query AdvisedCohorts($first: Int!, $after: String) {\n  viewer {\n    person {\n      id\n      advisedCohorts(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...AdvisorCohortSummary\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AdvisorCohortSummary on Cohort {\n  id\n  name\n  memberCount\n  programme {\n    id\n    code\n    name\n  }\n  entryTerm {\n    id\n    name\n  }\n  skills {\n    id\n    name\n  }\n}"): (typeof documents)["fragment AdvisorCohortSummary on Cohort {\n  id\n  name\n  memberCount\n  programme {\n    id\n    code\n    name\n  }\n  entryTerm {\n    id\n    name\n  }\n  skills {\n    id\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CohortProgress($cohortId: ID!, $first: Int!, $after: String) {\n  node(id: $cohortId) {\n    __typename\n    id\n    ... on Cohort {\n      ...AdvisorCohortSummary\n      progress(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...CohortProgressRowFields\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query CohortProgress($cohortId: ID!, $first: Int!, $after: String) {\n  node(id: $cohortId) {\n    __typename\n    id\n    ... on Cohort {\n      ...AdvisorCohortSummary\n      progress(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...CohortProgressRowFields\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CohortProgressRowFields on CohortProgressRow {\n  learner {\n    id\n    displayName\n    email\n  }\n  cells {\n    skill {\n      id\n    }\n    earnedCount\n    assessmentCount\n    bestLevel\n    bestLevelName\n  }\n}"): (typeof documents)["fragment CohortProgressRowFields on CohortProgressRow {\n  learner {\n    id\n    displayName\n    email\n  }\n  cells {\n    skill {\n      id\n    }\n    earnedCount\n    assessmentCount\n    bestLevel\n    bestLevelName\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExportClr($input: ExportClrInput!) {\n  exportClr(input: $input) {\n    clr\n    jwt\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"): (typeof documents)["mutation ExportClr($input: ExportClrInput!) {\n  exportClr(input: $input) {\n    clr\n    jwt\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ExportableAward on Award {\n  id\n  issuedAt\n  state\n  stateReason\n  achievement {\n    id\n    name\n    issuer {\n      id\n      name\n    }\n  }\n}"): (typeof documents)["fragment ExportableAward on Award {\n  id\n  issuedAt\n  state\n  stateReason\n  achievement {\n    id\n    name\n    issuer {\n      id\n      name\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExportableAwards($first: Int!) {\n  viewer {\n    person {\n      id\n      displayName\n      awards(first: $first) {\n        totalCount\n        nodes {\n          ...ExportableAward\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query ExportableAwards($first: Int!) {\n  viewer {\n    person {\n      id\n      displayName\n      awards(first: $first) {\n        totalCount\n        nodes {\n          ...ExportableAward\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateIntegratorClient($input: CreateIntegratorClientInput!) {\n  createIntegratorClient(input: $input) {\n    clientSecret\n    integratorClient {\n      ...IntegratorClientRow\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"): (typeof documents)["mutation CreateIntegratorClient($input: CreateIntegratorClientInput!) {\n  createIntegratorClient(input: $input) {\n    clientSecret\n    integratorClient {\n      ...IntegratorClientRow\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreatePersonalAccessToken($input: CreatePersonalAccessTokenInput!) {\n  createPersonalAccessToken(input: $input) {\n    token\n    personalAccessToken {\n      ...PersonalAccessTokenRow\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"): (typeof documents)["mutation CreatePersonalAccessToken($input: CreatePersonalAccessTokenInput!) {\n  createPersonalAccessToken(input: $input) {\n    token\n    personalAccessToken {\n      ...PersonalAccessTokenRow\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment IntegratorClientRow on IntegratorClient {\n  id\n  name\n  clientId\n  scopes\n  createdAt\n  lastUsedAt\n  revokedAt\n}"): (typeof documents)["fragment IntegratorClientRow on IntegratorClient {\n  id\n  name\n  clientId\n  scopes\n  createdAt\n  lastUsedAt\n  revokedAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IntegratorClients($first: Int!, $after: String) {\n  integratorClients(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...IntegratorClientRow\n    }\n  }\n}"): (typeof documents)["query IntegratorClients($first: Int!, $after: String) {\n  integratorClients(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...IntegratorClientRow\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PersonalAccessTokenRow on PersonalAccessToken {\n  id\n  name\n  tokenPrefix\n  scopes\n  createdAt\n  expiresAt\n  lastUsedAt\n  revokedAt\n}"): (typeof documents)["fragment PersonalAccessTokenRow on PersonalAccessToken {\n  id\n  name\n  tokenPrefix\n  scopes\n  createdAt\n  expiresAt\n  lastUsedAt\n  revokedAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PersonalAccessTokens($first: Int!, $after: String) {\n  viewer {\n    personalAccessTokens(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...PersonalAccessTokenRow\n      }\n    }\n  }\n}"): (typeof documents)["query PersonalAccessTokens($first: Int!, $after: String) {\n  viewer {\n    personalAccessTokens(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...PersonalAccessTokenRow\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeIntegratorClient($input: RevokeIntegratorClientInput!) {\n  revokeIntegratorClient(input: $input) {\n    integratorClient {\n      ...IntegratorClientRow\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"): (typeof documents)["mutation RevokeIntegratorClient($input: RevokeIntegratorClientInput!) {\n  revokeIntegratorClient(input: $input) {\n    integratorClient {\n      ...IntegratorClientRow\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokePersonalAccessToken($input: RevokePersonalAccessTokenInput!) {\n  revokePersonalAccessToken(input: $input) {\n    personalAccessToken {\n      ...PersonalAccessTokenRow\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"): (typeof documents)["mutation RevokePersonalAccessToken($input: RevokePersonalAccessTokenInput!) {\n  revokePersonalAccessToken(input: $input) {\n    personalAccessToken {\n      ...PersonalAccessTokenRow\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment LearnerAward on Award {\n  id\n  issuedAt\n  validUntil\n  state\n  stateReason\n  credentialUrl\n  achievement {\n    id\n    name\n    achievementType\n    issuer {\n      id\n      name\n    }\n    alignments {\n      id\n      name\n    }\n  }\n}"): (typeof documents)["fragment LearnerAward on Award {\n  id\n  issuedAt\n  validUntil\n  state\n  stateReason\n  credentialUrl\n  achievement {\n    id\n    name\n    achievementType\n    issuer {\n      id\n      name\n    }\n    alignments {\n      id\n      name\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment LearnerEvidence on Evidence {\n  id\n  title\n  kind\n  url\n  submittedAt\n  experience {\n    id\n    code\n    title\n  }\n}"): (typeof documents)["fragment LearnerEvidence on Evidence {\n  id\n  title\n  kind\n  url\n  submittedAt\n  experience {\n    id\n    code\n    title\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment LearnerExperience on Experience {\n  id\n  code\n  title\n  kind\n  term {\n    id\n    name\n    startsOn\n  }\n}"): (typeof documents)["fragment LearnerExperience on Experience {\n  id\n  code\n  title\n  kind\n  term {\n    id\n    name\n    startsOn\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LearnerHome($skillsFirst: Int!, $awardsFirst: Int!, $evidenceFirst: Int!, $experiencesFirst: Int!) {\n  viewer {\n    person {\n      id\n      skillProgress(first: $skillsFirst) {\n        totalCount\n        nodes {\n          ...LearnerSkillProgress\n        }\n      }\n      awards(first: $awardsFirst) {\n        totalCount\n        nodes {\n          ...LearnerAward\n        }\n      }\n      evidence(first: $evidenceFirst) {\n        totalCount\n        nodes {\n          ...LearnerEvidence\n        }\n      }\n      experiences(first: $experiencesFirst) {\n        totalCount\n        nodes {\n          ...LearnerExperience\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query LearnerHome($skillsFirst: Int!, $awardsFirst: Int!, $evidenceFirst: Int!, $experiencesFirst: Int!) {\n  viewer {\n    person {\n      id\n      skillProgress(first: $skillsFirst) {\n        totalCount\n        nodes {\n          ...LearnerSkillProgress\n        }\n      }\n      awards(first: $awardsFirst) {\n        totalCount\n        nodes {\n          ...LearnerAward\n        }\n      }\n      evidence(first: $evidenceFirst) {\n        totalCount\n        nodes {\n          ...LearnerEvidence\n        }\n      }\n      experiences(first: $experiencesFirst) {\n        totalCount\n        nodes {\n          ...LearnerExperience\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment LearnerSkillProgress on SkillProgress {\n  skill {\n    id\n    name\n    code\n  }\n  earnedCount\n  assessmentCount\n  bestLevel\n  bestLevelName\n  maxLevel\n  progress\n  lastAssessedAt\n}"): (typeof documents)["fragment LearnerSkillProgress on SkillProgress {\n  skill {\n    id\n    name\n    code\n  }\n  earnedCount\n  assessmentCount\n  bestLevel\n  bestLevelName\n  maxLevel\n  progress\n  lastAssessedAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n  requestPasswordReset(input: $input) {\n    accepted\n    errors {\n      __typename\n      code\n      message\n      field\n    }\n  }\n}"): (typeof documents)["mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n  requestPasswordReset(input: $input) {\n    accepted\n    errors {\n      __typename\n      code\n      message\n      field\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResetPassword($input: ResetPasswordInput!) {\n  resetPassword(input: $input) {\n    ok\n    errors {\n      __typename\n      code\n      message\n      field\n    }\n  }\n}"): (typeof documents)["mutation ResetPassword($input: ResetPasswordInput!) {\n  resetPassword(input: $input) {\n    ok\n    errors {\n      __typename\n      code\n      message\n      field\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    viewer {\n      ...ViewerFields\n    }\n    errors {\n      __typename\n      code\n      message\n      field\n    }\n  }\n}"): (typeof documents)["mutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    viewer {\n      ...ViewerFields\n    }\n    errors {\n      __typename\n      code\n      message\n      field\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignOut($input: SignOutInput!) {\n  signOut(input: $input) {\n    viewer {\n      ...ViewerFields\n    }\n  }\n}"): (typeof documents)["mutation SignOut($input: SignOutInput!) {\n  signOut(input: $input) {\n    viewer {\n      ...ViewerFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SsoOptions($institutionSlug: String) {\n  ssoOptions(institutionSlug: $institutionSlug) {\n    name\n    startUrl\n  }\n}"): (typeof documents)["query SsoOptions($institutionSlug: String) {\n  ssoOptions(institutionSlug: $institutionSlug) {\n    name\n    startUrl\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Viewer {\n  viewer {\n    ...ViewerFields\n  }\n}"): (typeof documents)["query Viewer {\n  viewer {\n    ...ViewerFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ViewerFields on Viewer {\n  roles\n  person {\n    id\n    displayName\n    email\n  }\n  institution {\n    id\n    name\n  }\n}"): (typeof documents)["fragment ViewerFields on Viewer {\n  roles\n  person {\n    id\n    displayName\n    email\n  }\n  institution {\n    id\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment VerificationReportFields on VerificationReport {\n  valid\n  format\n  credential\n  checks {\n    id\n    status\n    message\n  }\n}"): (typeof documents)["fragment VerificationReportFields on VerificationReport {\n  valid\n  format\n  credential\n  checks {\n    id\n    status\n    message\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VerifyCredential($input: VerifyCredentialInput!) {\n  verifyCredential(input: $input) {\n    errors {\n      code\n      message\n      field\n    }\n    report {\n      ...VerificationReportFields\n      nested {\n        ...VerificationReportFields\n        nested {\n          ...VerificationReportFields\n          nested {\n            ...VerificationReportFields\n          }\n        }\n      }\n    }\n  }\n}"): (typeof documents)["mutation VerifyCredential($input: VerifyCredentialInput!) {\n  verifyCredential(input: $input) {\n    errors {\n      code\n      message\n      field\n    }\n    report {\n      ...VerificationReportFields\n      nested {\n        ...VerificationReportFields\n        nested {\n          ...VerificationReportFields\n          nested {\n            ...VerificationReportFields\n          }\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateWebhookSubscription($input: CreateWebhookSubscriptionInput!) {\n  createWebhookSubscription(input: $input) {\n    secret\n    webhookSubscription {\n      ...WebhookSubscriptionRow\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"): (typeof documents)["mutation CreateWebhookSubscription($input: CreateWebhookSubscriptionInput!) {\n  createWebhookSubscription(input: $input) {\n    secret\n    webhookSubscription {\n      ...WebhookSubscriptionRow\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteWebhookSubscription($input: DeleteWebhookSubscriptionInput!) {\n  deleteWebhookSubscription(input: $input) {\n    deletedWebhookSubscriptionId\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"): (typeof documents)["mutation DeleteWebhookSubscription($input: DeleteWebhookSubscriptionInput!) {\n  deleteWebhookSubscription(input: $input) {\n    deletedWebhookSubscriptionId\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RedeliverWebhook($input: RedeliverWebhookInput!) {\n  redeliverWebhook(input: $input) {\n    webhookDelivery {\n      ...WebhookDeliveryRow\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"): (typeof documents)["mutation RedeliverWebhook($input: RedeliverWebhookInput!) {\n  redeliverWebhook(input: $input) {\n    webhookDelivery {\n      ...WebhookDeliveryRow\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RotateWebhookSecret($input: RotateWebhookSecretInput!) {\n  rotateWebhookSecret(input: $input) {\n    secret\n    webhookSubscription {\n      ...WebhookSubscriptionRow\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"): (typeof documents)["mutation RotateWebhookSecret($input: RotateWebhookSecretInput!) {\n  rotateWebhookSecret(input: $input) {\n    secret\n    webhookSubscription {\n      ...WebhookSubscriptionRow\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateWebhookSubscription($input: UpdateWebhookSubscriptionInput!) {\n  updateWebhookSubscription(input: $input) {\n    webhookSubscription {\n      ...WebhookSubscriptionRow\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"): (typeof documents)["mutation UpdateWebhookSubscription($input: UpdateWebhookSubscriptionInput!) {\n  updateWebhookSubscription(input: $input) {\n    webhookSubscription {\n      ...WebhookSubscriptionRow\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WebhookDeliveries($id: ID!, $first: Int!, $after: String) {\n  node(id: $id) {\n    id\n    ... on WebhookSubscription {\n      deliveries(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...WebhookDeliveryRow\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query WebhookDeliveries($id: ID!, $first: Int!, $after: String) {\n  node(id: $id) {\n    id\n    ... on WebhookSubscription {\n      deliveries(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...WebhookDeliveryRow\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment WebhookDeliveryRow on WebhookDelivery {\n  id\n  eventId\n  eventType\n  status\n  attemptCount\n  lastHttpStatus\n  lastError\n  createdAt\n  lastAttemptAt\n  deliveredAt\n  nextAttemptAt\n}"): (typeof documents)["fragment WebhookDeliveryRow on WebhookDelivery {\n  id\n  eventId\n  eventType\n  status\n  attemptCount\n  lastHttpStatus\n  lastError\n  createdAt\n  lastAttemptAt\n  deliveredAt\n  nextAttemptAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment WebhookSubscriptionRow on WebhookSubscription {\n  id\n  url\n  events\n  active\n  createdAt\n  updatedAt\n}"): (typeof documents)["fragment WebhookSubscriptionRow on WebhookSubscription {\n  id\n  url\n  events\n  active\n  createdAt\n  updatedAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WebhookSubscriptions($first: Int!, $after: String) {\n  webhookSubscriptions(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...WebhookSubscriptionRow\n    }\n  }\n}"): (typeof documents)["query WebhookSubscriptions($first: Int!, $after: String) {\n  webhookSubscriptions(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...WebhookSubscriptionRow\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;