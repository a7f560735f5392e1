import type { ErrorRequestHandler, Response } from 'express';

export type PublicErrorCode = 'NOT_FOUND' | 'BAD_REQUEST' | 'UNSUPPORTED_MEDIA_TYPE' | 'PAYLOAD_TOO_LARGE' | 'NOT_ACCEPTABLE' | 'INTERNAL_SERVER_ERROR';

/** Sends the JSON error body every public route uses: `{ error: { code, message } }`. */
export function sendError(res: Response, status: number, code: PublicErrorCode, message: string): void {
  res.status(status).setHeader('Cache-Control', 'no-store');
  res.json({ error: { code, message } });
}

export const notFound = (res: Response, what: string): void => sendError(res, 404, 'NOT_FOUND', `${what} not found.`);

/**
 * Turns body-parser failures into the 4xx they are (413 too large, 400 unreadable) and anything else into a
 * masked 500 that is logged, so public routes never leak a stack trace.
 */
export const publicErrorHandler: ErrorRequestHandler = (error, req, res, next) => {
  if (res.headersSent) return next(error);
  const type = (error as { type?: string }).type;
  if (type === 'entity.too.large') return sendError(res, 413, 'PAYLOAD_TOO_LARGE', 'The request body is larger than 5 MB.');
  if (type === 'entity.parse.failed' || type === 'encoding.unsupported' || type === 'charset.unsupported' || type === 'request.aborted')
    return sendError(res, 400, 'BAD_REQUEST', 'The request body could not be read.');
  console.error(`[public] ${req.method} ${req.originalUrl} failed`, error);
  sendError(res, 500, 'INTERNAL_SERVER_ERROR', 'Something went wrong on our side.');
};

/** The body-parser failures of `/graphql`, answered in GraphQL's error shape (never express's HTML page with a stack). */
export function graphqlBodyErrorHandler(limit: string): ErrorRequestHandler {
  return (error, _req, res, next) => {
    if (res.headersSent) return next(error);
    const type = (error as { type?: string }).type;
    const [status, message] =
      type === 'entity.too.large'
        ? [413, `The request body is larger than ${limit}.`]
        : type === 'entity.parse.failed'
          ? [400, 'The request body is not valid JSON.']
          : [400, 'The request body could not be read.'];
    if (!type) return next(error);
    res.status(status).setHeader('Cache-Control', 'no-store');
    res.json({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
  };
}
