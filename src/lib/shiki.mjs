// Build-time code highlighting (Shiki), shared by astro.config.mjs and lib/markdown.ts. Both themes are
// emitted as CSS variables; styles/code-blocks.css picks one per colour scheme. No client-side highlighter. GitHub's
// "default" themes: the older github-light's comments fall short of WCAG's 4.5:1 contrast (axe).
// Token colours are classes rather than style attributes, which the CSP blocks (lib/shiki-classes.ts).
import githubDark from 'shiki/themes/github-dark-default.mjs';
import githubLight from 'shiki/themes/github-light-default.mjs';
import { styleToClasses } from './shiki-classes.ts';

export const codeThemes = { light: githubLight, dark: githubDark };

/** @type {import('@astrojs/markdown-remark').ShikiConfig} */
export const shikiConfig = {
  themes: codeThemes,
  defaultColor: false,
  wrap: true,
  transformers: [styleToClasses([githubLight, githubDark])],
};
