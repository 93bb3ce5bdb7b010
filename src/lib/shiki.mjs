// Build-time code highlighting (Shiki), shared by astro.config.mjs and lib/markdown.ts. Both themes are
// emitted as CSS variables; styles/code.css picks one per colour scheme. No client-side highlighter.
export const shikiConfig = /** @type {const} */ ({
  themes: { light: 'github-light', dark: 'github-dark' },
  defaultColor: false,
  wrap: true,
});
