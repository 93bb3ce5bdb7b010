// Node's own import() where a module runner (Vite's, Vitest's) would take the call over: for a module of Astro
// that its CLI has already loaded (the runner would evaluate a second copy), and for a bundle written at run time.
module.exports = (url) => import(url);
