import { z } from 'zod';
import { ErrorBody, cityOperations, type CityOperation } from '@dintur/shared';

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output') => z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' });

function parameters(operation: CityOperation) {
  const list: unknown[] = [];
  for (const where of ['params', 'query'] as const) {
    const schema = operation[where];
    if (!schema) continue;
    const shape = jsonSchema(schema, 'input') as { properties?: Record<string, unknown>; required?: string[] };
    for (const [name, property] of Object.entries(shape.properties ?? {})) {
      list.push({ name, in: where === 'params' ? 'path' : 'query', required: where === 'params' || (shape.required ?? []).includes(name), schema: property });
    }
  }
  return list;
}

/** The OpenAPI 3.1 document of the hub, generated from the schemas that validate its requests. */
export function cityOpenApiDocument(): unknown {
  const paths: Record<string, Record<string, unknown>> = {};
  const errorResponse = { description: 'Error', content: { 'application/json': { schema: jsonSchema(ErrorBody, 'output') } } };
  for (const [name, operation] of Object.entries(cityOperations) as [string, CityOperation][]) {
    paths[operation.path] ??= {};
    paths[operation.path]![operation.method] = {
      operationId: name,
      summary: operation.summary,
      ...(operation.access !== 'public' && {
        security: operation.access === 'centre' ? [{ centreKey: [] }] : [{ bearer: [] }, { cookie: [] }],
        description: `Access: ${operation.access === 'centre' ? 'the centre named in the path, by its key' : operation.access === 'signed-in' ? 'any signed-in account' : operation.access.join(', ')}.`,
      }),
      parameters: parameters(operation),
      ...(operation.body && { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(operation.body, 'input') } } } }),
      responses: {
        [operation.status]: operation.response
          ? { description: 'Success', content: { 'application/json': { schema: jsonSchema(operation.response, 'output') } } }
          : { description: 'Success, no content' },
        '4XX': errorResponse,
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'dintur city hub', version: '0.1.0' },
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer' },
        cookie: { type: 'apiKey', in: 'cookie', name: 'dintur_city_session' },
        centreKey: { type: 'http', scheme: 'bearer', description: 'a centre’s key (DINTUR_CITY_KEY)' },
      },
    },
    paths,
  };
}
