import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** The WCAG 2.2 AA violations axe finds on `page` (within `include` if given), one line each; the count is printed. */
export async function axe(page: Page, include?: string) {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
  if (include) builder.include(include);
  const results = await builder.analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  console.log(
    `axe ${page.url().replace(/^.*\//, '')}${include ? ` ${include}` : ''}: ${results.violations.length} violations, ${results.passes.length} rules passed`,
  );
  return summary;
}
