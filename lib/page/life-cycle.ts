import { logError } from '../guard';
import { isActiveOn, type Settings } from '../settings-values';

export interface LifeCycleDeps {
  /** The page's site, for the per-site switch. */
  site: string | null;
  /** One activation: what the extension does on the page while it is on, until `signal` aborts. */
  activate: (signal: AbortSignal) => Promise<void>;
  /** Every settings change, also while off. */
  onSettings: (settings: Settings) => void;
}

/**
 * The page's on/off life cycle: the extension works on a page while it is on, and on for the
 * page's site. Each time it turns on is one activation with its own AbortController; turning
 * it off aborts that, and everything the activation started (the look, the scan, the change
 * watchers, the highlights, an open card) stops with it.
 */
export class PageLifeCycle {
  private activation: AbortController | null = null;

  constructor(private readonly deps: LifeCycleDeps) {}

  apply(settings: Settings): void {
    const on = isActiveOn(settings, this.deps.site);
    if (on && !this.activation) {
      const activation = new AbortController();
      this.activation = activation;
      this.deps.activate(activation.signal).catch(logError);
    } else if (!on && this.activation) {
      this.activation.abort();
      this.activation = null;
    }
    this.deps.onSettings(settings);
  }
}
