import { i18n } from '#i18n';
import type { Category } from './types';

/** How the popup and options page head each group of topics ("Medicines"). */
export function categoryGroupLabel(category: Category): string {
  return i18n.t(`categories.${category}`);
}
