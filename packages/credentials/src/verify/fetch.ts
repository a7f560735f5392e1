/** What a {@link DocumentFetcher} returns: the HTTP status and, for 2xx, the parsed JSON body. */
export interface FetchedDocument {
  status: number;
  body?: unknown;
}

/**
 * Fetches a JSON document (status list, OB 2.0 hosted assertion, badge class, issuer, key, revocation list) for the
 * verifier. The core package never fetches by itself: the server, CLI or browser app injects one (with caching,
 * timeouts and SSRF rules of its own), and tests inject a map.
 */
export type DocumentFetcher = (url: string) => Promise<FetchedDocument>;

export class FetchFailure extends Error {
  constructor(readonly url: string, readonly status?: number, options?: { cause?: unknown }) {
    const reason = options?.cause instanceof Error && options.cause.message ? `: ${options.cause.message}` : '';
    super(status ? `${url} answered HTTP ${status}` : `${url} could not be fetched${reason}`, options);
  }
}

/** Fetches `url` and returns its JSON body, or throws {@link FetchFailure} when unavailable or not 2xx. */
export async function fetchJson(fetcher: DocumentFetcher | undefined, url: string): Promise<Record<string, unknown>> {
  if (!fetcher) throw new FetchFailure(url);
  let result: FetchedDocument;
  try {
    result = await fetcher(url);
  } catch (error) {
    throw new FetchFailure(url, undefined, { cause: error });
  }
  if (result.status < 200 || result.status >= 300 || !result.body || typeof result.body !== 'object') throw new FetchFailure(url, result.status);
  return result.body as Record<string, unknown>;
}
