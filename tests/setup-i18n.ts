import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * The fake browser has no i18n; give it the real English messages, so component tests read
 * the same words a user does (and `#i18n` keeps its substitutions and plurals).
 */
const messages = generateChromeMessages(await parseMessagesFile('locales/en.yml'));

Object.assign(fakeBrowser, {
  i18n: {
    getMessage(key: string, substitutions?: string | string[]): string {
      const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
      return (messages[key]?.message ?? '').replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
    },
    getUILanguage: () => 'en',
  },
});
