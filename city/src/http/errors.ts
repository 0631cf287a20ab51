import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { ErrorBody } from '@dintur/shared';
import { HubError } from '../services/errors.js';

type BodyParserError = Error & { type?: string; status?: number };

function toHubError(error: unknown): HubError | undefined {
  if (error instanceof HubError) return error;
  const parserError = error as BodyParserError;
  switch (parserError?.type) {
    case 'entity.parse.failed':
      return new HubError(400, 'malformed-json', 'The request body is not valid JSON.');
    case 'entity.too.large':
      return new HubError(413, 'payload-too-large', 'The request body is too large.');
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new HubError(415, 'unsupported-media-type', 'Send the body as UTF-8 JSON.');
  }
  if (parserError?.status && parserError.status >= 400 && parserError.status < 500) {
    return new HubError(400, 'validation-failed', 'The request could not be read.');
  }
  return undefined;
}

/** The one place that turns errors into answers: a 4xx with a code and message, never a stack trace. */
export const errorHandler: ErrorRequestHandler = (error, _request, response, _next) => {
  const known = toHubError(error);
  if (known) {
    const body: ErrorBody = {
      error: { code: known.code, message: known.message, ...(known.issues && { issues: known.issues }), ...(known.details && { details: known.details }) },
    };
    const retryAfter = known.details?.retryAfterSeconds;
    if (typeof retryAfter === 'number') response.setHeader('Retry-After', String(retryAfter));
    response.status(known.status).json(body);
    return;
  }
  console.error('dintur city: unexpected error while handling a request:', error);
  response.status(500).json({ error: { code: 'internal', message: 'Something went wrong on the hub.' } });
};

export const apiNotFound: RequestHandler = (request, response) => {
  const body: ErrorBody = { error: { code: 'not-found', message: `No API operation ${request.method} ${request.baseUrl}${request.path}.` } };
  response.status(404).json(body);
};
