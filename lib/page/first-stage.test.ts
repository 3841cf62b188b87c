import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ScanStats } from './stages';
import { DEFAULT_SETTINGS } from '../settings-values';
import { bundledIndex } from '../topics/bundled-index';
import { FirstStage, type FirstStageDeps } from './first-stage';
import type { SecondStage, SecondStageDeps } from './stages';

const STATS: ScanStats = { busyMs: 1, longestSliceMs: 1, wallMs: 1, slices: 1, firstHighlightAt: 5, terms: 1 };

/** A first stage over happy-dom's page, with a second stage that records what it is asked. */
function setUp(deps: Partial<FirstStageDeps> = {}) {
  const created: SecondStageDeps[] = [];
  const activations: AbortSignal[] = [];
  const second: SecondStage = {
    activate: async (signal) => {
      activations.push(signal);
      return STATS;
    },
    update: vi.fn(),
    topicIds: () => ['gabapentin'],
    moveToTerm: vi.fn(async () => {}),
  };
  const loadSecondStage = vi.fn(async () => (stageDeps: SecondStageDeps) => {
    created.push(stageDeps);
    return second;
  });
  const reports: ScanStats[] = [];
  const stage = new FirstStage({
    win: window,
    canShow: () => true,
    loadIndex: bundledIndex,
    language: () => 'en',
    settings: () => DEFAULT_SETTINGS,
    loadSecondStage,
    report: (stats) => reports.push(stats),
    ...deps,
  });
  return { stage, second, created, activations, loadSecondStage, reports };
}

describe('FirstStage', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
  afterEach(() => vi.useRealTimers());

  it('loads the second stage where the page may name a treatment, and hands it the index', async () => {
    document.body.innerHTML = '<p>After a laminectomy some people take gabapentin.</p>';
    const { stage, created, activations, reports } = setUp();
    const on = new AbortController();
    await stage.activate(on.signal);
    expect(created).toHaveLength(1);
    expect(created[0]!.index.keys.length).toBeGreaterThan(1000);
    expect(activations).toEqual([on.signal]);
    expect(reports[0]).toMatchObject({ terms: 1, firstHighlightAt: 5 });
    expect(stage.topicIds()).toEqual(['gabapentin']);
  });

  it('loads nothing on a page that names nothing, until text that names a treatment appears', async () => {
    document.body.innerHTML = '<p>Weather and sport.</p>';
    const { stage, loadSecondStage, activations, reports } = setUp();
    const on = new AbortController();
    await stage.activate(on.signal);
    expect(loadSecondStage).not.toHaveBeenCalled();
    expect(reports).toEqual([expect.objectContaining({ terms: 0, firstHighlightAt: null })]);
    expect(stage.topicIds()).toEqual([]);
    await stage.moveToTerm(1);

    const p = document.createElement('p');
    p.textContent = 'Her doctor suggested gabapentin.';
    document.body.append(p);
    await vi.advanceTimersByTimeAsync(300);
    await vi.waitFor(() => expect(activations).toEqual([on.signal]));
    expect(loadSecondStage).toHaveBeenCalledTimes(1);
  });

  it('asks before showing, and shows nothing if it was switched off meanwhile', async () => {
    document.body.innerHTML = '<p>After a laminectomy some people take gabapentin.</p>';
    const on = new AbortController();
    const beforeShowing = vi.fn(async () => on.abort());
    const { stage, loadSecondStage, activations } = setUp({ beforeShowing });
    await stage.activate(on.signal);
    expect(beforeShowing).toHaveBeenCalledTimes(1);
    expect(loadSecondStage).not.toHaveBeenCalled();
    expect(activations).toEqual([]);
  });

  it('never asks on a page that names nothing', async () => {
    document.body.innerHTML = '<p>Weather and sport.</p>';
    const beforeShowing = vi.fn(async () => {});
    const { stage } = setUp({ beforeShowing });
    await stage.activate(new AbortController().signal);
    expect(beforeShowing).not.toHaveBeenCalled();
  });

  it('prepares the page once, at the first activation, and looks at nothing if switched off meanwhile', async () => {
    document.body.innerHTML = '<p>After a laminectomy some people take gabapentin.</p>';
    const prepare = vi.fn(async () => {});
    const { stage, loadSecondStage, reports } = setUp({ prepare });
    expect(prepare).not.toHaveBeenCalled();
    const off = new AbortController();
    const first = stage.activate(off.signal);
    off.abort();
    await first;
    expect(prepare).toHaveBeenCalledTimes(1);
    expect(loadSecondStage).not.toHaveBeenCalled();
    expect(reports).toEqual([]);
  });

  it('stops watching when the activation is aborted', async () => {
    document.body.innerHTML = '<p>Weather and sport.</p>';
    const { stage, loadSecondStage } = setUp();
    const on = new AbortController();
    await stage.activate(on.signal);
    on.abort();
    document.body.insertAdjacentHTML('beforeend', '<p>She takes gabapentin.</p>');
    await vi.advanceTimersByTimeAsync(300);
    expect(loadSecondStage).not.toHaveBeenCalled();
  });

  it('shows nothing where the browser cannot highlight', async () => {
    document.body.innerHTML = '<p>She takes gabapentin.</p>';
    const { stage, loadSecondStage } = setUp({ canShow: () => false });
    await stage.activate(new AbortController().signal);
    expect(loadSecondStage).not.toHaveBeenCalled();
  });

  it('once loaded, scans again at once on the next activation and passes settings and commands on', async () => {
    document.body.innerHTML = '<p>She takes gabapentin.</p>';
    const { stage, second, loadSecondStage, activations } = setUp();
    const first = new AbortController();
    await stage.activate(first.signal);
    first.abort();
    const again = new AbortController();
    await stage.activate(again.signal);
    expect(loadSecondStage).toHaveBeenCalledTimes(1);
    expect(activations).toEqual([first.signal, again.signal]);
    stage.update({ ...DEFAULT_SETTINGS, mentions: 'first' });
    expect(second.update).toHaveBeenCalledWith(expect.objectContaining({ mentions: 'first' }));
    await stage.moveToTerm(-1);
    expect(second.moveToTerm).toHaveBeenCalledWith(-1);
  });

  it('tries again on the next activation when the second stage failed to load', async () => {
    document.body.innerHTML = '<p>She takes gabapentin.</p>';
    const loadSecondStage = vi.fn().mockRejectedValueOnce(new Error('no tab'));
    const { stage, activations } = setUp({ loadSecondStage });
    await expect(stage.activate(new AbortController().signal)).rejects.toThrow('no tab');
    loadSecondStage.mockImplementation(async () => () => ({
      activate: async (signal: AbortSignal) => {
        activations.push(signal);
        return STATS;
      },
      update() {},
      topicIds: () => [],
      moveToTerm: async () => {},
    }));
    await stage.activate(new AbortController().signal);
    expect(activations).toHaveLength(1);
  });
});
