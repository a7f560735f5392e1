import { signInDestination } from './sign-in-redirect';

describe('signInDestination', () => {
  it('should load server paths in full, so the OAuth consent flow continues on the server', () => {
    expect(signInDestination('/oauth/interaction/Xy12-abc')).toEqual({ kind: 'server', href: '/oauth/interaction/Xy12-abc' });
    for (const path of ['/auth/sso/northbridge/callback?x=1', '/ims/ob/v3p0/discovery', '/api/export', '/credentials/3b59']) {
      expect(signInDestination(path)).toEqual({ kind: 'server', href: path });
    }
  });

  it('should route app paths inside the SPA', () => {
    expect(signInDestination('/learner/export')).toEqual({ kind: 'app', path: '/learner/export' });
    // Only the prefix with its slash marks a server path: an app page that merely starts alike stays in the app.
    expect(signInDestination('/oauthorised')).toEqual({ kind: 'app', path: '/oauthorised' });
    expect(signInDestination('/api-access')).toEqual({ kind: 'app', path: '/api-access' });
  });

  it('should ignore missing and off-site targets', () => {
    expect(signInDestination(undefined)).toBeNull();
    expect(signInDestination(['/oauth/interaction/1'])).toBeNull();
    expect(signInDestination('https://evil.example/oauth/')).toBeNull();
    expect(signInDestination('//evil.example/oauth/')).toBeNull();
    expect(signInDestination('/\\evil.example')).toBeNull();
  });
});
