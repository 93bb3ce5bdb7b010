// The key points' HTML that lib/key-points-loader.ts rendered, for /practice.json.
import { readFile } from 'node:fs/promises';
import type { RenderedKeyPoints } from './key-points-loader';

/** Every key point's HTML the loader rendered, by its Markdown. */
export async function renderedKeyPoints(entries: ReadonlyArray<{ rendered?: { metadata?: unknown } }>): Promise<Map<string, string>> {
  const files = await Promise.all(
    entries.map(async (entry) => JSON.parse(await readFile((entry.rendered?.metadata as unknown as RenderedKeyPoints).file, 'utf8')) as Record<string, string>),
  );
  return new Map(files.flatMap((html) => Object.entries(html)));
}
