import { operations } from '@dintur/shared';
import { createApiClient } from '@dintur/web';

/**
 * The staff app's client of the centre's operation map (@dintur/web's typed client): "next"
 * may answer 204 when nobody waits, and a lost session (401) calls `onUnauthenticated`.
 */
export function createStaffApi(options: { onUnauthenticated?: () => void } = {}) {
  return createApiClient(operations, { mayAnswerEmpty: ['callNext'], ...options });
}

export type ApiClient = ReturnType<typeof createStaffApi>;
