import { z } from 'zod';
import { ErrorBody, operations, type Operation } from '@dintur/shared';

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' });

function parameters(operation: Operation) {
  const list: unknown[] = [];
  for (const where of ['params', 'query'] as const) {
    const schema = operation[where];
    if (!schema) continue;
    const shape = jsonSchema(schema, 'input') as { properties?: Record<string, unknown>; required?: string[] };
    for (const [name, property] of Object.entries(shape.properties ?? {})) {
      list.push({
        name,
        in: where === 'params' ? 'path' : 'query',
        required: where === 'params' || (shape.required ?? []).includes(name),
        schema: property,
      });
    }
  }
  return list;
}

/** The OpenAPI 3.1 document of the API, generated from the same schemas that validate requests. */
export function openApiDocument(): unknown {
  const paths: Record<string, Record<string, unknown>> = {};
  const errorResponse = { description: 'Error', content: { 'application/json': { schema: jsonSchema(ErrorBody, 'output') } } };
  for (const [name, operation] of Object.entries(operations) as [string, Operation][]) {
    const responses: Record<string, unknown> = {
      [operation.status]: operation.response
        ? { description: 'Success', content: { 'application/json': { schema: jsonSchema(operation.response, 'output') } } }
        : { description: 'Success, no content' },
      '4XX': errorResponse,
    };
    if (name === 'callNext') responses['204'] = { description: 'Nothing waits that this counter and person may serve' };
    paths[operation.path] ??= {};
    paths[operation.path]![operation.method] = {
      operationId: name,
      summary: operation.summary,
      ...(operation.access !== 'public' && {
        security: [{ bearer: [] }, { cookie: [] }],
        description: `Access: ${operation.access === 'signed-in' ? 'any signed-in account' : operation.access.join(', ')}.`,
      }),
      parameters: parameters(operation),
      ...(operation.body && {
        requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(operation.body, 'input') } } },
      }),
      responses,
    };
  }
  paths['/api/events'] = {
    get: {
      operationId: 'events',
      summary: 'Server-sent events: a snapshot on every (re)connect, then every change',
      responses: { 200: { description: 'text/event-stream', content: { 'text/event-stream': {} } } },
    },
  };
  return {
    openapi: '3.1.0',
    info: { title: 'dintur centre server', version: '0.1.0' },
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer' },
        cookie: { type: 'apiKey', in: 'cookie', name: 'dintur_session' },
      },
    },
    paths,
  };
}
