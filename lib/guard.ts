/**
 * Wraps a callback the browser or the page calls into (events, observers, storage changes) so
 * that a bug of ours never shows up as an uncaught error in the page's console or breaks the
 * page's own handlers. The error goes to the debug log, where developers can still see it.
 */
export function guarded<Args extends unknown[]>(callback: (...args: Args) => unknown): (...args: Args) => void {
  return (...args) => {
    try {
      const result = callback(...args);
      if (result instanceof Promise) result.catch(logError);
    } catch (error) {
      logError(error);
    }
  };
}

export function logError(error: unknown): void {
  console.debug('[Back Pain Explainer]', error);
}
