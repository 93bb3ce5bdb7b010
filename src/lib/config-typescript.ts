// What astro.config.mjs takes from modules written in TypeScript or importing it, in one module for
// import-typescript.mjs to bundle, so that Astro imports the config with Node's own import().
export { normaliseBase } from '../../scripts/lib/base-path.ts';
export { previewCards } from './card-integration';
export { contentWatcher } from './content-watcher.mjs';
export { convertOnBuild } from './convert-integration.mjs';
export { dataStoreFile } from './data-store-file';
export { publishSteps } from './publish-integration.mjs';
export { shikiConfig } from './shiki.mjs';
export { shortLinks } from './short-links.mjs';
