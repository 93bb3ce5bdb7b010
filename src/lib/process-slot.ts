// A value the integrations hand to the pages, which Vite bundles apart from them: each side imports its own copy
// of a module, so the value lives on globalThis under a symbol shared by every copy.

export interface ProcessSlot<T> {
  set(value: T | undefined): void;
  get(): T | undefined;
}

export function processSlot<T>(name: string): ProcessSlot<T> {
  const key = Symbol.for(`cv-interview-handbook.${name}`);
  const slots = globalThis as unknown as Record<symbol, T | undefined>;
  return {
    set: (value) => {
      slots[key] = value;
    },
    get: () => slots[key],
  };
}
