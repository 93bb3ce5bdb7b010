// The handbook's data from the conversion `astro build` starts with (convert-integration.mjs), for the pages,
// which are bundled apart from the integration (process-slot.ts).
import type { HandbookJson } from '../../scripts/lib/handbook-json.ts';
import { processSlot } from './process-slot';

const installed = processSlot<HandbookJson>('converted-handbook');

export function installConvertedHandbook(handbook: HandbookJson | undefined): void {
  installed.set(handbook);
}

/** What this build's conversion made, if this process converted. */
export function convertedHandbook(): HandbookJson | undefined {
  return installed.get();
}
