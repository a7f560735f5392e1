import MarkdownIt from 'markdown-it';
import { escapeHtml as e } from './text.js';

/** Everything the public page of one credential shows; plain values, escaped by the renderer. */
export interface CredentialPageView {
  /** Absolute public URL of this credential (the page itself and `og:url`). */
  credentialUrl: string;
  /** Absolute URL of the badge image (used for `og:image`, so it must be absolute). */
  imageUrl: string;
  achievement: {
    name: string;
    description: string;
    /** Markdown; rendered with raw HTML disabled. */
    criteriaMarkdown: string;
    /** OB 3.0 achievementType, e.g. `Badge`, `Competency`, `ext:SkillBadge`. */
    achievementType: string;
  };
  learnerName: string;
  issuer: { name: string; url: string };
  issuedAt: Date;
  validUntil: Date | null;
  state: 'active' | 'suspended' | 'revoked';
  /** Why the credential was suspended or revoked; ignored while active. */
  stateReason: string | null;
  expired: boolean;
  /** IANA time zone the dates are shown in, e.g. `America/Chicago`. */
  timeZone: string;
  results: { criterion: string; levelName: string; level: number; maxLevel: number }[];
  skills: { name: string; url: string | null }[];
  downloads: { json: string; jws: string; png: string; svg: string; ob2?: string | null };
}

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: true }).disable(['image']);
const defaultLinkOpen =
  markdown.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
markdown.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  tokens[idx].attrSet('rel', 'nofollow noopener noreferrer');
  return defaultLinkOpen(tokens, idx, options, env, self);
};

/** Renders criteria Markdown to HTML that carries no raw HTML, scripts or `javascript:` links. */
export function renderCriteriaMarkdown(source: string): string {
  return markdown.render(source);
}

/**
 * Renders the self-contained HTML page a browser gets at a credential's public URL: what was
 * achieved, by whom, from whom, its state and a button that verifies it against `POST /api/verify`.
 */
export function renderCredentialPage(view: CredentialPageView): string {
  const a = view.achievement;
  const dateFormat = safeDateFormat(view.timeZone);
  const issued = dateFormat.format(view.issuedAt);
  const validUntil = view.validUntil ? dateFormat.format(view.validUntil) : null;
  const status = statusOf(view);
  const summary = `${view.learnerName} earned ${a.name} from ${view.issuer.name}.`;
  const ogDescription = truncate(`${summary} ${a.description}`.trim(), 280);
  const imageUrl = absoluteHttpUrl(view.imageUrl);
  const credentialUrl = absoluteHttpUrl(view.credentialUrl);

  const downloads: [string, string | null | undefined, string][] = [
    ['Open Badges 3.0 credential (JSON-LD)', view.downloads.json, 'application/vc+ld+json'],
    ['Signed credential (VC-JWT)', view.downloads.jws, 'text/plain'],
    ['Badge image with credential (PNG)', view.downloads.png, 'image/png'],
    ['Badge image with credential (SVG)', view.downloads.svg, 'image/svg+xml'],
    ['Open Badges 2.0 assertion (JSON)', view.downloads.ob2, 'application/json'],
  ];

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(a.name)} · ${e(view.learnerName)} · ${e(view.issuer.name)}</title>
<meta name="description" content="${e(ogDescription)}">
<meta name="referrer" content="strict-origin-when-cross-origin">
<link rel="canonical" href="${e(credentialUrl)}">
<link rel="alternate" type="application/vc+ld+json" href="${e(view.downloads.json)}">
${shareTags(view, { imageUrl, credentialUrl, description: ogDescription })}
<style>${CSS}</style>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="masthead">
  <div class="wrap"><a class="issuer" href="${e(safeHref(view.issuer.url))}" rel="noopener">${e(view.issuer.name)}</a><span class="kind">Verifiable credential</span></div>
