/** A review date as a reader writes it ("1 December 2026" or "December 1, 2026" by locale). */
export function formatDate(iso: string, locale = 'en'): string {
  const date = new Date(`${iso}T12:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(locale, { year: 'numeric', month: 'long', day: 'numeric' });
}
