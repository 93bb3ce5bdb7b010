// A question page's body as a component, from the code lib/mdx-pages-loader.ts compiled: evaluated with
// Astro's JSX runtime and marked as an MDX component the way @astrojs/mdx marks the modules it compiles, so
// that it renders exactly as an .mdx module's Content did. Used by the question page and the print page.
import { readFileSync } from 'node:fs';
import { run } from '@mdx-js/mdx';
// Named imports: a namespace object of astro/jsx-runtime would be built before the SSR chunk defines Fragment.
import { Fragment, jsx, jsxs } from 'astro/jsx-runtime';
import type { QuestionEntry } from './handbook';
import type { CompiledPage } from './mdx-pages-loader';

type Props = { components?: Record<string, unknown> } & Record<string, unknown>;
export type QuestionContent = (props?: Props) => unknown;

export async function questionContent(entry: QuestionEntry): Promise<QuestionContent> {
  const { compiled } = entry.rendered?.metadata as unknown as CompiledPage;
  // Read at once: a page's code is a few dozen KB, and fs/promises' file handle cost the page-writing thread about
  // 0.14 ms of CPU a read against 0.02 ms (500 compiled pages, read in turn each way).
  const { default: MDXContent } = await run(readFileSync(compiled, 'utf8'), { Fragment, jsx, jsxs, baseUrl: import.meta.url });
  const body = MDXContent as QuestionContent;
  const Content: QuestionContent = (props = {}) => body({ ...props, components: { Fragment, ...props.components } });
  // What @astrojs/mdx adds to an .mdx module: Astro then renders it with the MDX integration's JSX renderer.
  Object.defineProperty(Content, Symbol.for('mdx-component'), { value: true });
  Object.defineProperty(Content, Symbol.for('astro:renderer'), { value: 'astro:jsx' });
  return Content;
}
