import {
  clientCredentialsCurl,
  credentialState,
  expiresAtFor,
  integratorErrorMessage,
  nameLengthHint,
  SCOPE_OPTIONS,
  scopeNames,
} from './integrator';

describe('integrator', () => {
  it('should list every scope of the schema once, with the name clients use', () => {
    expect(SCOPE_OPTIONS.map((s) => s.name)).toEqual(['ob.read', 'ob.write', 'clr.read', 'cohorts.read']);
    expect(new Set(SCOPE_OPTIONS.map((s) => s.value)).size).toBe(SCOPE_OPTIONS.length);
    expect(scopeNames(['OB_READ', 'CLR_READ'])).toBe('ob.read clr.read');
  });

  it('should turn an expiry choice into an instant that many days ahead, or null for never', () => {
    const now = new Date('2026-03-01T10:00:00.000Z');
    expect(expiresAtFor('30', now)).toBe('2026-03-31T10:00:00.000Z');
    expect(expiresAtFor('365', now)).toBe('2027-03-01T10:00:00.000Z');
    expect(expiresAtFor('never', now)).toBeNull();
  });

  it('should tell active, expired and revoked apart, revoked first', () => {
    const now = new Date('2026-03-01T10:00:00Z');
    expect(credentialState({ expiresAt: null, revokedAt: null }, now)).toBe('ACTIVE');
    expect(credentialState({ expiresAt: '2026-04-01T00:00:00Z' }, now)).toBe('ACTIVE');
    expect(credentialState({ expiresAt: '2026-02-01T00:00:00Z' }, now)).toBe('EXPIRED');
    expect(credentialState({ expiresAt: '2026-02-01T00:00:00Z', revokedAt: '2026-01-01T00:00:00Z' }, now)).toBe('REVOKED');
  });

  it('should give copy for each typed error and a fallback', () => {
    expect(integratorErrorMessage('REQUIRED')).toMatch(/at least one scope/);
    expect(integratorErrorMessage('OUT_OF_RANGE')).toMatch(/within a year/);
    expect(integratorErrorMessage('NETWORK')).toMatch(/could not be reached/);
    expect(integratorErrorMessage('RUBRIC_EMPTY_NAME')).toMatch(/did not work/);
  });

  it('should write the client-credentials request against the real origin', () => {
    expect(clientCredentialsCurl('https://clr.northbridge.edu/', 'oclr_client_abc', ['OB_READ', 'COHORTS_READ'])).toBe(
      [
        'curl -X POST https://clr.northbridge.edu/oauth/token \\',
        "  -u 'oclr_client_abc:<client_secret>' \\",
        '  -d grant_type=client_credentials \\',
        "  -d scope='ob.read cohorts.read'",
      ].join('\n'),
    );
    expect(clientCredentialsCurl('http://localhost:4000')).toBe(
      ["curl -X POST http://localhost:4000/oauth/token \\", "  -u '<client_id>:<client_secret>' \\", '  -d grant_type=client_credentials'].join('\n'),
    );
  });
});

describe('nameLengthHint', () => {
  it('should count the characters used out of the limit', () => {
    expect(nameLengthHint('Portfolio sync')).toBe('14 of 100 characters.');
  });

  it('should say plainly when the limit is reached', () => {
    expect(nameLengthHint('x'.repeat(100))).toBe('100 of 100 characters: the limit is reached.');
  });
});
