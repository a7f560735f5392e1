/**
 * Who may call each root field of the GraphQL API — the role gate only (resource checks are the policies' job and
 * are tested in enumeration.int-spec.ts). authorization-matrix.int-spec.ts calls every field as every role over
 * HTTP and fails when a field has no row, a row names a field that is gone, or the server disagrees with a cell.
 *
 * deny means: UNAUTHENTICATED for anonymous callers, FORBIDDEN for a signed-in role. Demo accounts per column:
 * learner@, assessor@, advisor@, issuer@ (issuer admin), admin@ (institution admin) at northbridge.edu.
 */
export type Access = 'allow' | 'deny';

export const ROLES = ['anonymous', 'learner', 'assessor', 'advisor', 'issuerAdmin', 'institutionAdmin'] as const;
export type MatrixRole = (typeof ROLES)[number];

type Row = Record<MatrixRole, Access>;
const row = (anonymous: Access, learner: Access, assessor: Access, advisor: Access, issuerAdmin: Access, institutionAdmin: Access): Row => ({
  anonymous,
  learner,
  assessor,
  advisor,
  issuerAdmin,
  institutionAdmin,
});

const A = 'allow';
const D = 'deny';

export const AUTHORIZATION_MATRIX: Record<'Query' | 'Mutation' | 'Subscription', Record<string, Row>> = {
  Query: {
    // columns: anonymous, learner, assessor, advisor, issuerAdmin, institutionAdmin
    node: row(A, A, A, A, A, A), // hidden and absent objects are both null (enumeration.int-spec.ts)
    nodes: row(A, A, A, A, A, A),
    viewer: row(A, A, A, A, A, A),
    achievements: row(D, A, A, A, A, A),
    skillFrameworks: row(D, A, A, A, A, A),
    cohorts: row(D, D, D, A, D, A),
    integratorClients: row(D, D, D, D, D, A),
    webhookSubscriptions: row(D, D, D, D, D, A),
    ssoOptions: row(A, A, A, A, A, A), // the sign-in page's SSO buttons: names and start URLs only
  },
  Mutation: {
    signIn: row(A, A, A, A, A, A),
    signOut: row(A, A, A, A, A, A),
    requestPasswordReset: row(A, A, A, A, A, A), // same answer whether or not the address has an account
    resetPassword: row(A, A, A, A, A, A), // the mailed token is the authority
    configureSsoConnection: row(D, D, D, D, D, A),
    createWebhookSubscription: row(D, D, D, D, D, A),
    updateWebhookSubscription: row(D, D, D, D, D, A),
    deleteWebhookSubscription: row(D, D, D, D, D, A),
    rotateWebhookSecret: row(D, D, D, D, D, A),
    redeliverWebhook: row(D, D, D, D, D, A),
    verifyCredential: row(A, A, A, A, A, A),
    addEvidence: row(D, A, D, D, D, D),
    exportClr: row(D, A, D, D, D, D),
    recordAssessment: row(D, D, A, D, A, A),
    createAchievement: row(D, D, D, D, A, A),
    updateAchievement: row(D, D, D, D, A, A),
    awardAchievement: row(D, D, D, D, A, A),
    suspendAward: row(D, D, D, D, A, A),
    reinstateAward: row(D, D, D, D, A, A),
    revokeAward: row(D, D, D, D, A, A),
    createSkillFramework: row(D, D, D, D, A, A),
    createSkill: row(D, D, D, D, A, A),
    createPersonalAccessToken: row(D, A, A, A, A, A), // any signed-in person, for themselves
    revokePersonalAccessToken: row(D, A, A, A, A, A),
    createIntegratorClient: row(D, D, D, D, D, A),
    revokeIntegratorClient: row(D, D, D, D, D, A),
  },
  Subscription: {},
};
