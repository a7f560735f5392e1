import { CredentialPageView, renderCredentialPage } from './credential-page';

const buildView = (overrides: Partial<CredentialPageView> = {}): CredentialPageView => ({
  credentialUrl: 'https://clr.example.edu/credentials/8f3c',
  imageUrl: 'https://clr.example.edu/credentials/8f3c.png',
  achievement: {
    name: 'Written Communication',
    description: 'Writes clearly for varied audiences.',
    criteriaMarkdown: 'Every criterion rated **proficient** or higher.',
    achievementType: 'Competency',
  },
  learnerName: 'Ada Learner',
  issuer: { name: 'College of Arts', url: 'https://arts.example.edu' },
  issuedAt: new Date('2026-05-15T03:30:00Z'),
  validUntil: null,
  state: 'active',
  stateReason: null,
  expired: false,
  timeZone: 'America/Chicago',
  results: [{ criterion: 'Context and purpose', levelName: 'Proficient', level: 3, maxLevel: 4 }],
  skills: [{ name: 'Written communication', url: 'https://skills.example.edu/wc' }],
  downloads: { json: '/c/8f3c.json', jws: '/c/8f3c.jws', png: '/c/8f3c.png', svg: '/c/8f3c.svg', ob2: '/c/8f3c/ob2.json' },
  ...overrides,
});

const meta = (html: string, key: string) =>
  html.match(new RegExp(`<meta (?:property|name)="${key.replace(/[:.]/g, '\\$&')}" content="([^"]*)">`))?.[1];

/** The text a reader sees: no script, style or head, tags removed. */
const visibleText = (html: string) =>
  html
    .replace(/<head>[\s\S]*<\/head>/, '')
    .replace(/<script>[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe('renderCredentialPage', () => {
  it('should escape every hostile value and render criteria Markdown without raw HTML', () => {
    const evil = '<script>alert(1)</script>"\'&';
    const sut = renderCredentialPage(
      buildView({
        achievement: {
          name: evil,
          description: evil,
          criteriaMarkdown: `# Title\n\n<img src=x onerror=alert(1)>\n\n[click](javascript:alert(1)) <script>bad()</script>`,
          achievementType: evil,
        },
        learnerName: evil,
        issuer: { name: evil, url: 'javascript:alert(1)' },
        results: [{ criterion: evil, levelName: evil, level: 9, maxLevel: 4 }],
        skills: [{ name: evil, url: 'javascript:alert(2)' }],
        downloads: { json: '"><script>x()</script>', jws: '/j', png: '/p', svg: '/s' },
        timeZone: 'Not/AZone',
      }),
    );
    // Exactly one script element: our own verify script.
    expect(sut.match(/<script/gi)).toHaveLength(1);
    expect(sut).not.toMatch(/<img[^>]*onerror/i);
    expect(sut).not.toMatch(/href="javascript:/i);
    expect(sut).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;');
    expect(sut).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(sut).toContain('<h1>Title</h1>');
    expect(sut).toContain('aria-label="Level 4 of 4"'); // out-of-range level clamped
    expect(sut).toContain('May 15, 2026'); // unknown zone falls back to UTC
  });

  it('should carry OpenGraph and Twitter tags with absolute URLs', () => {
    const sut = renderCredentialPage(buildView());
    expect(meta(sut, 'og:title')).toBe('Written Communication — Ada Learner');
    expect(meta(sut, 'og:type')).toBe('article');
    expect(meta(sut, 'og:url')).toBe('https://clr.example.edu/credentials/8f3c');
    expect(meta(sut, 'og:image')).toBe('https://clr.example.edu/credentials/8f3c.png');
    expect(meta(sut, 'og:description')).toContain('Ada Learner earned Written Communication from College of Arts.');
    expect(meta(sut, 'twitter:card')).toBe('summary');
    expect(meta(sut, 'twitter:image')).toBe('https://clr.example.edu/credentials/8f3c.png');
    expect(sut).toContain('<link rel="canonical" href="https://clr.example.edu/credentials/8f3c">');
  });

  it('should show dates in the viewer time zone', () => {
    const sut = renderCredentialPage(buildView({ validUntil: new Date('2030-01-01T02:00:00Z') }));
    expect(visibleText(sut)).toContain('Issued May 14, 2026'); // 03:30 UTC is still the 14th in Chicago
    expect(visibleText(sut)).toContain('Expires December 31, 2029');
  });

  it('should show a revoked credential with its reason and no "valid"/"active" wording', () => {
    const sut = renderCredentialPage(
      buildView({ state: 'revoked', stateReason: 'Issued in error <b>', validUntil: new Date('2030-01-01T00:00:00Z') }),
    );
    const text = visibleText(sut);
    expect(text).toContain('This credential has been revoked by its issuer.');
    expect(text).toContain('Reason: Issued in error &lt;b&gt;');
    expect(text).toContain('Status Revoked');
    expect(text).not.toMatch(/\bvalid\b|\bactive\b|verified/i);
    expect(sut).toContain('class="status status-bad"');
  });

  it('should mark suspended and expired credentials', () => {
    expect(visibleText(renderCredentialPage(buildView({ state: 'suspended', stateReason: 'Under review' })))).toContain(
      'This credential is suspended by its issuer. Reason: Under review',
    );
    const expired = visibleText(renderCredentialPage(buildView({ expired: true, validUntil: new Date('2025-01-01T12:00:00Z') })));
    expect(expired).toContain('This credential has expired.');
    expect(expired).toContain('Expired January 1, 2025');
  });

  it('should round-trip Unicode names unchanged', () => {
    const name = 'Communication écrite® — l’oral 🎓 批判性思维';
    const sut = renderCredentialPage(buildView({ achievement: { ...buildView().achievement, name }, learnerName: 'Zoë 王' }));
    expect(sut).toContain(`<h1 id="credential-title">${name}</h1>`);
    expect(meta(sut, 'og:title')).toBe(`${name} — Zoë 王`);
    expect(sut).toMatch(/^<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">/);
  });

  it('should list the downloads with their media types and a verify button', () => {
    const sut = renderCredentialPage(buildView());
    expect(sut).toContain('<a href="/c/8f3c.json" type="application/vc+ld+json" download>');
    expect(sut).toContain('<a href="/c/8f3c.jws" type="text/plain" download>');
    expect(sut).toContain('<a href="/c/8f3c.png" type="image/png" download>');
    expect(sut).toContain('<a href="/c/8f3c.svg" type="image/svg+xml" download>');
    expect(sut).toContain('<a href="/c/8f3c/ob2.json" type="application/json" download>');
    expect(renderCredentialPage(buildView({ downloads: { ...buildView().downloads, ob2: null } }))).not.toContain('ob2.json');
    expect(sut).toContain('<button type="button" id="verify" data-src="/c/8f3c.json">');
    expect(sut).toContain("fetch('/api/verify',{method:'POST'");
  });

  it('should have landmarks and one h1', () => {
    const sut = renderCredentialPage(buildView());
    expect(sut).toContain('<main id="main"');
    expect(sut).toContain('<header');
    expect(sut).toContain('<footer');
    expect(sut.match(/<h1/g)).toHaveLength(1);
    expect(sut).not.toMatch(/https?:\/\/[^"]*\.(css|js)"/); // no CDN assets
  });
});