</header>
<main id="main" class="wrap">
  <div class="status status-${status.tone}" role="status"><strong>${e(status.label)}</strong>${status.detail ? ` <span>${e(status.detail)}</span>` : ''}</div>
  <article class="card" aria-labelledby="credential-title">
    <div class="hero">
      <img class="badge" src="${e(view.imageUrl)}" alt="${e(`Badge: ${a.name}`)}" width="220" height="220">
      <div class="lead">
        <p class="eyebrow">${e(achievementTypeLabel(a.achievementType))}</p>
        <h1 id="credential-title">${e(a.name)}</h1>
        <p class="awarded">${status.tone === 'bad' ? 'Was awarded to' : 'Awarded to'} <strong>${e(view.learnerName)}</strong> by <a href="${e(safeHref(view.issuer.url))}" rel="noopener">${e(view.issuer.name)}</a></p>
        <dl class="facts">
          <div><dt>Issued</dt><dd><time datetime="${view.issuedAt.toISOString()}">${e(issued)}</time></dd></div>
          ${validUntil && view.validUntil ? `<div><dt>${view.expired ? 'Expired' : 'Expires'}</dt><dd><time datetime="${view.validUntil.toISOString()}">${e(validUntil)}</time></dd></div>` : ''}
          <div><dt>Status</dt><dd>${e(status.short)}</dd></div>
        </dl>
      </div>
    </div>
    ${a.description ? `<section aria-labelledby="h-description"><h2 id="h-description">Description</h2><p class="description">${e(a.description)}</p></section>` : ''}
    ${a.criteriaMarkdown.trim() ? `<section aria-labelledby="h-criteria"><h2 id="h-criteria">Criteria</h2><div class="prose">${renderCriteriaMarkdown(a.criteriaMarkdown)}</div></section>` : ''}
    ${view.results.length ? resultsSection(view.results) : ''}
    ${view.skills.length ? skillsSection(view.skills) : ''}
  </article>
  <section class="card" aria-labelledby="h-verify">
    <h2 id="h-verify">Check this credential</h2>
    <p>Checks the issuer’s signature and key, the revocation status and the dates of the credential document itself, and lists the result of each check.</p>
    <button type="button" id="verify" data-src="${e(view.downloads.json)}">Verify credential</button>
    <div id="verify-result" aria-live="polite"></div>
  </section>
  <section class="card" aria-labelledby="h-downloads">
    <h2 id="h-downloads">Download</h2>
    <ul class="downloads">
      ${downloads
        .filter((d): d is [string, string, string] => !!d[1])
        .map(([label, href, type]) => `<li><a href="${e(href)}" type="${type}" download>${e(label)}</a></li>`)
        .join('\n      ')}
    </ul>
  </section>
