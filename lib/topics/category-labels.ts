import type { Category } from './types';

/** How the popup heads each group of topics. */
export const CATEGORY_LABELS: Record<Category, string> = {
  medicine: 'Medicines',
  injection: 'Injections and nerve treatments',
  surgery: 'Operations',
  device: 'Devices',
  therapy: 'Therapies and self-care',
  condition: 'Conditions',
  test: 'Tests',
};

/** The label for one topic of the category, as the card shows it. */
export const CATEGORY_SINGULAR: Record<Category, string> = {
  medicine: 'Medicine',
  injection: 'Injection or nerve treatment',
  surgery: 'Operation',
  device: 'Device',
  therapy: 'Therapy',
  condition: 'Condition',
  test: 'Test',
};
