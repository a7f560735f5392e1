import { checkMessage, checkName, credentialIssuer, credentialTitle, formatFailureMessage, reportVerdict, type ReportLike } from './verdict';

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
    expect(v.summary).toBe('1 of 1 check failed. Do not rely on this credential.');
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

describe('reportVerdict summary counts the rows shown', () => {
  it('should count this report’s checks and name the credentials inside separately', () => {
    const inner = { valid: true, checks: [check('signature:0', 'PASSED'), check('status', 'PASSED'), check('validity', 'PASSED')] };
    const v = reportVerdict({ valid: true, checks: [check('signature:0', 'PASSED'), check('nested:0', 'PASSED'), check('nested:1', 'PASSED')], nested: [inner, inner] });
    expect(v.summary).toBe('All 3 checks passed, and so did the 2 credentials inside.');
  });

  it('should say a credential inside failed when no row of this report did', () => {
    const v = reportVerdict({ valid: true, checks: [check('signature:0', 'PASSED')], nested: [{ valid: false, checks: [check('status', 'FAILED')] }] });
    expect(v.summary).toBe('A credential inside did not pass its checks. Do not rely on this credential.');
  });
});

describe('checkMessage', () => {
  const failedFormat = { id: 'format', status: 'FAILED' as const, message: 'MALFORMED_CREDENTIAL: Neither JSON nor a compact JWS' };

  it('should put a format failure in plain words, by what was sent', () => {
    const report = { valid: false, checks: [failedFormat] };
    expect(checkMessage(failedFormat, report, null)).toBe('OpenCLR could not read this as a credential: it is neither JSON nor a VC-JWT.');
    expect(checkMessage(failedFormat, report, 'json')).toBe(formatFailureMessage('json'));
    expect(checkMessage(failedFormat, report, 'png')).toMatch(/No credential was found in this image/);
  });

  it('should describe a credential inside by its title and failed check labels, not raw ids', () => {
    const inner = { valid: false, credential: { name: 'Teamwork' }, checks: [check('signature:0', 'FAILED'), check('status', 'PASSED')] };
    const row = { id: 'nested:0', status: 'FAILED' as const, message: 'Nested credential x is invalid (signature:0: bad)' };
    expect(checkMessage(row, { valid: false, checks: [row], nested: [inner] }, 'json')).toBe('Teamwork: Signature failed.');
  });

  it('should show other messages as sent', () => {
    const row = check('status', 'PASSED');
    expect(checkMessage(row, { valid: true, checks: [row] }, 'json')).toBe('status PASSED');
  });
});
