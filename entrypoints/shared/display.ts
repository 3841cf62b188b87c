import type { Settings } from '@/lib/settings';

/** Theme and text size for an extension page: the same data attributes the card uses. */
export function applyDisplaySettings(root: HTMLElement, settings: Settings): void {
  root.classList.add('bpe-root');
  root.dataset.theme = settings.theme;
  root.dataset.size = settings.textSize;
}
