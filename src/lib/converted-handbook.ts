// The handbook's data from the conversion `astro build` starts with (convert-integration.mjs), for the pages,
// which are bundled apart from the integration (process-slot.ts). It is held as the UTF-8 bytes of its JSON: a
// buffer outside the JavaScript heap (58 MB at 5,000 questions), which the garbage collector neither walks nor
// moves while the pages compile and render, decoded only when an endpoint serves it.
import { processSlot } from './process-slot';

const installed = processSlot<Uint8Array>('converted-handbook');

export function installConvertedHandbook(handbookText: string | undefined): void {
  installed.set(handbookText === undefined ? undefined : Buffer.from(handbookText, 'utf8'));
}

/** The JSON text of what this build's conversion made, if this process converted. */
export function convertedHandbookText(): string | undefined {
  const bytes = installed.get();
  return bytes && Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}
