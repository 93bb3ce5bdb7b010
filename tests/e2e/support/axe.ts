// axe-core on a page, as every spec runs it: the violations, one line each with the first elements it names.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * The same rules as AxeBuilder's default, run in the page alone (legacy mode) and detailing violations only: its
 * default runs every frame apart and finishes in a blank page it carries every node's result to, which took 13 s
 * on the corrections page against 3.2 s so. The site has no frames, and a page that has one is refused, not half checked.
 */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  const frames = page.frames().length;
  if (frames > 1) throw new Error(`axeViolations checks the top document alone; ${page.url()} has ${frames - 1} frame(s)`);
  const builder = new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] });
  if (include) builder.include(include);
  const { violations } = await builder.analyze();
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join('\n  ')}`);
}
