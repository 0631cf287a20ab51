import { operations } from '@dintur/shared';
import { createApiClient } from '@dintur/web';

export { ApiError } from '@dintur/web';

/**
 * The citizens' pages' client of the centre's operation map, from the page's own origin:
 * `call('getAppointment', { params: { code } })`. A refusal becomes an ApiError (@dintur/web).
 */
export const { call } = createApiClient(operations);
