import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../settings-values';
import { PageLifeCycle } from './life-cycle';

function lifeCycle(site: string | null = 'nhs.uk') {
  const signals: AbortSignal[] = [];
  const seen: boolean[] = [];
  const cycle = new PageLifeCycle({
    site,
    activate: async (signal) => {
      signals.push(signal);
    },
    onSettings: (settings) => seen.push(settings.enabled),
  });
  return { cycle, signals, seen };
}

describe('PageLifeCycle', () => {
  it('starts one activation when on, aborts it when turned off, and starts a new one when on again', () => {
    const { cycle, signals, seen } = lifeCycle();
    cycle.apply(DEFAULT_SETTINGS);
    cycle.apply({ ...DEFAULT_SETTINGS, mentions: 'first' });
    expect(signals).toHaveLength(1);
    expect(signals[0]!.aborted).toBe(false);
    cycle.apply({ ...DEFAULT_SETTINGS, enabled: false });
    expect(signals[0]!.aborted).toBe(true);
    cycle.apply(DEFAULT_SETTINGS);
    expect(signals).toHaveLength(2);
    expect(signals[1]!.aborted).toBe(false);
    expect(seen).toEqual([true, true, false, true]);
  });

  it('stays off on a site the reader turned off, and on elsewhere', () => {
    const off = lifeCycle('nhs.uk');
    off.cycle.apply({ ...DEFAULT_SETTINGS, disabledSites: ['nhs.uk'] });
    expect(off.signals).toHaveLength(0);
    const elsewhere = lifeCycle('example.com');
    elsewhere.cycle.apply({ ...DEFAULT_SETTINGS, disabledSites: ['nhs.uk'] });
    expect(elsewhere.signals).toHaveLength(1);
  });
});
