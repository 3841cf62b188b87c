/**
 * What the shared end-to-end checks need from a browser with the extension loaded. One
 * implementation drives Chromium (Playwright), one Firefox (Puppeteer over WebDriver BiDi).
 * Scripts cross into the page as strings: portable between the two, and free of helpers the
 * TypeScript test runner adds to functions.
 */
export interface TestPage {
  eval<T>(expression: string): Promise<T>;
  moveMouse(x: number, y: number): Promise<void>;
  click(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
  /** Clicks an element of an extension page by CSS selector. */
  clickSelector(selector: string): Promise<void>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

export interface ExtensionDriver {
  name: 'chromium' | 'firefox';
  /** Opens a page of the test server (path like "basic.html") and waits until it is scanned. */
  open(path: string): Promise<TestPage>;
  /** Opens one of the extension's own pages (popup.html, options.html) in a tab. */
  openExtensionPage(path: string): Promise<TestPage>;
  /** Runs a keyboard command (manifest `commands`) for the active tab, as its shortcut would. */
  command(name: string): Promise<void>;
  /** Requests that tried to leave 127.0.0.1, made by the extension or its pages. */
  outsideRequests(): string[];
  close(): Promise<void>;
}
