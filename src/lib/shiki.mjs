// Build-time code highlighting (Shiki), shared by astro.config.mjs and lib/markdown.ts. Both themes are
// emitted as CSS variables; styles/code.css picks one per colour scheme. No client-side highlighter.
// Token colours are classes rather than style attributes, which the CSP blocks (lib/shiki-classes.ts).
import githubDark from 'shiki/themes/github-dark.mjs';
import githubLight from 'shiki/themes/github-light.mjs';
import { styleToClasses } from './shiki-classes.ts';

export const codeThemes = { light: githubLight, dark: githubDark };

/** @type {import('@astrojs/markdown-remark').ShikiConfig} */
export const shikiConfig = {
  themes: codeThemes,
  defaultColor: false,
  wrap: true,
  transformers: [styleToClasses([githubLight, githubDark])],
};
