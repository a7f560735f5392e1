import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';

// Addresses a webhook must never reach on a production server (SSRF): loopback, private, link-local (cloud
// metadata), carrier-grade NAT, benchmarking, multicast and reserved ranges, in IPv4 and IPv6.
const PRIVATE = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24], ['224.0.0.0', 3],
] as const) PRIVATE.addSubnet(net, prefix, 'ipv4');
PRIVATE.addAddress('::', 'ipv6');
PRIVATE.addAddress('::1', 'ipv6');
for (const [net, prefix] of [['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['64:ff9b::', 96], ['2001:db8::', 32]] as const) PRIVATE.addSubnet(net, prefix, 'ipv6');

/** Whether `address` (IPv4 or IPv6, IPv4-mapped included) is loopback, private, link-local or otherwise not public. */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return PRIVATE.check(mapped[1], 'ipv4');
  const family = isIP(address);
  if (family === 0) return true;
  return PRIVATE.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

export type TargetProblem = { code: 'INVALID_URL' | 'INSECURE_URL' | 'PRIVATE_ADDRESS'; message: string };

/** Checks a target URL as typed: absolute http(s), no credentials, https and a public host unless insecure targets are allowed. */
export function checkTargetUrl(raw: string, allowInsecure: boolean): TargetProblem | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { code: 'INVALID_URL', message: 'The URL is not an absolute URL.' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { code: 'INVALID_URL', message: 'The URL must start with https://.' };
  if (url.username || url.password) return { code: 'INVALID_URL', message: 'The URL must not contain a user name or password.' };
  if (url.hash) return { code: 'INVALID_URL', message: 'The URL must not contain a #fragment.' };
  if (allowInsecure) return null;
  if (url.protocol !== 'https:') return { code: 'INSECURE_URL', message: 'The URL must use https://.' };
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host.endsWith('.localhost') || (isIP(host) !== 0 && isPrivateAddress(host))) {
    return { code: 'PRIVATE_ADDRESS', message: 'The URL must point to a public address, not a private or loopback one.' };
  }
  return null;
}

/** A DNS lookup that fails when a name resolves to a private address, so that a public name cannot be pointed inward. */
const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, '', 0);
    const refused = addresses.find((a) => isPrivateAddress(a.address));
    if (refused) return callback(Object.assign(new Error(`${hostname} resolves to a private address (${refused.address})`), { code: 'EPRIVATEADDRESS' }), '', 0);
    if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
    callback(null, addresses[0].address, addresses[0].family);
  });
};

export interface PostResult {
  status: number | null;
  error: string | null;
}

/**
 * POSTs `body` to `url` and reports the HTTP status or the network error; never throws, never follows redirects.
 * Unless `allowInsecure`, the connection may only reach public addresses, checked on the resolved addresses.
 */
export function postWebhook(url: string, body: string, headers: Record<string, string>, options: { timeoutMs: number; allowInsecure: boolean }): Promise<PostResult> {
  const problem = checkTargetUrl(url, options.allowInsecure);
  if (problem) return Promise.resolve({ status: null, error: problem.message });
  const target = new URL(url);
  const request = target.protocol === 'https:' ? httpsRequest : httpRequest;
  const requestOptions: RequestOptions = {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), 'user-agent': 'OpenCLR-Webhooks/1' },
    timeout: options.timeoutMs,
    ...(options.allowInsecure ? {} : { lookup: publicOnlyLookup }),
  };
  return new Promise((resolve) => {
    let settled = false;
    const done = (result: PostResult) => {
      if (!settled) resolve(result);
      settled = true;
    };
    const req = request(target, requestOptions, (res) => {
      // Only the status matters; the body is drained (at most 64 KiB read) so the socket can be freed.
      let read = 0;
      res.on('data', (chunk: Buffer) => {
        read += chunk.length;
        if (read > 65_536) res.destroy();
      });
      res.on('close', () => done({ status: res.statusCode ?? null, error: null }));
      res.on('error', () => done({ status: res.statusCode ?? null, error: null }));
    });
    // The whole exchange, not just socket inactivity, must finish within the timeout.
    const timer = setTimeout(() => req.destroy(new Error(`No answer within ${options.timeoutMs / 1000} s`)), options.timeoutMs);
    req.on('timeout', () => req.destroy(new Error(`No answer within ${options.timeoutMs / 1000} s`)));
    req.on('error', (error) => done({ status: null, error: error.message.slice(0, 500) }));
    req.on('close', () => clearTimeout(timer));
    req.end(body);
  });
}
