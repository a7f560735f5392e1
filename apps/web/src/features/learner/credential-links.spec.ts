import { credentialDownloadUrl, linkedInAddToProfileUrl } from './credential-links';

describe('credentialDownloadUrl', () => {
  it('should add the suffix to the path and ask for an attachment', () => {
    expect(credentialDownloadUrl('https://clr.example.edu/credentials/a1b2', 'png')).toBe(
      'https://clr.example.edu/credentials/a1b2.png?download=1',
    );
    expect(credentialDownloadUrl('http://localhost:4000/credentials/a1b2', 'jws')).toBe(
      'http://localhost:4000/credentials/a1b2.jws?download=1',
    );
  });
});

describe('linkedInAddToProfileUrl', () => {
  it('should pre-fill the certification with name, issuer, issue month and the credential URL', () => {
    const url = new URL(
      linkedInAddToProfileUrl({
        name: 'Teamwork — Milestone’s 🎓',
        organizationName: 'Northbridge University',
        issuedAt: '2025-03-31T23:30:00Z',
        credentialUrl: 'https://clr.example.edu/credentials/a1b2',
        credentialId: 'a1b2',
      }),
    );
    expect(url.origin + url.pathname).toBe('https://www.linkedin.com/profile/add');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      startTask: 'CERTIFICATION_NAME',
      name: 'Teamwork — Milestone’s 🎓',
      organizationName: 'Northbridge University',
      issueYear: '2025',
      issueMonth: '3',
      certUrl: 'https://clr.example.edu/credentials/a1b2',
      certId: 'a1b2',
    });
  });

  it('should include the expiry month when the award expires', () => {
    const url = new URL(
      linkedInAddToProfileUrl({
        name: 'First aid',
        issuedAt: '2025-01-10T00:00:00Z',
        validUntil: '2027-01-10T00:00:00Z',
        credentialUrl: 'https://x.test/credentials/z',
        credentialId: 'z',
      }),
    );
    expect(url.searchParams.get('expirationYear')).toBe('2027');
    expect(url.searchParams.get('expirationMonth')).toBe('1');
    expect(url.searchParams.has('organizationName')).toBe(false);
  });
});
