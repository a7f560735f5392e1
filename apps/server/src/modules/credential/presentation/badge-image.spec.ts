import { renderBadgePng, renderBadgeSvg } from './badge-image';

const UNICODE_NAME = 'Communication écrite® — l’oral 🎓 批判性思维';

/** Minimal well-formedness check: every tag closes in order and no raw `<`/`&` leaks into text. */
function assertWellFormedSvg(svg: string): void {
  const stack: string[] = [];
  for (const m of svg.matchAll(/<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g)) {
    if (m[1]) expect(stack.pop()).toBe(m[2]);
    else if (!m[3]) stack.push(m[2]);
  }
  expect(stack).toEqual([]);
  const text = svg.replace(/<[^>]*>/g, '');
  expect(text).not.toMatch(/[<>]/);
  expect(text).not.toMatch(/&(?!(amp|lt|gt|quot|#39);)/);
}

describe('renderBadgeSvg', () => {
  it('should produce an accessible 512×512 SVG with title and desc', () => {
    const svg = renderBadgeSvg({ name: 'Teamwork', skillCode: 'TW-1', issuerName: 'Office of Student Life' });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="512" height="512"/);
    expect(svg).toContain('<title id="badge-title">Teamwork</title>');
    expect(svg).toContain('<desc id="badge-desc">Badge for Teamwork (TW-1), issued by Office of Student Life.</desc>');
    expect(svg).toContain('role="img"');
    assertWellFormedSvg(svg);
  });

  it('should escape hostile names and never emit scripts or external references', () => {
    const svg = renderBadgeSvg({
      name: '<script>alert("x")</script> & Co',
      skillCode: '"><image href="https://evil.test/x.png"/>',
      issuerName: "O'Reilly & <b>Sons</b>",
      colour: 'red" onload="alert(1)',
    });
    assertWellFormedSvg(svg);
    expect(svg).not.toMatch(/<script/i);
    expect(svg).not.toMatch(/<image/i);
    const tags = svg.match(/<[^>]*>/g)!.join('');
    expect(tags).not.toMatch(/\son\w+=/i);
    expect(tags).not.toMatch(/href=|url\((?!#)/i);
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(svg).toContain('O&#39;Reilly &amp; &lt;b&gt;Sons&lt;/b&gt;');
    expect(svg).toContain('#1d4e89'); // the bad colour fell back to the default
  });

  it('should keep Unicode names intact (accents, ®, ’, emoji, CJK)', () => {
    const svg = renderBadgeSvg({ name: UNICODE_NAME, issuerName: 'Université Côte d’Azur®' });
    assertWellFormedSvg(svg);
    expect(svg).toContain(`<title id="badge-title">${UNICODE_NAME}</title>`);
    const visible = [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]).join(' ');
    expect(visible.replace(/\s+/g, ' ')).toBe(UNICODE_NAME);
    expect(svg).toContain('Université Côte d’Azur®');
  });

  it('should drop characters XML forbids instead of breaking the document', () => {
    const svg = renderBadgeSvg({ name: 'Bad\u0000\u0007name\uD800', issuerName: 'X\u001F' });
    assertWellFormedSvg(svg);
    expect(svg).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(svg).toContain('<title id="badge-title">Badname</title>');
  });

  it('should wrap and shorten very long names without cutting an emoji in two', () => {
    const svg = renderBadgeSvg({ name: `${'Interdisciplinary '.repeat(8)}👩🏽‍🎓`, issuerName: 'A' });
    const lines = [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]);
    expect(lines.length).toBeLessThanOrEqual(3);
    expect(lines.at(-1)).toMatch(/…$/);
    assertWellFormedSvg(svg);
  });
});

describe('renderBadgePng', () => {
  it('should rasterise to a valid 512×512 PNG', async () => {
    const png = await renderBadgePng(renderBadgeSvg({ name: UNICODE_NAME, skillCode: 'FR-1', issuerName: 'Collège & Co' }));
    const buf = Buffer.from(png);
    expect(buf.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(buf.readUInt32BE(8)).toBe(13);
    expect(buf.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect(buf.readUInt32BE(16)).toBe(512);
    expect(buf.readUInt32BE(20)).toBe(512);
    expect(buf.subarray(buf.length - 8, buf.length - 4).toString('ascii')).toBe('IEND');
  });

  it('should draw the text (a named badge differs from an unnamed one)', async () => {
    const a = await renderBadgePng(renderBadgeSvg({ name: '写作', issuerName: '' }));
    const b = await renderBadgePng(renderBadgeSvg({ name: '口语', issuerName: '' }));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
  });
});
