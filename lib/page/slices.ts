/**
 * Cuts main-thread work into slices so that no task of ours blocks the page for long: the work
 * calls `breakIfLong()` between steps, and when the slice has run `sliceMs`, it waits for the
 * page's turn (`pause`) before going on.
 */
export interface SliceOptions {
  /** How long one slice may hold the main thread. */
  sliceMs: number;
  /** Resolves when the page has had its turn (idle callback, timeout). */
  pause: () => Promise<void>;
  /** Stops the work between slices. */
  signal: AbortSignal;
  /** Called with how long each slice held the main thread. */
  onSlice?: (ms: number) => void;
  now?: () => number;
}

export class Slices {
  private readonly now: () => number;
  private started: number;

  constructor(private readonly options: SliceOptions) {
    this.now = options.now ?? (() => performance.now());
    this.started = this.now();
  }

  /** True when the current slice has run its time. */
  get due(): boolean {
    return this.now() - this.started >= this.options.sliceMs;
  }

  /** Ends the slice if it ran long enough; resolves true when the work was stopped meanwhile. */
  async breakIfLong(): Promise<boolean> {
    if (this.options.signal.aborted) return true;
    if (!this.due) return false;
    this.end();
    await this.options.pause();
    this.started = this.now();
    return this.options.signal.aborted;
  }

  /** Reports the slice under way (call once the work is done). */
  end(): void {
    this.options.onSlice?.(this.now() - this.started);
  }
}
