// @ts-check
// `node --import` this before Astro's CLI: registers bundle-reuse-loader.mjs (see there).
import { register } from 'node:module';

register('./bundle-reuse-loader.mjs', import.meta.url);
