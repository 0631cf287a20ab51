import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnnouncementRecord } from '../announcer-contract.js';
import { createAnnouncer, isAudioTestMode, type AnnouncerOptions, type ClipPlayer, type Speaker, type VoiceManifest } from './index.js';
import { planAnnouncement, planClips } from './phrase.js';

type HookHost = { __dinturAnnouncements?: AnnouncementRecord[] };
const host = globalThis as typeof globalThis & HookHost;

/** Everything the fakes did, in order, with the number of sounds playing at that moment. */
type Event = { what: 'start' | 'end' | 'fail' | 'speak'; detail: string; at: number; playing: number };

function wait(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}

/** A fake player and speaker that take a few milliseconds and log what they did. */
function fakes(settings: { failing?: string[]; hanging?: string[]; milliseconds?: number } = {}) {
  const events: Event[] = [];
  let playing = 0;
  let maximumPlaying = 0;
  const milliseconds = settings.milliseconds ?? 5;
  const aborted: string[] = [];

  const sound = async (what: 'start' | 'speak', detail: string, signal: AbortSignal, fail: boolean, hang: boolean): Promise<void> => {
    playing += 1;
    maximumPlaying = Math.max(maximumPlaying, playing);
    events.push({ what, detail, at: Date.now(), playing });
    try {
      await new Promise<void>((resolve, reject) => {
        const onAbort = (): void => {
          aborted.push(detail);
          reject(new DOMException('stopped', 'AbortError'));
        };
        signal.addEventListener('abort', onAbort, { once: true });
        if (hang) return;
        setTimeout(() => {
          signal.removeEventListener('abort', onAbort);
          if (fail) reject(new Error(`broken clip ${detail}`));
          else resolve();
        }, milliseconds);
      });
      events.push({ what: 'end', detail, at: Date.now(), playing });
    } catch (error) {
      events.push({ what: 'fail', detail, at: Date.now(), playing });
      throw error;
    } finally {
      playing -= 1;
    }
  };

  const player: ClipPlayer = {
    play: (url, signal) => sound('start', url, signal, settings.failing?.includes(url) ?? false, settings.hanging?.includes(url) ?? false),
  };
  const speak: Speaker = (text, language, signal) => sound('speak', `${language}: ${text}`, signal, false, false).catch(() => undefined);
  return {
    player,
    speak,
    events,
    aborted,
    maximumPlaying: () => maximumPlaying,
    played: () => events.filter((event) => event.what === 'start').map((event) => event.detail),
    spoken: () => events.filter((event) => event.what === 'speak').map((event) => event.detail),
  };
}

/** A manifest with every clip the test calls use, optionally leaving some out. */
function manifestWithout(...missing: string[]): VoiceManifest {
  const clips: Record<string, string> = {};
  const calls = ['A1', 'A42', 'B7', 'C3', 'AB105', 'K99'].flatMap((number) => [
    { number, counterName: 'Skranke 3', recall: true },
    { number, counterName: 'Skranke 10', recall: false },
  ]);
  for (const call of calls) {
    for (const clip of planClips(planAnnouncement(call, 'en'))) clips[clip] = `${clip}.ogg`;
  }
  for (const clip of missing) delete clips[clip];
  return { version: 1, clips };
}

const quick = { commaPauseMilliseconds: 0, languagePauseMilliseconds: 0 };

function announcer(fake: ReturnType<typeof fakes>, options: Partial<AnnouncerOptions> = {}) {
  return createAnnouncer({
    secondLanguage: null,
    sound: true,
    player: fake.player,
    speak: fake.speak,
    baseUrl: '/voice',
    manifest: manifestWithout(),
    timing: quick,
    ...options,
  });
}

function records(): AnnouncementRecord[] {
  return host.__dinturAnnouncements ?? [];
}

// The announcer warns about broken clips; keep test output clean and let tests read the warnings.
const warnings = vi.spyOn(console, 'warn').mockImplementation(() => undefined);

beforeEach(() => {
  delete host.__dinturAnnouncements;
  warnings.mockClear();
});

afterEach(() => {
  delete host.__dinturAnnouncements;
});

