import { describe, expect, it } from 'vitest';
import { citizenErrorMessages, staffErrorMessages } from '@dintur/shared';
import { ApiError } from '../api/api-error.js';
import { withMessage } from './announcer.js';
import { errorSentence, runAction } from './use-action.js';

function recorder(current = true) {
  const seen: string[] = [];
  return {
    seen,
    hooks: {
      setBusy: (busy: boolean) => seen.push(`busy ${busy}`),
      setError: (error: string | null) => seen.push(`error ${error}`),
      announce: (text: string, options?: { assertive?: boolean }) => seen.push(`${options?.assertive ? 'assertive' : 'polite'} ${text}`),
      isCurrent: () => current,
    },
  };
}

describe('useAction', () => {
  it('is busy while the action runs and says politely what was done', async () => {
    const { seen, hooks } = recorder();
    const result = await runAction(async () => 7, { done: (count) => `${count} flyttet` }, hooks);
    expect(result).toBe(7);
    expect(seen).toEqual(['busy true', 'error null', 'polite 7 flyttet', 'busy false']);
  });

  it('turns a refusal into the shared sentence for its reader, never the server’s words', async () => {
    const refused = () => Promise.reject(new ApiError(409, 'counter-closed', 'Counter bs-1 is closed.'));
    const staff = recorder();
    expect(await runAction(refused, {}, staff.hooks)).toBeUndefined();
    expect(staff.seen).toEqual(['busy true', 'error null', `error ${staffErrorMessages['counter-closed']}`, 'busy false']);
    const citizen = recorder();
    await runAction(() => Promise.reject(new ApiError(409, 'queue-full', 'Queue full')), { reader: { citizen: 'ar' }, announceError: true }, citizen.hooks);
    expect(citizen.seen).toContain(`error ${citizenErrorMessages.ar['queue-full']}`);
    expect(citizen.seen).toContain(`assertive ${citizenErrorMessages.ar['queue-full']}`);
  });

  it('treats anything else thrown as a lost connection, and lets the app word what it knows better', async () => {
    expect(errorSentence(new TypeError('Failed to fetch'))).toBe(staffErrorMessages.network);
    const { seen, hooks } = recorder();
    await runAction(() => Promise.reject(new ApiError(404, 'not-found', 'No such booking')), { sentence: (error) => (error instanceof ApiError && error.status === 404 ? 'Ingen booking med den kode' : undefined) }, hooks);
    expect(seen).toContain('error Ingen booking med den kode');
  });

  it('sets nothing once the page that started it is gone', async () => {
    const { seen, hooks } = recorder(false);
    await runAction(async () => 1, { done: () => 'Gemt' }, hooks);
    await runAction(() => Promise.reject(new Error('x')), {}, hooks);
    expect(seen).toEqual(['busy true', 'error null', 'busy true', 'error null']);
  });

  it('keeps the last five announcements, each its own element so the same words are read twice', () => {
    let messages: { id: number; text: string }[] = [];
    for (let id = 1; id <= 7; id += 1) messages = withMessage(messages, { id, text: 'Gemt' });
    expect(messages.map((message) => message.id)).toEqual([3, 4, 5, 6, 7]);
  });
});
