// Whether Pagefind has finished writing its files. Its Node API answers writeFiles while its last writes are
// still under way: the files exist, some still empty (the entry file, the UIs, the WebAssembly), and are filled a
// little later; read or hashed at once, they broke the build ("not JSON") or listed a wrong hash in sw.js, and
// Pagefind's process, ended right after, could leave them empty. Pagefind writes no empty file.

/** Each file's size, by its path in Pagefind's folder. */
export type FileSizes = ReadonlyMap<string, number>;

/** True when no file is empty and none changed since the look before (undefined: this is the first look). */
export function filesWritten(before: FileSizes | undefined, now: FileSizes): boolean {
  if (before === undefined || before.size !== now.size) return false;
  for (const [path, size] of now) if (size === 0 || before.get(path) !== size) return false;
  return true;
}

/** The empty files, for the error when they stay so. */
export function emptyFiles(now: FileSizes): string[] {
  return [...now].filter(([, size]) => size === 0).map(([path]) => path);
}
