import { cityOperations, type CityOperationName } from '@dintur/shared';
import { createApiClient, type ApiClientOptions, type OperationOutput } from '@dintur/web';

/**
 * A typed client of the hub's operation map (`shared/src/city/city-operations.ts`), from
 * @dintur/web: `city.call('renewCentreKey', { params: { centreId } })`. The session is the hub's
 * HttpOnly cookie, which travels by itself (same origin): the app never holds a token.
 */
export function createCityClient(options: ApiClientOptions<CityOperationName> = {}) {
  return createApiClient(cityOperations, options);
}

export type CityClient = ReturnType<typeof createCityClient>;

/** A centre with its key, as registering or renewing answers (shared exports the schema only). */
export type CentreWithKey = OperationOutput<(typeof cityOperations)['registerCentre']>;
