/**
 * Names of the password-reset routes. They sit with the feature rather than in app/route-names.ts only because this
 * change was scoped to features/session and the route registration; fold them into RouteName when that file is next touched.
 */
export const SessionRoute = {
  ForgotPassword: 'forgot-password',
  ResetPassword: 'reset-password',
} as const;
