// The pipeline's reading of content/ (sources parsed, answers normalized, editorial checked) for the data
// endpoints (handbook.json, practice.json, search-terms.json): read once per build instead of once per
// endpoint, every time in dev so that edits show up, and always from the handbook being built (CONTENT_ROOT).
import { toHandbookJson, type HandbookJson } from '../../scripts/lib/handbook-json.ts';
import { loadContent, type Content } from '../../scripts/lib/load-content.ts';
import { contentRoot } from './content-root';

let cached: { content: Content; json?: HandbookJson } | undefined;

function read(): { content: Content; json?: HandbookJson } {
  if (import.meta.env.DEV) return { content: loadContent(contentRoot) };
  cached ??= { content: loadContent(contentRoot) };
  return cached;
}

export function handbookContent(): Content {
  return read().content;
}

/** The handbook as data (scripts/lib/handbook-json.ts). */
export function handbookJson(): HandbookJson {
  const data = read();
  data.json ??= toHandbookJson(data.content);
  return data.json;
}
