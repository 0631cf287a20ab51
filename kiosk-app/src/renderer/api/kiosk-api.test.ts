import { describe, expect, it } from 'vitest';
import { citizenErrorMessages } from '@dintur/shared';
import { refusalDetail } from './kiosk-api.js';

describe('why the kiosk could not give a number', () => {
  it('says the shared sentence in the kiosk’s language when the citizen can act on it', () => {
    expect(refusalDetail({ reason: 'failed', code: 'too-many-requests' }, 'ar')).toBe(citizenErrorMessages.ar['too-many-requests']);
    expect(refusalDetail({ reason: 'failed', code: 'storage-unavailable' }, 'ur')).toBe(citizenErrorMessages.ur['storage-unavailable']);
  });

  it('adds nothing where the title says it all, or where the advice would not fit a kiosk', () => {
    expect(refusalDetail({ reason: 'closed', code: 'service-closed' }, 'da')).toBeNull();
    expect(refusalDetail({ reason: 'full', code: 'queue-full' }, 'da')).toBeNull();
    expect(refusalDetail({ reason: 'failed', code: 'network' }, 'da')).toBeNull();
    expect(refusalDetail({ reason: 'failed', code: 'unknown' }, 'da')).toBeNull();
  });
});
