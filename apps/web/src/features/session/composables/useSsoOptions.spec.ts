import { ssoHref } from './useSsoOptions';

describe('ssoHref', () => {
  it('should append the page to return to, encoded, to a start URL that already has a query', () => {
    expect(ssoHref('/auth/sso/northbridge/start?connection=abc', '/learner?tab=2')).toBe('/auth/sso/northbridge/start?connection=abc&redirect=%2Flearner%3Ftab%3D2');
  });

  it('should leave the start URL alone when there is nowhere to return to', () => {
    expect(ssoHref('/auth/sso/northbridge/start', null)).toBe('/auth/sso/northbridge/start');
  });
});
