// The handbook's data from the conversion `astro build` starts with (convert-integration.mjs), for the pages,
// which are bundled apart from the integration and find it on globalThis (as the card store is found).
import type { HandbookJson } from '../../scripts/lib/handbook-json.ts';

// One symbol across the copies of this module (the integration's and the bundled pages').
const INSTALLED = Symbol.for('cv-interview-handbook.converted-handbook');
type Installed = typeof globalThis & { [INSTALLED]?: HandbookJson };

export function installConvertedHandbook(handbook: HandbookJson | undefined): void {
  (globalThis as Installed)[INSTALLED] = handbook;
}

/** What this build's conversion made, if this process converted. */
export function convertedHandbook(): HandbookJson | undefined {
  return (globalThis as Installed)[INSTALLED];
}
