// content/search-synonyms.yaml: groups of words and phrases readers use for the same thing. The search
// dialog runs a query once per equivalent term, so every group must be unambiguous: a term in two
// groups, or twice in one, is an error at its line.
import { z } from 'zod';
import { ContentError, ContentErrors } from './errors.ts';
import { parseYamlFile } from './yaml-file.ts';

const termSchema = z
  .string()
  .trim()
  .min(1, 'a term cannot be empty')
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}\s\-'./+]*$/u, 'a term is words, digits, spaces and hyphens');

export const searchSynonymsSchema = z
  .object({ groups: z.array(z.array(termSchema).min(2, 'a group needs at least two terms')) })
  .strict();
export type SearchSynonyms = z.infer<typeof searchSynonymsSchema>;

/** How a term is compared: case, hyphens and spacing do not make two terms different. */
export function termKey(term: string): string {
  return term.toLowerCase().split(/[\s-]+/).join(' ');
}

export function parseSearchSynonyms(file: string, text: string): SearchSynonyms {
  const { data, lineOf } = parseYamlFile(file, text, searchSynonymsSchema);
  const seen = new Map<string, number>();
  const errors: ContentError[] = [];
  data.groups.forEach((group, g) =>
    group.forEach((term, t) => {
      const line = lineOf(['groups', g, t]);
      const earlier = seen.get(termKey(term));
      if (earlier !== undefined) errors.push(new ContentError(file, line, `"${term}" is already listed at line ${earlier}`));
      else seen.set(termKey(term), line);
    }),
  );
  if (errors.length > 0) throw new ContentErrors(errors);
  return data;
}
