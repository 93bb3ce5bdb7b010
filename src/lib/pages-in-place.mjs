// @ts-check
// Where `astro build` writes the pages: in the output folder itself, unless that is outside the working directory;
// then Astro 5 writes them in .astro/ and copies them over at its end (core/build/common.js, getOutDirWithinCwd;
// withastro/astro#14903).

/**
 * Whether Astro writes the pages of the output folder `outDir` (a path) in place.
 * @param {string} outDir
 * @param {string} [cwd] the build's working directory (Astro reads process.cwd())
 */
export const pagesWrittenInPlace = (outDir, cwd = process.cwd()) => outDir.startsWith(cwd);
