// The YAML of content/sources.yaml and content/questions.yaml, as the content collections read it: js-yaml with the
// YAML 1.2 core schema gives the data the yaml package gave (no timestamps, no merge keys) in a fifth of the time
// (questions.yaml: 23–33 → 4–7 ms a build, and a hundred times that at 5,000 questions). Astro's own file()
// loader reads content/topics.yaml with js-yaml too.
import { CORE_SCHEMA, load } from 'js-yaml';

export function parseContentYaml(text: string): unknown {
  return load(text, { schema: CORE_SCHEMA });
}
