// Every JSON-LD context this package can process, keyed by URL. Bundled so that signing and verifying never fetch.
import clrV2p0Context201, { url as clrV2p0Context201Url } from './data/clr-v2p0-context-2.0.1.js';
import clrV2p0Context, { url as clrV2p0ContextUrl } from './data/clr-v2p0-context.js';
import obV2p0Context, { url as obV2p0ContextUrl } from './data/ob-v2p0-context.js';
import obV3p0Context300, { url as obV3p0Context300Url } from './data/ob-v3p0-context-3.0.0.js';
import obV3p0Context301, { url as obV3p0Context301Url } from './data/ob-v3p0-context-3.0.1.js';
import obV3p0Context302, { url as obV3p0Context302Url } from './data/ob-v3p0-context-3.0.2.js';
import obV3p0Context303, { url as obV3p0Context303Url } from './data/ob-v3p0-context-3.0.3.js';
import obV3p0Extensions, { url as obV3p0ExtensionsUrl } from './data/ob-v3p0-extensions.js';
import w3cCredentialsV1, { url as w3cCredentialsV1Url } from './data/w3c-credentials-v1.js';
import w3cCredentialsV2, { url as w3cCredentialsV2Url } from './data/w3c-credentials-v2.js';
import w3cDidV1, { url as w3cDidV1Url } from './data/w3c-did-v1.js';
import w3idSecurityDataIntegrityV1, { url as w3idSecurityDataIntegrityV1Url } from './data/w3id-security-data-integrity-v1.js';
import w3idSecurityDataIntegrityV2, { url as w3idSecurityDataIntegrityV2Url } from './data/w3id-security-data-integrity-v2.js';
import w3idSecurityMultikeyV1, { url as w3idSecurityMultikeyV1Url } from './data/w3id-security-multikey-v1.js';
import w3idSecuritySuitesEd255192020V1, { url as w3idSecuritySuitesEd255192020V1Url } from './data/w3id-security-suites-ed25519-2020-v1.js';

const entries: [string, Record<string, unknown>][] = [
  [clrV2p0Context201Url, clrV2p0Context201],
  [clrV2p0ContextUrl, clrV2p0Context],
  [obV2p0ContextUrl, obV2p0Context],
  [obV3p0Context300Url, obV3p0Context300],
  [obV3p0Context301Url, obV3p0Context301],
  [obV3p0Context302Url, obV3p0Context302],
  [obV3p0Context303Url, obV3p0Context303],
  [obV3p0ExtensionsUrl, obV3p0Extensions],
  [w3cCredentialsV1Url, w3cCredentialsV1],
  [w3cCredentialsV2Url, w3cCredentialsV2],
  [w3cDidV1Url, w3cDidV1],
  [w3idSecurityDataIntegrityV1Url, w3idSecurityDataIntegrityV1],
  [w3idSecurityDataIntegrityV2Url, w3idSecurityDataIntegrityV2],
  [w3idSecurityMultikeyV1Url, w3idSecurityMultikeyV1],
  [w3idSecuritySuitesEd255192020V1Url, w3idSecuritySuitesEd255192020V1],
  // Aliases still found in circulating credentials (the 1EdTech validator resolves them the same way).
  ['https://openbadgespec.org/v2/context.json', obV2p0Context],
  ['https://imsglobal.github.io/openbadges-specification/context.json', obV3p0Context300],
  ['https://dc.imsglobal.org/draft/clr/v2p0/context', clrV2p0Context],
];

/** URL → JSON-LD context document for every context the offline document loader serves. */
export const bundledContexts: ReadonlyMap<string, Record<string, unknown>> = new Map(entries);
