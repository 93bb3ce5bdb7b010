// @ts-check
// An integration imported only once it has work to do. Its hooks before then are recorded and given to it when it is
// loaded, in the order Astro first called them. @astrojs/sitemap (with its own copy of zod, about a hundred modules,
// 60–110 ms here) was imported with the config at every start of Astro, `npm run dev` included, though it only
// writes the sitemap once a build is done.

/** @typedef {import('astro').AstroIntegration} AstroIntegration */
/** @typedef {(params: unknown) => unknown} Hook */

/**
 * @param {string} name the integration's own name, which labels its log lines
 * @param {{ record: string[], work: string[] }} hooks `record`: hooks that only keep what Astro gives them (each
 *   call's parameters replace the last's); `work`: hooks that need the integration itself
 * @param {() => Promise<AstroIntegration>} load imports and makes the integration
 * @returns {AstroIntegration}
 */
export function deferredIntegration(name, { record, work }, load) {
  /** @type {Map<string, unknown>} */
  const recorded = new Map();
  /** @type {Promise<Record<string, Hook | undefined>> | undefined} */
  let loading;
  const loaded = () =>
    (loading ??= load().then(async (integration) => {
      const hooks = /** @type {Record<string, Hook | undefined>} */ (integration.hooks);
      for (const [hook, params] of recorded) await hooks[hook]?.(params);
      return hooks;
    }));
  /** @type {Record<string, Hook>} */
  const hooks = {};
  for (const hook of record) hooks[hook] = (params) => void recorded.set(hook, params);
  for (const hook of work) hooks[hook] = async (params) => (await loaded())[hook]?.(params);
  return { name, hooks: /** @type {AstroIntegration['hooks']} */ (hooks) };
}
