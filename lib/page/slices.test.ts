import { describe, expect, it } from 'vitest';
import { bundledIndex } from '../topics/bundled-index';
import { scanInSlices } from './scan';
import { Slices } from './slices';

/** A clock that moves only when told: each block of work below takes a known time. */
function fakeClock() {
  let now = 0;
  return { now: () => now, spend: (ms: number) => (now += ms) };
}

describe('Slices', () => {
  it('gives the page its turn once a slice has run its time, and reports each slice', async () => {
    const clock = fakeClock();
    const slices: number[] = [];
    let pauses = 0;
    const work = new Slices({
      sliceMs: 12,
      pause: async () => void pauses++,
      signal: new AbortController().signal,
      now: clock.now,
      onSlice: (ms) => slices.push(ms),
    });
    for (let step = 0; step < 10; step++) {
      clock.spend(5);
      expect(await work.breakIfLong()).toBe(false);
    }
    work.end();
    expect(pauses).toBe(3);
    expect(slices).toEqual([15, 15, 15, 5]);
  });

  it('stops the work when the signal aborts during a pause', async () => {
    const clock = fakeClock();
    const stop = new AbortController();
    const work = new Slices({ sliceMs: 12, pause: async () => stop.abort(), signal: stop.signal, now: clock.now });
    clock.spend(20);
    expect(await work.breakIfLong()).toBe(true);
  });
});

describe('scanInSlices', () => {
  it('holds the main thread at most one block past its slice, and finds every name', async () => {
    document.body.innerHTML = Array.from({ length: 40 }, (_, i) => `<p>Paragraph ${i}: she takes gabapentin.</p>`).join('');
    const clock = fakeClock();
    const slices: number[] = [];
    let found = 0;
    // The clock moves half a millisecond each time it is read, so time passes as blocks are read.
    const now = () => clock.spend(0.5);
    await scanInSlices(document.body, bundledIndex(), {
      sliceMs: 12,
      pause: async () => {},
      signal: new AbortController().signal,
      now,
      onSlice: (ms) => slices.push(ms),
      onFound: (batch) => (found += batch.length),
    });
    expect(found).toBe(40);
    expect(slices.length).toBeGreaterThan(1);
    expect(Math.max(...slices)).toBeLessThanOrEqual(12 + 2);
  });
});
