import { checkName, credentialIssuer, credentialTitle, reportVerdict, type ReportLike } from './verdict';

const check = (id: string, status: ReportLike['checks'][number]['status']) => ({ id, status, message: `${id} ${status}` });

describe('reportVerdict', () => {
  it('should call a report valid when every check passed', () => {
    expect(reportVerdict({ valid: true, checks: [check('signature:0', 'PASSED'), check('status', 'PASSED')] })).toMatchObject({
      valid: true,
      label: 'Valid',
      summary: 'All 2 checks passed.',
    });
  });

  it('should say so when checks could not be performed, without hiding them', () => {
    const v = reportVerdict({ valid: true, checks: [check('signature:0', 'PASSED'), check('status', 'NOT_CHECKED'), check('validity', 'WARNING')] });
    expect(v).toMatchObject({ valid: true, label: 'Valid', notChecked: 1, warnings: 1 });
    expect(v.summary).toBe('No check failed, but 1 check could not be performed and 1 warning: read them below.');
  });

  it('should never say valid when a check failed, even if the server flag says so', () => {
    const v = reportVerdict({ valid: true, checks: [check('signature:0', 'FAILED')] });
    expect(v).toMatchObject({ valid: false, label: 'Not valid', failed: 1 });
    expect(v.summary).toBe('1 check failed. Do not rely on this credential.');
  });

  it('should count failures in nested credentials', () => {
    const v = reportVerdict({
      valid: true,
      checks: [check('signature:0', 'PASSED')],
      nested: [{ valid: true, checks: [check('signature:0', 'PASSED')] }, { valid: false, checks: [check('status', 'FAILED'), check('validity', 'FAILED')] }],
    });
    expect(v).toMatchObject({ valid: false, label: 'Not valid', failed: 2, passed: 2 });
  });

  it('should trust a negative server flag with no failed row', () => {
    expect(reportVerdict({ valid: false, checks: [] })).toMatchObject({ valid: false, label: 'Not valid' });
  });
});

describe('checkName', () => {
  it('should name checks by their stable id', () => {
    expect(checkName('signature:0')).toBe('Signature');
    expect(checkName('signature:1')).toBe('Signature 2');
    expect(checkName('issuer-key:0')).toBe('Issuer key');
    expect(checkName('nested:0')).toBe('Included credential 1');
    expect(checkName('endorsement:2')).toBe('Endorsement 3');
    expect(checkName('status')).toBe('Revocation and suspension');
    expect(checkName('something-new')).toBe('something-new');
  });
});

describe('credentialTitle and credentialIssuer', () => {
  it('should prefer the credential name, then the achievement name, then the type', () => {
    expect(credentialTitle({ name: 'Relevé — Zoë', type: ['VerifiableCredential', 'ClrCredential'] })).toBe('Relevé — Zoë');
    expect(credentialTitle({ type: ['VerifiableCredential', 'OpenBadgeCredential'], credentialSubject: { achievement: { name: 'Teamwork' } } })).toBe('Teamwork');
    expect(credentialTitle({ type: ['VerifiableCredential', 'OpenBadgeCredential'] })).toBe('OpenBadgeCredential');
    expect(credentialTitle(null)).toBeNull();
  });

  it('should read the issuer name from an object or take the URI', () => {
    expect(credentialIssuer({ issuer: { id: 'did:web:x', name: 'Northbridge' } })).toBe('Northbridge');
    expect(credentialIssuer({ issuer: 'did:key:z6Mk' })).toBe('did:key:z6Mk');
    expect(credentialIssuer({})).toBeNull();
  });
});