</main>
<footer class="wrap foot"><p>An <a href="https://www.imsglobal.org/spec/ob/v3p0/">Open Badges 3.0</a> credential issued by ${e(view.issuer.name)}. Anyone can verify it independently with a conformant verifier.</p></footer>
<script>${VERIFY_SCRIPT}</script>
</body>
</html>
`;
}

/** OpenGraph (LinkedIn, Facebook, Slack) and Twitter card tags; the same facts under both names. */
function shareTags(view: CredentialPageView, p: { imageUrl: string; credentialUrl: string; description: string }): string {
  const title = `${view.achievement.name} — ${view.learnerName}`;
  const alt = `Badge: ${view.achievement.name}`;
  const tags: [attr: 'property' | 'name', key: string, value: string][] = [
    ['property', 'og:type', 'article'],
    ['property', 'og:title', title],
    ['property', 'og:description', p.description],
    ['property', 'og:image', p.imageUrl],
    ['property', 'og:image:alt', alt],
    ['property', 'og:url', p.credentialUrl],
    ['property', 'og:site_name', view.issuer.name],
    ['property', 'article:published_time', view.issuedAt.toISOString()],
    ['name', 'twitter:card', 'summary'],
    ['name', 'twitter:title', title],
    ['name', 'twitter:description', p.description],
    ['name', 'twitter:image', p.imageUrl],
    ['name', 'twitter:image:alt', alt],
  ];
  return tags.map(([attr, key, value]) => `<meta ${attr}="${key}" content="${e(value)}">`).join('\n');
}

interface Status {
  tone: 'ok' | 'warn' | 'bad';
  label: string;
  short: string;
  detail: string | null;
}

function statusOf(view: CredentialPageView): Status {
  const reason = view.stateReason?.trim() || null;
  if (view.state === 'revoked') {
    return { tone: 'bad', label: 'This credential has been revoked by its issuer.', short: 'Revoked', detail: reason ? `Reason: ${reason}` : null };
  }
  if (view.state === 'suspended') {
    return { tone: 'warn', label: 'This credential is suspended by its issuer.', short: 'Suspended', detail: reason ? `Reason: ${reason}` : null };
  }
  if (view.expired) {
    return { tone: 'warn', label: 'This credential has expired.', short: 'Expired', detail: 'Its expiry date is shown below.' };
  }
  return { tone: 'ok', label: 'Active credential', short: 'Active', detail: 'Use “Verify credential” below to check its signature and status.' };
}

function resultsSection(results: CredentialPageView['results']): string {
  const rows = results
    .map((r) => {
      const max = Math.max(1, r.maxLevel);
      const level = Math.min(Math.max(0, r.level), max);
      return `<tr><th scope="row">${e(r.criterion)}</th><td>${e(r.levelName)}</td><td><span class="meter" role="img" aria-label="${e(`Level ${level} of ${max}`)}"><span style="width:${Math.round((level / max) * 100)}%"></span></span> <span class="lvl">${level}/${max}</span></td></tr>`;
    })
    .join('');
  return `<section aria-labelledby="h-results"><h2 id="h-results">Assessment</h2><div class="table"><table><thead><tr><th scope="col">Criterion</th><th scope="col">Level reached</th><th scope="col"><span class="sr">Level on the rubric scale</span></th></tr></thead><tbody>${rows}</tbody></table></div></section>`;
}

function skillsSection(skills: CredentialPageView['skills']): string {
  const items = skills
    .map((s) => (s.url ? `<li><a href="${e(safeHref(s.url))}" rel="noopener">${e(s.name)}</a></li>` : `<li>${e(s.name)}</li>`))
    .join('');
  return `<section aria-labelledby="h-skills"><h2 id="h-skills">Skills</h2><ul class="skills">${items}</ul></section>`;
}

function achievementTypeLabel(type: string): string {
  const bare = type.replace(/^ext:/, '');
  // `MicroCredential` → `Micro credential`; the type is a code, not copy.
  const words = bare.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words ? words[0].toUpperCase() + words.slice(1) : 'Achievement';
}

function safeDateFormat(timeZone: string): Intl.DateTimeFormat {
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeZoneName: undefined };
  try {
    return new Intl.DateTimeFormat('en-US', { ...options, timeZone });
  } catch {
    // An unknown zone name must not take the page down; UTC is the honest fallback.
    return new Intl.DateTimeFormat('en-US', { ...options, timeZone: 'UTC' });
  }
}

/** Only http(s) links become hrefs; anything else (javascript:, data:) is neutralised. */
function safeHref(url: string): string {
  return /^https?:\/\//i.test(url.trim()) ? url.trim() : '#';
}

function absoluteHttpUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : '';
  } catch {
    return '';
  }
}

function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

// Kept tiny and free of interpolation: it fetches the credential JSON named by the button and
// posts it to the verifier, then lists each check; all text goes through textContent.
const VERIFY_SCRIPT = `(function(){var b=document.getElementById('verify'),out=document.getElementById('verify-result');if(!b)return;
b.addEventListener('click',async function(){b.disabled=true;out.textContent='Verifying…';out.className='';
try{var doc=await (await fetch(b.dataset.src,{headers:{accept:'application/vc+ld+json'}})).text();
var r=await fetch('/api/verify',{method:'POST',headers:{'content-type':'application/json'},body:doc});
var rep=await r.json();out.textContent='';var h=document.createElement('p');h.className='verdict '+(rep.valid?'ok':'bad');
h.textContent=rep.valid?'Verified: every check passed.':'Not verified: see the checks below.';out.appendChild(h);
var ul=document.createElement('ul');ul.className='checks';(rep.checks||[]).forEach(function(c){var li=document.createElement('li');
var s=String(c.status);li.className='check '+s.replace(/[^a-z-]/g,'');var n=document.createElement('strong');n.textContent=c.id;
li.appendChild(n);li.appendChild(document.createTextNode(' — '+s+(c.message?': '+c.message:'')));ul.appendChild(li);});out.appendChild(ul);}
catch(err){out.textContent='Could not verify right now: '+err.message;out.className='verdict bad';}finally{b.disabled=false;}});})();`;

const CSS = `
:root{--ink:#1f2933;--muted:#52606d;--line:#d9e2ec;--bg:#f5f7fa;--card:#fff;--brand:#1d4e89;--brand-dark:#143a66;--ok:#0f6b3a;--ok-bg:#e3f4ea;--warn:#8a5300;--warn-bg:#fff4dc;--bad:#a61b1b;--bad-bg:#fde8e8}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--ink);font:16px/1.6 "Noto Sans","Segoe UI",system-ui,-apple-system,"Helvetica Neue",Arial,sans-serif}
a{color:var(--brand)}a:hover{color:var(--brand-dark)}
a:focus-visible,button:focus-visible{outline:3px solid #f0b429;outline-offset:2px}
.wrap{max-width:880px;margin:0 auto;padding:0 20px}
.skip{position:absolute;left:-999px}.skip:focus{left:12px;top:12px;background:#fff;padding:8px 12px;z-index:1}
.masthead{background:var(--brand);color:#fff;border-bottom:4px solid #d4a72c}
.masthead .wrap{display:flex;justify-content:space-between;align-items:center;gap:12px;min-height:60px;flex-wrap:wrap}
.masthead .issuer{color:#fff;font-family:Georgia,"Noto Serif","Times New Roman",serif;font-size:1.25rem;text-decoration:none;font-weight:700}
.masthead .kind{font-size:.8rem;letter-spacing:.08em;text-transform:uppercase;opacity:.9}
main.wrap{padding-top:24px;padding-bottom:8px}
.status{border-radius:8px;padding:12px 16px;margin-bottom:16px;border:1px solid}
.status span{display:block;font-size:.95rem}
.status-ok{background:var(--ok-bg);border-color:#9fd8b6;color:var(--ok)}
.status-warn{background:var(--warn-bg);border-color:#f2cf84;color:var(--warn)}
.status-bad{background:var(--bad-bg);border-color:#f2a7a7;color:var(--bad)}
.card{background:var(--card);border:1px solid var(--line);border-radius:12px;padding:28px;margin-bottom:16px;box-shadow:0 1px 2px rgba(16,42,67,.06)}
.hero{display:flex;gap:28px;align-items:flex-start}
.badge{width:200px;height:200px;flex:none;object-fit:contain}
.eyebrow{margin:0;color:var(--muted);font-size:.8rem;letter-spacing:.08em;text-transform:uppercase}
h1{font-family:Georgia,"Noto Serif","Times New Roman",serif;font-size:2rem;line-height:1.2;margin:.2em 0 .4em;color:var(--brand-dark);overflow-wrap:anywhere}
h2{font-family:Georgia,"Noto Serif","Times New Roman",serif;font-size:1.25rem;color:var(--brand-dark);margin:1.6em 0 .5em;padding-bottom:.3em;border-bottom:1px solid var(--line)}
.card>h2:first-child{margin-top:0}
.awarded{margin:0 0 12px;font-size:1.05rem}
.facts{display:flex;flex-wrap:wrap;gap:8px 28px;margin:0}
.facts div{min-width:120px}
.facts dt{color:var(--muted);font-size:.8rem;text-transform:uppercase;letter-spacing:.06em}
.facts dd{margin:0;font-weight:600}
.description{white-space:pre-line;overflow-wrap:anywhere}
.prose{overflow-wrap:anywhere}.prose :first-child{margin-top:0}
.prose code{background:var(--bg);padding:1px 4px;border-radius:4px}
.table{overflow-x:auto}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:10px 8px;border-bottom:1px solid var(--line);vertical-align:middle}
thead th{font-size:.8rem;color:var(--muted);text-transform:uppercase;letter-spacing:.06em}
tbody th{font-weight:600}
.meter{display:inline-block;width:90px;height:8px;border-radius:4px;background:var(--line);vertical-align:middle;overflow:hidden}
.meter span{display:block;height:100%;background:var(--brand)}
.lvl{color:var(--muted);font-size:.85rem;white-space:nowrap}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.skills{list-style:none;padding:0;margin:0;display:flex;flex-wrap:wrap;gap:8px}
.skills li{background:#e8eef6;border-radius:999px;padding:4px 14px;font-size:.95rem}
.skills a{text-decoration:none}
button{font:inherit;font-weight:600;background:var(--brand);color:#fff;border:0;border-radius:8px;padding:10px 20px;cursor:pointer}
button:hover{background:var(--brand-dark)}button:disabled{opacity:.6;cursor:progress}
#verify-result{margin-top:12px;overflow-wrap:anywhere}
.verdict{font-weight:700;margin:.5em 0}.verdict.ok{color:var(--ok)}.verdict.bad{color:var(--bad)}
.checks{list-style:none;padding:0;margin:0}
.check{padding:6px 10px;border-left:4px solid var(--line);margin:4px 0;background:var(--bg)}
.check.passed{border-color:var(--ok)}.check.failed{border-color:var(--bad)}.check.warning,.check.not-checked{border-color:#d4a72c}
.downloads{margin:0;padding-left:1.2em}.downloads li{margin:4px 0}
.foot{color:var(--muted);font-size:.875rem;padding-bottom:32px}
@media (max-width:640px){.hero{flex-direction:column;align-items:center;text-align:center}.facts{justify-content:center}.card{padding:20px}h1{font-size:1.6rem}.badge{width:180px;height:180px}.meter{width:56px}}
@media print{body{background:#fff}.masthead{background:none;color:var(--ink)}.masthead .issuer{color:var(--ink)}#verify,#h-verify,.skip{display:none}.card{box-shadow:none}}
`;
