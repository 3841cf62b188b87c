import { describe, expect, it, vi } from 'vitest';
import { guarded } from './guard';

describe('guarded', () => {
  it('passes arguments through and swallows thrown and rejected errors', async () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    const seen: number[] = [];
    guarded((n: number) => seen.push(n))(3);
    expect(seen).toEqual([3]);
    expect(() =>
      guarded(() => {
        throw new Error('boom');
      })(),
    ).not.toThrow();
    guarded(async () => {
      throw new Error('later');
    })();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(debug).toHaveBeenCalledTimes(2);
    debug.mockRestore();
  });
});