describe('createAnnouncer', () => {
  it('plays a chime, then "Nummer A 42, skranke 3" from clips, and records it', async () => {
    const fake = fakes();
    const subject = announcer(fake);
    subject.announce({ number: 'A42', counterName: 'Skranke 3', recall: false });
    await subject.idle();
    expect(fake.played()).toEqual(['/voice/da/chime.ogg', '/voice/da/nummer.ogg', '/voice/da/letter-a.ogg', '/voice/da/n-42.ogg', '/voice/da/skranke.ogg', '/voice/da/n-3.ogg']);
    expect(records()).toHaveLength(1);
    const [record] = records();
    expect(record).toMatchObject({ number: 'A42', counterName: 'Skranke 3', recall: false });
    expect(record?.parts).toEqual(['da/chime', 'da/nummer', 'da/letter-a', 'da/n-42', 'da/skranke', 'da/n-3']);
    expect(record?.finishedAt).not.toBeNull();
    expect(record?.finishedAt ?? 0).toBeGreaterThanOrEqual(record?.startedAt ?? Infinity);
  });

  it('plays two calls made at once strictly one after the other, in order', async () => {
    const fake = fakes();
    const subject = announcer(fake);
    subject.announce({ number: 'A1', counterName: 'Skranke 3', recall: false });
    subject.announce({ number: 'B7', counterName: 'Skranke 10', recall: false });
    await subject.idle();
    expect(fake.maximumPlaying()).toBe(1);
    const played = fake.played();
    expect(played.indexOf('/voice/da/letter-a.ogg')).toBeLessThan(played.indexOf('/voice/da/letter-b.ogg'));
    expect(played.lastIndexOf('/voice/da/n-3.ogg')).toBeLessThan(played.lastIndexOf('/voice/da/chime.ogg'));
    const [first, second] = records();
    expect(first?.number).toBe('A1');
    expect(second?.number).toBe('B7');
    expect(first?.finishedAt ?? Infinity).toBeLessThanOrEqual(second?.startedAt ?? 0);
  });

  it('falls back to speech for the sentence when a clip fails, and the next call still plays', async () => {
    const fake = fakes({ failing: ['/voice/da/n-42.ogg'] });
    const subject = announcer(fake);
    subject.announce({ number: 'A42', counterName: 'Skranke 3', recall: false });
    subject.announce({ number: 'B7', counterName: 'Skranke 3', recall: false });
    await subject.idle();
    expect(fake.spoken()).toEqual(['da: Nummer A 42, skranke 3']);
    expect(records()[0]?.parts).toEqual(['da/chime', 'da/nummer', 'da/letter-a', 'da/n-42', 'Nummer A 42, skranke 3']);
    expect(records()[1]?.parts).toEqual(['da/chime', 'da/nummer', 'da/letter-b', 'da/n-7', 'da/skranke', 'da/n-3']);
    expect(fake.maximumPlaying()).toBe(1);
  });

  it('warns once per distinct problem, not on every call', async () => {
    const fake = fakes({ failing: ['/voice/da/n-42.ogg'] });
    const subject = announcer(fake);
    for (let index = 0; index < 3; index += 1) subject.announce({ number: 'A42', counterName: 'Skranke 3', recall: false });
    await subject.idle();
    expect(fake.spoken()).toHaveLength(3);
    expect(warnings).toHaveBeenCalledTimes(1);
    expect(warnings.mock.calls[0]?.[0]).toMatch(/n-42/);
  });

  it('speaks the sentence without playing clips when the manifest lacks one', async () => {
    const fake = fakes();
    const subject = announcer(fake, { manifest: manifestWithout('da/n-99') });
    subject.announce({ number: 'K99', counterName: 'Skranke 3', recall: false });
    await subject.idle();
    expect(fake.played()).toEqual(['/voice/da/chime.ogg']);
    expect(fake.spoken()).toEqual(['da: Nummer K 99, skranke 3']);
  });

  it('gives up on a clip that never ends, stops it, and falls back to speech', async () => {
    const fake = fakes({ hanging: ['/voice/da/letter-c.ogg'] });
    const subject = announcer(fake, { timing: { ...quick, clipStallMilliseconds: 40 } });
    subject.announce({ number: 'C3', counterName: 'Skranke 3', recall: false });
    subject.announce({ number: 'A1', counterName: 'Skranke 3', recall: false });
    await subject.idle();
    expect(fake.aborted).toEqual(['/voice/da/letter-c.ogg']);
    expect(warnings.mock.calls[0]?.[0]).toMatch(/did not finish in time/);
    expect(fake.spoken()).toEqual(['da: Nummer C 3, skranke 3']);
    expect(records().map((record) => record.number)).toEqual(['C3', 'A1']);
    expect(fake.maximumPlaying()).toBe(1);
  });

  it('announces a recall again, starting with "igen"', async () => {
    const fake = fakes();
    const subject = announcer(fake);
    subject.announce({ number: 'A42', counterName: 'Skranke 3', recall: false });
    subject.announce({ number: 'A42', counterName: 'Skranke 3', recall: true });
    await subject.idle();
    expect(records().map((record) => record.recall)).toEqual([false, true]);
    expect(records()[1]?.parts).toEqual(['da/chime', 'da/igen', 'da/nummer', 'da/letter-a', 'da/n-42', 'da/skranke', 'da/n-3']);
  });

  it('appends the second language after Danish', async () => {
    const fake = fakes();
    const subject = announcer(fake, { secondLanguage: 'en' });
    subject.announce({ number: 'AB105', counterName: 'Skranke 10', recall: false });
    await subject.idle();
    expect(records()[0]?.parts).toEqual([
      'da/chime',
      'da/nummer', 'da/letter-a', 'da/letter-b', 'da/n-100', 'da/og', 'da/n-5', 'da/skranke', 'da/n-10',
      'en/number', 'en/letter-a', 'en/letter-b', 'en/n-100', 'en/and', 'en/n-5', 'en/counter', 'en/n-10',
    ]);
  });

  it('speaks a counter name without a number within the clip sentence', async () => {
    const fake = fakes();
    const subject = announcer(fake);
    subject.announce({ number: 'A1', counterName: 'Reception', recall: false });
    await subject.idle();
    expect(records()[0]?.parts).toEqual(['da/chime', 'da/nummer', 'da/letter-a', 'da/n-1', 'Reception']);
    expect(fake.spoken()).toEqual(['da: Reception']);
  });

  it('stops the current announcement and forgets the queue on dispose', async () => {
    const fake = fakes({ milliseconds: 20 });
    const subject = announcer(fake);
    subject.announce({ number: 'A1', counterName: 'Skranke 3', recall: false });
    subject.announce({ number: 'B7', counterName: 'Skranke 3', recall: false });
    subject.announce({ number: 'K99', counterName: 'Skranke 3', recall: false });
    await wait(30);
    subject.dispose();
    await subject.idle();
    const playedAtDispose = fake.played().length;
    subject.announce({ number: 'C3', counterName: 'Skranke 3', recall: false });
    await subject.idle();
    await wait(50);
    expect(fake.aborted).toHaveLength(1);
    expect(fake.played()).toHaveLength(playedAtDispose);
    expect(fake.played()).not.toContain('/voice/da/letter-b.ogg');
    expect(fake.spoken()).toEqual([]);
    expect(records().map((record) => record.number)).toEqual(['A1']);
    expect(records()[0]?.finishedAt).not.toBeNull();
  });

  it('records every call without playing or loading anything when sound is off', async () => {
    const fake = fakes();
    let manifestLoads = 0;
    const subject = announcer(fake, {
      sound: false,
      secondLanguage: 'en',
      manifest: async () => {
        manifestLoads += 1;
        return manifestWithout();
      },
    });
    subject.announce({ number: 'A42', counterName: 'Skranke 3', recall: false });
    subject.announce({ number: 'B7', counterName: 'Reception', recall: true });
    await subject.idle();
    expect(fake.events).toEqual([]);
    expect(manifestLoads).toBe(0);
    expect(records().map((record) => record.number)).toEqual(['A42', 'B7']);
    expect(records()[1]?.parts).toEqual(['da/chime', 'da/igen', 'da/nummer', 'da/letter-b', 'da/n-7', 'Reception', 'en/again', 'en/number', 'en/letter-b', 'en/n-7', 'Reception']);
    expect(records().every((record) => record.finishedAt !== null)).toBe(true);
  });

  it('tries every clip when the manifest cannot be loaded', async () => {
    const fake = fakes();
    const subject = announcer(fake, { manifest: async () => Promise.reject(new Error('offline')) });
    subject.announce({ number: 'B7', counterName: 'Skranke 3', recall: false });
    await subject.idle();
    expect(fake.played()).toHaveLength(6);
    expect(fake.spoken()).toEqual([]);
  });

  it('keeps announcing after a chime fails, without replacing the chime', async () => {
    const fake = fakes({ failing: ['/voice/da/chime.ogg'] });
    const subject = announcer(fake);
    subject.announce({ number: 'B7', counterName: 'Skranke 3', recall: false });
    await subject.idle();
    expect(fake.played()).toHaveLength(6);
    expect(fake.spoken()).toEqual([]);
  });
});

describe('isAudioTestMode', () => {
  it('is on only for ?audio=test', () => {
    expect(isAudioTestMode('?audio=test&sound=1')).toBe(true);
    expect(isAudioTestMode('?sound=0')).toBe(false);
    expect(isAudioTestMode('')).toBe(false);
    expect(isAudioTestMode(undefined)).toBe(false);
  });
});
