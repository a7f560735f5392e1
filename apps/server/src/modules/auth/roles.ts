import { registerEnumType } from 'type-graphql';

/** What a signed-in person may act as. Staff roles come from `staff_role`; LEARNER from being enrolled or in a cohort. */
export enum Role {
  LEARNER = 'LEARNER',
  ASSESSOR = 'ASSESSOR',
  ADVISOR = 'ADVISOR',
  ISSUER_ADMIN = 'ISSUER_ADMIN',
  INSTITUTION_ADMIN = 'INSTITUTION_ADMIN',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'A role the viewer holds.',
  valuesConfig: {
    LEARNER: { description: 'A student building a learner record.' },
    ASSESSOR: { description: 'Faculty who rate evidence against rubrics.' },
    ADVISOR: { description: 'Staff who follow the cohorts assigned to them.' },
    ISSUER_ADMIN: { description: 'Manages the catalogue and awards of one or more issuers.' },
    INSTITUTION_ADMIN: { description: 'Manages the whole institution.' },
  },
});

/** Marker role for root fields anyone may call, signed in or not (see `Public`). */
export const PUBLIC = 'PUBLIC';

/** The authenticated person behind a request. */
export interface Viewer {
  personId: string;
  institutionId: string;
  roles: ReadonlySet<Role>;
  /** Issuers this person administers (ISSUER_ADMIN scope). */
  issuerIds: readonly string[];
  sessionId: string | null;
  /** Set for personal access tokens and integrator clients: the root fields they may call (see integrator.scopes.ts). */
  scopes?: ReadonlySet<string>;
  /** Set when an integrator client (client-credentials token) is asking; `personId` then names the client, not a person. */
  integratorClientId?: string;
}

export const hasRole = (viewer: Viewer | null, ...roles: Role[]): boolean => !!viewer && roles.some((role) => viewer.roles.has(role));
