// @ts-check
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Writes `data` to `file` whole: written aside, then renamed into place, since another build (dist/ and
 * dist-base/ at once, or a dev server) may be reading or writing the same file.
 * @param {string} file
 * @param {string | Uint8Array} data
 */
export async function writeWhole(file, data) {
  const partial = `${file}.${process.pid}.partial`;
  await mkdir(dirname(file), { recursive: true });
  await writeFile(partial, data);
  await rename(partial, file);
}
