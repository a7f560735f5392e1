import { registerEnumType } from 'type-graphql';

/** What a personal access token or integrator client may do in the GraphQL API. */
export enum IntegratorScope {
  OB_READ = 'ob.read',
  OB_WRITE = 'ob.write',
  CLR_READ = 'clr.read',
  COHORTS_READ = 'cohorts.read',
}

registerEnumType(IntegratorScope, {
  name: 'IntegratorScope',
  description: 'A permission of a personal access token or integrator client. Sessions (the SPA) are not limited by scopes.',
  valuesConfig: {
    OB_READ: { description: '`ob.read`: read the catalogue (achievements, skill frameworks), learner records and awards the holder may see.' },
    OB_WRITE: { description: '`ob.write`: award, suspend, reinstate and revoke achievements; record assessments; edit the catalogue.' },
    CLR_READ: { description: '`clr.read`: export signed CLR 2.0 records.' },
    COHORTS_READ: { description: '`cohorts.read`: cohort progress reports.' },
  },
});

export const ALL_SCOPES = Object.values(IntegratorScope);

/**
 * The scope each root field needs when called with a token (PAT or client-credentials). Fields missing here are
 * refused to tokens: managing tokens, SSO and passwords needs a signed-in person. `null` means any token.
 */
export const ROOT_FIELD_SCOPES: Record<string, IntegratorScope | null> = {
  'Query.viewer': null,
  'Query.node': null,
  'Query.nodes': null,
  'Query.achievements': IntegratorScope.OB_READ,
  'Query.skillFrameworks': IntegratorScope.OB_READ,
  'Query.cohorts': IntegratorScope.COHORTS_READ,
  'Mutation.exportClr': IntegratorScope.CLR_READ,
  'Mutation.awardAchievement': IntegratorScope.OB_WRITE,
  'Mutation.suspendAward': IntegratorScope.OB_WRITE,
  'Mutation.reinstateAward': IntegratorScope.OB_WRITE,
  'Mutation.revokeAward': IntegratorScope.OB_WRITE,
  'Mutation.recordAssessment': IntegratorScope.OB_WRITE,
  'Mutation.createAchievement': IntegratorScope.OB_WRITE,
  'Mutation.updateAchievement': IntegratorScope.OB_WRITE,
  'Mutation.createSkillFramework': IntegratorScope.OB_WRITE,
  'Mutation.createSkill': IntegratorScope.OB_WRITE,
  'Mutation.addEvidence': IntegratorScope.OB_WRITE,
};

/** Root fields that act as a person (the assessor, the learner): never open to an integrator client. */
const PERSON_ONLY_FIELDS = new Set(['Mutation.recordAssessment', 'Mutation.addEvidence', 'Mutation.exportClr']);

/** Whether a token viewer may call the root field `Parent.field` (only root fields are gated by scope). */
export function tokenMayCall(viewer: { scopes?: ReadonlySet<string>; integratorClientId?: string }, parentType: string, fieldName: string): boolean {
  if (!viewer.scopes || !['Query', 'Mutation', 'Subscription'].includes(parentType)) return true;
  const key = `${parentType}.${fieldName}`;
  if (!(key in ROOT_FIELD_SCOPES)) return false;
  if (viewer.integratorClientId && PERSON_ONLY_FIELDS.has(key)) return false;
  const needed = ROOT_FIELD_SCOPES[key];
  return needed === null || viewer.scopes.has(needed);
}

/** PATs start with this prefix (and client tokens with `oclr_at_`), so secret scanners can recognise leaked ones. */
export const PAT_PREFIX = 'oclr_pat_';
export const CLIENT_TOKEN_PREFIX = 'oclr_at_';
export const CLIENT_ID_PREFIX = 'oclr_client_';
export const CLIENT_SECRET_PREFIX = 'oclr_cs_';
/** Lifetime of client-credentials access tokens. */
export const CLIENT_TOKEN_TTL_SECONDS = 3600;
