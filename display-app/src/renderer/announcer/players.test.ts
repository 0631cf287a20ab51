import { describe, expect, it } from 'vitest';
import { createAudioElementPlayer, createSilentPlayer } from './players.js';
import { createSilentSpeaker, createSpeechSynthesisSpeaker } from './speech.js';

/** Enough of an HTMLAudioElement for the player, driven by the test through `outcome`. */
class FakeAudio extends EventTarget {
  preload = '';
  src = '';
  currentTime = 5;
  error: { code: number } | null = null;
  paused = true;
  plays = 0;
  outcome: 'ended' | 'error' | 'refused' | 'nothing' = 'ended';

  play(): Promise<void> {
    this.plays += 1;
    this.paused = false;
    if (this.outcome === 'refused') return Promise.reject(new DOMException('autoplay refused', 'NotAllowedError'));
    setTimeout(() => {
      if (this.outcome === 'ended') this.dispatchEvent(new Event('ended'));
      if (this.outcome === 'error') {
        this.error = { code: 4 };
        this.dispatchEvent(new Event('error'));
      }
    }, 1);
    return Promise.resolve();
  }

  pause(): void {
    this.paused = true;
  }

  removeAttribute(name: string): void {
    if (name === 'src') this.src = '';
  }
}

function playerWithFakes(outcome: FakeAudio['outcome']) {
  const created: FakeAudio[] = [];
  const player = createAudioElementPlayer(() => {
    const element = new FakeAudio();
    element.outcome = outcome;
    created.push(element);
    // The fake has every member the player uses; the rest of HTMLAudioElement is irrelevant here.
    return element as unknown as HTMLAudioElement;
  });
  return { player, created };
}

describe('createAudioElementPlayer', () => {
  it('resolves when the clip has ended, rewound, reusing the preloaded element', async () => {
    const { player, created } = playerWithFakes('ended');
    player.preload?.('/voice/da/n-1.ogg');
    await player.play('/voice/da/n-1.ogg', new AbortController().signal);
    await player.play('/voice/da/n-1.ogg', new AbortController().signal);
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ src: '/voice/da/n-1.ogg', preload: 'auto', currentTime: 0, plays: 2 });
  });

  it('rejects on a load error and on a refused play()', async () => {
    await expect(playerWithFakes('error').player.play('/voice/da/missing.ogg', new AbortController().signal)).rejects.toThrow(/missing\.ogg/);
    await expect(playerWithFakes('refused').player.play('/voice/da/n-1.ogg', new AbortController().signal)).rejects.toThrow(/autoplay/);
  });

  it('replaces an element that failed, so a fixed clip is picked up', async () => {
    const { player, created } = playerWithFakes('error');
    await expect(player.play('/voice/da/n-1.ogg', new AbortController().signal)).rejects.toThrow();
    const first = created[0];
    if (first !== undefined) first.outcome = 'ended';
    const fresh = player.play('/voice/da/n-1.ogg', new AbortController().signal);
    const second = created[1];
    if (second !== undefined) second.outcome = 'ended';
    await fresh;
    expect(created).toHaveLength(2);
  });

  it('pauses and rejects when aborted', async () => {
    const { player, created } = playerWithFakes('nothing');
    const controller = new AbortController();
    const playing = player.play('/voice/da/n-1.ogg', controller.signal);
    controller.abort();
    await expect(playing).rejects.toThrow(/stopped/);
    expect(created[0]?.paused).toBe(true);
  });
});

describe('silent player and speakers', () => {
  it('takes about the given time and stops on abort', async () => {
    const started = Date.now();
    await createSilentPlayer(30).play('/voice/da/n-1.ogg', new AbortController().signal);
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
    const controller = new AbortController();
    const playing = createSilentPlayer(10_000).play('/voice/da/n-1.ogg', controller.signal);
    controller.abort();
    await expect(playing).rejects.toThrow();
    const speaking = createSilentSpeaker(10_000)('Nummer A 1', 'da', controller.signal);
    await expect(speaking).resolves.toBeUndefined();
  });

  it('resolves at once when speech synthesis is unavailable', async () => {
    await expect(createSpeechSynthesisSpeaker(undefined)('Nummer A 1, skranke 3', 'da', new AbortController().signal)).resolves.toBeUndefined();
  });
});
