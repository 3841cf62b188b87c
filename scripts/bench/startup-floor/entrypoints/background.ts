import { defineBackground } from '#imports';

// A worker, so that the test browser reports the extension as loaded.
export default defineBackground(() => {});
