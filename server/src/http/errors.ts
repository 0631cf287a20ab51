import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { ErrorBody } from '@dintur/shared';
import { DomainError, storageFailureOf } from '../engine/index.js';

type BodyParserError = Error & { type?: string; status?: number };

function toDomainError(error: unknown): DomainError | undefined {
  if (error instanceof DomainError) return error;
  const parserError = error as BodyParserError;
  switch (parserError?.type) {
    case 'entity.parse.failed':
      return new DomainError(400, 'malformed-json', 'The request body is not valid JSON.');
    case 'entity.too.large':
      return new DomainError(413, 'payload-too-large', 'The request body is too large.');
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new DomainError(415, 'unsupported-media-type', 'Send the body as UTF-8 JSON.');
  }
  if (parserError?.status && parserError.status >= 400 && parserError.status < 500) {
    return new DomainError(400, 'validation-failed', 'The request could not be read.');
  }
  return undefined;
}

/** One place that turns errors into answers: a 4xx with a code and message, never a stack trace. */
export const errorHandler: ErrorRequestHandler = (error, _request, response, _next) => {
  const known = toDomainError(error);
  if (known) {
    const body: ErrorBody = {
      error: {
        code: known.code,
        message: known.message,
        ...(known.issues && { issues: known.issues }),
        ...(known.details && { details: known.details }),
      },
    };
    const retryAfter = known.details?.retryAfterSeconds;
    if (typeof retryAfter === 'number') response.setHeader('Retry-After', String(retryAfter));
    response.status(known.status).json(body);
    return;
  }
  const storage = storageFailureOf(error);
  if (storage) {
    // Nothing of the request was stored (context.ts rolls its writes back): say so plainly.
    const full = storage.kind === 'full';
    console.error(`dintur: a request failed because ${full ? 'the disk is full' : `the database is ${storage.kind}`} (${storage.code}); nothing of it was stored`);
    const body: ErrorBody = {
      error: full
        ? { code: 'insufficient-storage', message: 'The server’s disk is full: nothing was stored. Tell the staff; try again later.' }
        : { code: 'storage-unavailable', message: 'The server cannot write to its database now: nothing was stored. Tell the staff; try again later.' },
    };
    response.status(full ? 507 : 503).json(body);
    return;
  }
  console.error('Unexpected error while handling a request:', error);
  response.status(500).json({ error: { code: 'internal', message: 'Something went wrong on the server.' } });
};

export const apiNotFound: RequestHandler = (request, response) => {
  const body: ErrorBody = { error: { code: 'not-found', message: `No API operation ${request.method} ${request.baseUrl}${request.path}.` } };
  response.status(404).json(body);
};
