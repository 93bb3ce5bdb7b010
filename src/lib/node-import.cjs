// Node's own import(), for a module of Astro that its CLI has already loaded: astro.config.mjs and what it
// imports run in Vite's module runner, whose import() would evaluate a second copy of that module.
module.exports = (url) => import(url);
