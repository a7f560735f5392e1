/** Route names are the app's navigation contract: features link by name, never by path. */
export const RouteName = {
  Home: 'home',
  SignIn: 'sign-in',
  LearnerHome: 'learner-home',
  LearnerExport: 'learner-export',
  Verify: 'verify',
  AdvisorHome: 'advisor-home',
  AdvisorCohort: 'advisor-cohort',
  ApiAccess: 'api-access',
  Webhooks: 'webhooks',
  Workspace: 'workspace',
  NoRole: 'no-role',
  NotFound: 'not-found',
} as const;
export type RouteName = (typeof RouteName)[keyof typeof RouteName];
