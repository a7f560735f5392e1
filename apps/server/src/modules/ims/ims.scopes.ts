/** OAuth 2.0 scopes of the 1EdTech Open Badges 3.0 and CLR 2.0 APIs. */
export const OB_SCOPE = {
  credentialReadonly: 'https://purl.imsglobal.org/spec/ob/v3p0/scope/credential.readonly',
  credentialUpsert: 'https://purl.imsglobal.org/spec/ob/v3p0/scope/credential.upsert',
  profileReadonly: 'https://purl.imsglobal.org/spec/ob/v3p0/scope/profile.readonly',
  profileUpdate: 'https://purl.imsglobal.org/spec/ob/v3p0/scope/profile.update',
} as const;

export const CLR_SCOPE = {
  credentialReadonly: 'https://purl.imsglobal.org/spec/clr/v2p0/scope/credential.readonly',
  credentialUpsert: 'https://purl.imsglobal.org/spec/clr/v2p0/scope/credential.upsert',
} as const;

export const IMS_SCOPES: string[] = [...Object.values(OB_SCOPE), ...Object.values(CLR_SCOPE)];

/** What the consent page says each scope lets the application do. */
export const SCOPE_DESCRIPTIONS: Record<string, string> = {
  [OB_SCOPE.credentialReadonly]: 'Read your Open Badges credentials',
  [OB_SCOPE.credentialUpsert]: 'Add Open Badges credentials to your record',
  [OB_SCOPE.profileReadonly]: 'Read your profile (name and e-mail address)',
  [OB_SCOPE.profileUpdate]: 'Update your profile name',
  [CLR_SCOPE.credentialReadonly]: 'Read your Comprehensive Learner Record',
  [CLR_SCOPE.credentialUpsert]: 'Add CLR credentials to your record',
  offline_access: 'Keep access when you are not using it (refresh tokens)',
};
