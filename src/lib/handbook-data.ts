// The handbook as data (scripts/lib/handbook-json.ts) for the data endpoints (handbook.json, practice.json,
// search-terms.json), always from the handbook being built (CONTENT_ROOT). A build takes it from the conversion
// it started with, which kept every unchanged question's part from the last conversion (reading and validating
// all of content/ again for it cost 0.3 s a build); `npm run dev` reads it afresh every time, so that edits show up.
import { toHandbookJson, type HandbookJson } from '../../scripts/lib/handbook-json.ts';
import { loadContent } from '../../scripts/lib/load-content.ts';
import { contentRoot } from './content-root';
import { convertedHandbook } from './converted-handbook';

let cached: HandbookJson | undefined;

export function handbookJson(): HandbookJson {
  if (import.meta.env.DEV) return toHandbookJson(loadContent(contentRoot));
  cached ??= convertedHandbook() ?? toHandbookJson(loadContent(contentRoot));
  return cached;
}
