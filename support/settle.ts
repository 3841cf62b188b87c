/**
 * Waiting for the extension by what it shows, not by the clock: shared by the Chromium helpers
 * (Playwright), the Firefox driver (Puppeteer) and the scripts that drive a browser.
 */

const POLL_MS = 50;
/** Highlights count as settled when this many reads in a row, POLL_MS apart, agree (longer than the 100 ms a scan may pause between slices). */
const STABLE_READS = 6;
const SETTLE_TIMEOUT_MS = 10_000;

/**
 * How long a page with no highlights is watched before "none" is taken as the extension's answer.
 * A page that names nothing gives no sign that the extension has finished looking at it: by
 * design nothing of the extension reaches such a page (no element, attribute or event) and its
 * first stage sends no message, so there is no signal to wait for, only time. Pages with terms
 * do not wait for this: they settle as soon as their highlights stop changing.
 */
const NOTHING_FOUND_AFTER_MS = 600;

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Reads `read` until `done` holds or `timeoutMs` passes, and returns the last value either way,
 * so that the assertion which follows shows what was there.
 */
export async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 4000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value) && Date.now() < end) {
    await delay(POLL_MS);
    value = await read();
  }
  return value;
}

/**
 * Waits until the page's scan is over: the number of highlighted ranges (`HIGHLIGHT_COUNT`) is
 * above 0 and has stopped changing, or has stayed 0 for NOTHING_FOUND_AFTER_MS.
 */
export async function settle(countHighlights: () => Promise<number>): Promise<void> {
  const started = Date.now();
  let last = -1;
  let same = 0;
  while (Date.now() - started < SETTLE_TIMEOUT_MS) {
    const count = await countHighlights();
    same = count === last ? same + 1 : 1;
    last = count;
    if (count > 0 ? same >= STABLE_READS : Date.now() - started >= NOTHING_FOUND_AFTER_MS) return;
    await delay(POLL_MS);
  }
}
