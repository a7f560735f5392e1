import { bakePng, bakeSvg, buildAchievement, buildOb2HostedBadge, ob2RevokedAssertion } from '@openclr/credentials';
import express, { type Request, type Response, Router } from 'express';
import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { createModules } from '../modules';
import type { StatusPurpose } from '../modules/credential/credential.entity';
import { renderBadgePng, renderBadgeSvg } from '../modules/credential/presentation/badge-image';
import { renderCredentialPage } from '../modules/credential/presentation/credential-page';
import { findIssuer, findPublicAchievement, findPublicAward, type PublicAchievement, type PublicAward, type PublicIssuer, UUID_PATTERN } from './public-records';
import { notFound, publicErrorHandler, sendError } from './public-errors';
import { verifyRoute } from './verify-route';
import { skillAlignment } from '../modules/credential/credential-input';

export type PublicServices = Pick<ReturnType<typeof createModules>['services'], 'urls' | 'keys' | 'statusLists' | 'credentials' | 'verification'>;

/** Media types a credential URL negotiates, in order of preference for `Accept: *\/*`. */
const CREDENTIAL_TYPES = ['text/html', 'application/vc+ld+json', 'application/ld+json', 'application/json', 'application/vc+jwt', 'application/jwt', 'image/png', 'image/svg+xml'];
type CredentialForm = 'html' | 'json' | 'jwt' | 'jws' | 'png' | 'svg';
const SUFFIX_FORMS: Record<string, CredentialForm> = { json: 'json', jws: 'jws', jwt: 'jws', png: 'png', svg: 'svg' };
const REF = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:\.([a-z]+))?$/i;

// Award state can change at any moment (suspension, revocation), so shared caches keep documents only briefly.
const SHORT_CACHE = 'public, max-age=60, must-revalidate';

/**
 * The public, unauthenticated HTTP surface of credentials: credential documents by content negotiation or
 * suffix, baked images, the HTML page, OB 2.0 hosted documents, DID documents, status lists and `POST /api/verify`.
 * Malformed ids answer 404 before the database is asked; nothing here answers 500 for bad input.
 */
