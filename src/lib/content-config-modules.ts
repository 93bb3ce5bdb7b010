// What src/content.config.ts defines its collections with, gathered in one module so that a build can import them
// all with Node's own import() (import-typescript.mjs) rather than through Vite's module runner.
export { defineCollection } from 'astro/content/config';
export { z } from 'astro/zod';
export { file } from 'astro/loaders';
export { yamlData as parse } from '../../scripts/lib/yaml-data.ts';
export { contentPath } from './content-root';
export { KINDS, SOURCE_ID_PATTERN } from './kinds';
export { mdxPages } from './mdx-pages-loader';
