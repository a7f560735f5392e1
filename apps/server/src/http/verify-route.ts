import type { RequestHandler } from 'express';
import type { EntityManager } from 'typeorm';
import type { VerificationService } from '../modules/credential/verification.service';
import { sendError } from './public-errors';

const SUPPORTED = 'application/json (a credential, or { "credential": <object or VC-JWT>, "recipientEmail": "…" }), text/plain or application/vc+jwt (a VC-JWT), image/png or image/svg+xml (a baked badge)';

type VerifyInput = { input: string | Uint8Array | Record<string, unknown>; recipientEmail?: string };

/**
 * `POST /api/verify` (body read raw, at most 5 MB): runs the server's verifier on whatever form the credential came
 * in and answers the per-check report with 200, also when the credential is invalid. Only a request the verifier
 * cannot be asked about (empty body, unsupported type, unreadable JSON) is a 400.
 */
export function verifyRoute(verification: VerificationService, em: () => EntityManager): RequestHandler {
  return async (req, res) => {
    const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    res.setHeader('Cache-Control', 'no-store');
    if (!body.length) return sendError(res, 400, 'BAD_REQUEST', `The request body is empty. Send ${SUPPORTED}.`);
    const parsed = parseBody(req.headers['content-type'], body, typeof req.query.recipientEmail === 'string' ? req.query.recipientEmail : undefined);
    if ('error' in parsed) return sendError(res, parsed.status, parsed.status === 415 ? 'UNSUPPORTED_MEDIA_TYPE' : 'BAD_REQUEST', parsed.error);
    const report = await verification.verify(em(), parsed.input, { recipientEmail: parsed.recipientEmail ?? null });
    res.json(report);
  };
}

function parseBody(contentType: string | undefined, body: Buffer, recipientEmail?: string): VerifyInput | { status: number; error: string } {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (!type) return { status: 415, error: `Missing Content-Type. Send ${SUPPORTED}.` };
  if (type === 'image/png') return { input: new Uint8Array(body.buffer, body.byteOffset, body.byteLength), recipientEmail };
  const text = body.toString('utf8').replace(/^\uFEFF/, '');
  if (type === 'image/svg+xml') return { input: text, recipientEmail };
  if (type === 'text/plain' || type === 'application/vc+jwt' || type === 'application/jwt') {
    if (!text.trim()) return { status: 400, error: 'The request body is empty.' };
    return { input: text.trim(), recipientEmail };
  }
  if (type === 'application/json' || type.endsWith('+json')) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return { status: 400, error: 'The request body is not valid JSON.' };
    }
    if (!json || typeof json !== 'object' || Array.isArray(json)) return { status: 400, error: 'The JSON body must be an object: a credential, or { "credential": …, "recipientEmail": … }.' };
    return unwrap(json as Record<string, unknown>, recipientEmail);
  }
  return { status: 415, error: `Unsupported Content-Type ${type}. Send ${SUPPORTED}.` };
}

/** A body with `credential` and no JSON-LD context of its own is the envelope form, not a credential. */
function unwrap(json: Record<string, unknown>, recipientEmail?: string): VerifyInput | { status: number; error: string } {
  if (!('credential' in json) || '@context' in json) return { input: json, recipientEmail };
  const { credential } = json;
  const email = json.recipientEmail ?? recipientEmail;
  if (email !== undefined && email !== null && typeof email !== 'string') return { status: 400, error: '"recipientEmail" must be a string.' };
  if (typeof credential === 'string') {
    if (!credential.trim()) return { status: 400, error: '"credential" is empty.' };
    return { input: credential.trim(), recipientEmail: email ?? undefined };
  }
  if (credential && typeof credential === 'object' && !Array.isArray(credential)) return { input: credential as Record<string, unknown>, recipientEmail: email ?? undefined };
  return { status: 400, error: '"credential" must be a credential object or a VC-JWT string.' };
}