export function credentialRoutes(services: PublicServices, dataSource: DataSource): Router {
  const router = Router();
  const { urls } = services;
  const em = (): EntityManager => dataSource.manager;
  const images = new BadgeImageCache();
  const CREDENTIAL_NOT_FOUND_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Credential not found — OpenCLR</title>
<style>body{font-family:system-ui,sans-serif;background:#f5f3ee;color:#1f2933;margin:0;display:grid;place-items:center;min-height:100vh}main{background:#fff;border:1px solid #ddd6c8;border-radius:10px;padding:32px 40px;max-width:520px}h1{color:#1d3557;font-family:Georgia,serif;margin-top:0}a{color:#1d4e89}</style></head>
<body><main><h1>Credential not found</h1><p>This link does not lead to a credential issued with OpenCLR. It may have been mistyped, or the learner may have shared a different link.</p><p>If you have the credential file, you can still <a href="/verify">verify it here</a>.</p></main></body></html>`;

  router.get('/credentials/:ref', async (req, res) => {
    const ref = parseRef(req.params.ref, ['json', 'jws', 'jwt', 'png', 'svg']);
    res.setHeader('Vary', 'Accept');
    const form = ref?.suffix ? SUFFIX_FORMS[ref.suffix] : negotiate(req);
    // A shared link that leads nowhere gets a page for people, not a JSON error.
    if (!ref || (form === 'html' && !(await findPublicAward(em(), ref.id)))) {
      return form === 'html' ? sendPage(res.status(404), CREDENTIAL_NOT_FOUND_PAGE) : notFound(res, 'Credential');
    }
    if (!form) return sendError(res, 406, 'NOT_ACCEPTABLE', `This credential is available as ${CREDENTIAL_TYPES.join(', ')}.`);

    if (form === 'html') return sendPage(res, renderCredentialPage(pageView((await findPublicAward(em(), ref.id))!)));

    const signed = await services.credentials.find(em(), ref.id);
    if (!signed) return notFound(res, 'Credential');
    const bakeJwt = req.query.format === 'jwt';
    const filename = `credential-${ref.id}`;
    res.setHeader('Cache-Control', SHORT_CACHE);
    if (form === 'json') {
      disposition(req, res, `${filename}.json`);
      return res.type('application/vc+ld+json').send(JSON.stringify(signed.document));
    }
    if (form === 'jwt') return res.type(req.accepts(['application/vc+jwt', 'application/jwt']) || 'application/vc+jwt').send(signed.jwt);
    if (form === 'jws') {
      disposition(req, res, `${filename}.jws`);
      return res.type('text/plain').send(signed.jwt);
    }
    const achievement = await findPublicAchievement(em(), signed.award.achievementId, { includeDrafts: true });
    if (!achievement) return notFound(res, 'Credential');
    const image = await images.get(achievement);
    const payload = bakeJwt ? signed.jwt : JSON.stringify(signed.document);
    if (form === 'png') {
      disposition(req, res, `${filename}.png`);
      return res.type('image/png').send(Buffer.from(bakePng(image.png, payload)));
    }
    disposition(req, res, `${filename}.svg`);
    return res.type('image/svg+xml').send(bakeSvg(image.svg, payload));
  });

  router.get('/achievements/:ref', async (req, res) => {
    const ref = parseRef(req.params.ref, ['json', 'png', 'svg']);
    if (!ref) return notFound(res, 'Achievement');
    const achievement = await findPublicAchievement(em(), ref.id);
    if (!achievement) return notFound(res, 'Achievement');
    res.setHeader('Cache-Control', SHORT_CACHE);
    if (ref.suffix === 'png') return res.type('image/png').send(Buffer.from((await images.get(achievement)).png));
    if (ref.suffix === 'svg') return res.type('image/svg+xml').send((await images.get(achievement)).svg);
    res.type('application/json').send(JSON.stringify({ '@context': ['https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'], ...ob3Achievement(achievement) }));
  });

  // Credentials align to `/skills/:id` when a skill has no URI at its source, so that URL must resolve.
  router.get('/skills/:id', async (req, res) => {
    if (!UUID_PATTERN.test(req.params.id)) return notFound(res, 'Skill');
    const [skill] = (await em().query(
      `SELECT s.id, s.name, s.code, s.description, s.external_uri AS "externalUri", f.name AS framework
         FROM skill s JOIN skill_framework f ON f.id = s.framework_id WHERE s.id = $1`,
      [req.params.id],
    )) as { id: string; name: string; code: string | null; description: string | null; externalUri: string | null; framework: string }[];
    if (!skill) return notFound(res, 'Skill');
    res.setHeader('Cache-Control', SHORT_CACHE);
    res.type('application/json').send(JSON.stringify({ id: urls.skill(skill.id), type: 'Skill', ...skillAlignment(urls, skill) }));
  });

  router.get('/ob2/assertions/:id', async (req, res) => {
    if (!UUID_PATTERN.test(req.params.id)) return notFound(res, 'Assertion');
    const award = await findPublicAward(em(), req.params.id);
    if (!award) return notFound(res, 'Assertion');
    res.setHeader('Cache-Control', 'no-cache');
    // OB 2.0 knows no suspension: a hosted verifier must see a suspended assertion as not valid, and 410 is the only way.
    if (award.state !== 'active') {
      const reason = award.state === 'revoked' ? award.stateReason ?? undefined : `Suspended by the issuer${award.stateReason ? `: ${award.stateReason}` : ''}.`;
      return res.status(410).type(ob2Type(req)).send(JSON.stringify(ob2RevokedAssertion(urls.ob2Assertion(award.id), reason)));
    }
    if (!award.learnerEmail) return notFound(res, 'Assertion (the learner has no e-mail address to hash, so there is no OB 2.0 form)');
    sendOb2(req, res, ob2Documents(award.achievement, award).assertion);
  });

  router.get('/ob2/badges/:id', async (req, res) => {
    if (!UUID_PATTERN.test(req.params.id)) return notFound(res, 'BadgeClass');
    const achievement = await findPublicAchievement(em(), req.params.id);
    if (!achievement) return notFound(res, 'BadgeClass');
    res.setHeader('Cache-Control', SHORT_CACHE);
    sendOb2(req, res, ob2Documents(achievement).badgeClass);
  });

  router.get('/ob2/issuers/:id', async (req, res) => {
    if (!UUID_PATTERN.test(req.params.id)) return notFound(res, 'Issuer');
    const issuer = await findIssuer(em(), req.params.id);
    if (!issuer) return notFound(res, 'Issuer');
    res.setHeader('Cache-Control', SHORT_CACHE);
    sendOb2(req, res, ob2Documents(placeholderAchievement(issuer)).issuer);
  });

  router.get('/issuers/:id/did.json', async (req, res) => {
    if (!UUID_PATTERN.test(req.params.id)) return notFound(res, 'Issuer');
    const did = urls.issuerDidWeb(req.params.id);
    if (!did) return notFound(res, 'DID document (issuers use did:key when the server is not on HTTPS)');
    if (!(await findIssuer(em(), req.params.id))) return notFound(res, 'Issuer');
    // Creates the issuer's keys on first request, so the document exists before the first credential is signed.
    await services.keys.issuerDid(em(), req.params.id);
    const document = (await services.keys.didDocuments(em(), req.params.id)).find((d) => d.id === did);
    if (!document) return notFound(res, 'DID document');
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.type('application/did+json').send(JSON.stringify(document));
  });

  router.get('/status/:issuerId/:purpose', async (req, res) => {
    const { issuerId, purpose } = req.params;
    if (!UUID_PATTERN.test(issuerId) || (purpose !== 'revocation' && purpose !== 'suspension')) return notFound(res, 'Status list');
    if (!(await findIssuer(em(), issuerId))) return notFound(res, 'Status list');
    const list = await services.statusLists.signedListCredential(em(), issuerId.toLowerCase(), purpose as StatusPurpose);
    res.setHeader('Cache-Control', SHORT_CACHE);
    res.type('application/vc+ld+json').send(JSON.stringify(list));
  });

  router.post('/api/verify', express.raw({ type: () => true, limit: '5mb' }), verifyRoute(services.verification, em));

  router.use(publicErrorHandler);
  return router;

  function pageView(award: PublicAward) {
    const credentialUrl = urls.credential(award.id);
    const path = `/credentials/${award.id}`;
    return {
      credentialUrl,
      imageUrl: `${credentialUrl}.png`,
      achievement: {
        name: award.achievement.name,
        description: award.achievement.description,
        criteriaMarkdown: criteriaOf(award.achievement),
        achievementType: award.achievement.achievementType,
      },
      learnerName: award.learnerName,
      issuer: { name: award.achievement.issuer.name, url: award.achievement.issuer.url ?? urls.origin },
      issuedAt: award.issuedAt,
      validUntil: award.validUntil,
      state: award.state,
      stateReason: award.stateReason,
      expired: !!award.validUntil && award.validUntil.getTime() < Date.now(),
      timeZone: award.timeZone,
      results: award.results,
      skills: award.achievement.skills.map((s) => ({ name: s.name, url: s.externalUri })),
      downloads: {
        json: `${path}.json`,
        jws: `${path}.jws`,
        png: `${path}.png?download=1`,
        svg: `${path}.svg?download=1`,
        ob2: award.learnerEmail && award.state === 'active' ? `/ob2/assertions/${award.id}` : null,
      },
    };
  }

  function ob3Achievement(a: PublicAchievement) {
    return buildAchievement({
      id: urls.achievement(a.id),
      name: a.name,
      description: a.description,
      criteria: { narrative: criteriaOf(a) },
      image: { url: a.imageUrl ? new URL(a.imageUrl, urls.origin).toString() : `${urls.achievement(a.id)}.png` },
      achievementType: a.achievementType,
      version: a.version,
      alignments: alignmentsOf(a).map((alignment) => ({ ...alignment, targetType: 'ceasn:Competency' })),
    });
  }

  function alignmentsOf(a: PublicAchievement) {
    return a.skills.map((s) => skillAlignment(urls, s));
  }

  /**
   * The OB 2.0 hosted trio for an achievement (and an award, for the assertion). The recipient salt is derived from
   * the award id so the hosted assertion is the same document on every request.
   */
  function ob2Documents(a: PublicAchievement, award?: PublicAward) {
    const achievementImage = a.imageUrl ? new URL(a.imageUrl, urls.origin).toString() : `${urls.achievement(a.id)}.png`;
    return buildOb2HostedBadge({
      assertionUrl: urls.ob2Assertion(award?.id ?? a.id),
      badgeClassUrl: urls.ob2Badge(a.id),
      issuerUrl: urls.ob2Issuer(a.issuer.id),
      issuer: {
        id: urls.ob2Issuer(a.issuer.id),
        name: a.issuer.name,
        url: a.issuer.url ?? urls.origin,
        // OB 2.0 requires a contact e-mail for issuers; an issuer without one gets the host's postmaster.
        email: a.issuer.email ?? `postmaster@${new URL(urls.origin).hostname}`,
        description: a.issuer.description ?? undefined,
        image: a.issuer.imageUrl ? { url: new URL(a.issuer.imageUrl, urls.origin).toString() } : undefined,
      },
      achievement: {
        id: urls.achievement(a.id),
        name: a.name,
        description: a.description,
        criteria: { narrative: criteriaOf(a), url: urls.achievement(a.id) },
        alignments: alignmentsOf(a),
      },
      recipient: award?.learnerEmail
        ? { type: 'email', identity: award.learnerEmail, salt: createHash('sha256').update(`openclr-ob2-salt:${award.id}`).digest('hex').slice(0, 32) }
        : { type: 'url', identity: urls.origin, hashed: false },
      issuedOn: award?.issuedAt ?? new Date(0),
      expires: award?.validUntil ?? undefined,
      image: award ? `${urls.credential(award.id)}.png` : achievementImage,
    });
  }

  function placeholderAchievement(issuer: PublicIssuer): PublicAchievement {
    // Only the issuer Profile of the trio is used: the achievement part just satisfies the builder.
    return { id: issuer.id, name: issuer.name, description: issuer.name, criteriaMarkdown: issuer.name, imageUrl: null, achievementType: 'Badge', version: '1', awardMinLevel: 1, issuer, skills: [] };
  }
}

function parseRef(raw: string, suffixes: string[]): { id: string; suffix?: string } | null {
  const match = REF.exec(raw);
  if (!match) return null;
  const suffix = match[2]?.toLowerCase();
  if (suffix && !suffixes.includes(suffix)) return null;
  return { id: match[1].toLowerCase(), suffix };
}

function negotiate(req: Request): CredentialForm | null {
  const type = req.accepts(CREDENTIAL_TYPES);
  if (!type) return null;
  if (type === 'text/html') return 'html';
  if (type === 'application/vc+jwt' || type === 'application/jwt') return 'jwt';
  if (type === 'image/png') return 'png';
  if (type === 'image/svg+xml') return 'svg';
  return 'json';
}

function criteriaOf(a: PublicAchievement): string {
  return a.criteriaMarkdown?.trim() || `Every rubric criterion rated at level ${a.awardMinLevel} or higher.`;
}

function disposition(req: Request, res: Response, filename: string): void {
  if (req.query.download === '1' || req.query.download === 'true') res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
}

const ob2Type = (req: Request) => (req.accepts(['application/ld+json', 'application/json']) === 'application/json' ? 'application/json' : 'application/ld+json');

function sendOb2(req: Request, res: Response, document: Record<string, unknown>): void {
  res.type(ob2Type(req)).send(JSON.stringify(document));
}

/** Sends the credential page with a CSP that allows exactly its own inline script and style (by hash). */
function sendPage(res: Response, html: string): void {
  const hashes = (tag: string) =>
    [...html.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`).join(' ');
  res.setHeader(
    'Content-Security-Policy',
    // Styles may be inline (the page sets widths in style attributes); only scripts are pinned by hash.
    `default-src 'none'; img-src 'self' https: data:; style-src 'unsafe-inline'; script-src ${hashes('script') || "'none'"}; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
  );
  res.setHeader('Cache-Control', 'no-cache');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.type('html').send(html);
}

/** Rendered badge images per achievement look; rasterising takes tens of milliseconds, so the last few are kept. */
class BadgeImageCache {
  private readonly entries = new Map<string, Promise<{ svg: string; png: Uint8Array }>>();

  get(a: PublicAchievement): Promise<{ svg: string; png: Uint8Array }> {
    const svg = renderBadgeSvg({ name: a.name, skillCode: a.skills[0]?.code ?? null, issuerName: a.issuer.name });
    let entry = this.entries.get(svg);
    if (!entry) {
      entry = renderBadgePng(svg).then((png) => ({ svg, png }));
      entry.catch(() => this.entries.delete(svg));
      this.entries.set(svg, entry);
      if (this.entries.size > 200) this.entries.delete(this.entries.keys().next().value!);
    }
    return entry;
  }
}
