// The data of a YAML text, read fast: js-yaml with the YAML 1.2 core schema gives the data the yaml package gives
// (no timestamps, no merge keys) in about a fifth of the time (a questions.yaml of 5,000 questions: 618 → 71 ms).
// tests/unit/yaml-data.test.ts holds it to yaml's for every YAML file here, and lists the few scalars the two read
// differently (-0, -.5, 0b101, a quoted line broken without indent). Only the yaml package knows where each node is,
// so it still reads a text with a problem to report (yaml-file.ts).
import { CORE_SCHEMA, load } from 'js-yaml';

/** The text's data (null for an empty one); throws on a text that is not YAML. */
export function yamlData(text: string): unknown {
  return load(text, { schema: CORE_SCHEMA }) ?? null;
}
