import { i18n } from '#i18n';
import type { Category } from './types';

/** The label for one topic of the category, as the card shows it ("Medicine"). */
export function categoryLabel(category: Category): string {
  return i18n.t(`category.${category}`);
}

/** How the popup and options page head each group of topics ("Medicines"). */
export function categoryGroupLabel(category: Category): string {
  return i18n.t(`categories.${category}`);
}
