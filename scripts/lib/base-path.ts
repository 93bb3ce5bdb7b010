// The sub-folder a site is served from, from BASE_PATH: shared by the build (astro.config.mjs) and the server.

/** '/' or '/sub/folder/', whatever slashes the value has or lacks. */
export function normaliseBase(value: string | undefined): string {
  const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}
