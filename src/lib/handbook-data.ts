// The handbook as data (scripts/lib/handbook-json.ts) for the data endpoints (handbook.json, practice.json,
// search-terms.json), always from the handbook being built (CONTENT_ROOT). A build takes it from the conversion
// it started with, which kept every unchanged question's part from the last conversion (reading and validating
// all of content/ again for it cost 0.3 s a build); `npm run dev` reads it afresh every time, so that edits show up.
// A build keeps only its JSON text, parsed when an endpoint needs objects and held weakly: held strongly, the
// objects would stay in the heap for the rest of the build (Pagefind included), long after the endpoints are written.
import { toHandbookJson, type HandbookJson } from '../../scripts/lib/handbook-json.ts';
import { loadContent } from '../../scripts/lib/load-content.ts';
import { contentRoot } from './content-root';
import { convertedHandbookText } from './converted-handbook';

let read: string | undefined;
let parsed: WeakRef<HandbookJson> | undefined;

/** The data as /handbook.json serves it: JSON.stringify(handbookJson()). */
export function handbookJsonText(): string {
  if (import.meta.env.DEV) return JSON.stringify(handbookJson());
  return convertedHandbookText() ?? (read ??= JSON.stringify(toHandbookJson(loadContent(contentRoot))));
}

export function handbookJson(): HandbookJson {
  if (import.meta.env.DEV) return toHandbookJson(loadContent(contentRoot));
  const kept = parsed?.deref();
  if (kept) return kept;
  const handbook = JSON.parse(handbookJsonText()) as HandbookJson;
  parsed = new WeakRef(handbook);
  return handbook;
}
