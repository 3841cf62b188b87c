import { render } from 'preact';
import { browser } from '#imports';
import '@/components/card.css';
import '@/components/popup.css';
import { PopupApp } from './PopupApp';

/**
 * The toolbar popup sizes itself from its content, so its body has a fixed width. Shown as a
 * page instead (Firefox for Android opens it full screen; a tab) it takes the screen's width,
 * down to 320 px.
 */
function shownAsPage(): boolean {
  if (/Android/i.test(navigator.userAgent)) return true;
  try {
    return !browser.extension.getViews({ type: 'popup' }).includes(window);
  } catch {
    return false;
  }
}

const asPage = shownAsPage();
document.body.classList.toggle('bpe-popup-page', asPage);
// A page on a touch screen gets finger-sized controls even where the browser reports a fine
// pointer for extension pages (Chromium's touch emulation does).
document.body.classList.toggle('bpe-popup-touch', asPage && navigator.maxTouchPoints > 0);
render(<PopupApp />, document.getElementById('app')!);
