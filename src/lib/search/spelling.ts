// British to American spelling, by rule: the handbook's editorial text is in US spelling, so a reader's
// "quantisation" or "colour" is searched as "quantization" or "color" too.

// Whole words whose US form no suffix rule reaches.
const IRREGULAR: Record<string, string> = {
  grey: 'gray', programme: 'program', programmes: 'programs', defence: 'defense', offence: 'offense',
  licence: 'license', aluminium: 'aluminum', artefact: 'artifact', artefacts: 'artifacts', judgement: 'judgment',
  acknowledgement: 'acknowledgment', ageing: 'aging', sceptical: 'skeptical', catalogue: 'catalog',
  analogue: 'analog', mould: 'mold', enrol: 'enroll', fulfil: 'fulfill', skilful: 'skillful',
};

// -ise words that are not the British form of an -ize verb, nor are words ending in them (unsupervised).
const NOT_IZE = new Set([
  'precise', 'concise', 'exercise', 'excise', 'incise', 'denoise', 'surprise', 'enterprise', 'comprise', 'reprise',
  'promise', 'premise', 'compromise', 'advise', 'revise', 'supervise', 'devise', 'televise', 'improvise', 'disguise',
  'franchise', 'merchandise', 'expertise', 'chastise', 'despise', 'paradise', 'cruise', 'bruise', 'tortoise',
  'porpoise', 'turquoise', 'treatise', 'mortise', 'advertise', 'circumcise', 'apprise', 'demise', 'valise', 'praise',
  'sunrise', 'uprise',
]);
// -our words that keep it in US spelling.
const KEEPS_OUR = new Set(['contour', 'detour', 'devour', 'velour', 'paramour', 'troubadour', 'glamour']);
// -l- verbs that double it in British inflections only (modelling, labelled).
const SINGLE_L = new Set([
  'model', 'label', 'travel', 'cancel', 'level', 'signal', 'channel', 'tunnel', 'fuel', 'total', 'counsel',
  'marvel', 'dial', 'equal', 'panel', 'funnel', 'pixel', 'shovel', 'rival', 'quarrel', 'jewel', 'initial',
]);

type Rule = (word: string) => string | undefined;

const RULES: Rule[] = [
  // optimise, normalisation, quantising, regularisers -> -ize-
  (word) => {
    const m = /^([a-z]{3,})is(e|ed|es|ing|er|ers|able|ation|ations|ational)$/.exec(word);
    const base = `${m?.[1]}ise`;
    if (!m || m[1]!.endsWith('w') || [...NOT_IZE].some((word) => base.endsWith(word))) return undefined;
    return `${m[1]}iz${m[2]}`;
  },
  // analyse, paralysed -> -yze-
  (word) => word.replace(/^([a-z]{2,})ys(e|ed|er|ers|ing)$/, '$1yz$2'),
  // colour, behaviours, neighbourhood, favourite -> -or-
  (word) => {
    const m = /^([a-z]{3,})our(s|ed|ing|ful|ite|ites|able|ably|hood|hoods|less|ly|er|ers|ation|isation|ization)?$/.exec(word);
    if (!m || KEEPS_OUR.has(`${m[1]}our`)) return undefined;
    return `${m[1]}or${m[2] ?? ''}`;
  },
  // centre, fibres, calibre -> -er
  (word) => (word === 'macabre' ? undefined : word.replace(/^([a-z]{2,}[tb])re(s|d)?$/, (_, stem: string, end?: string) => `${stem}er${end === 'd' ? 'ed' : (end ?? '')}`)),
  // modelling, labelled, travellers -> single l
  (word) => {
    const m = /^([a-z]+l)l(ed|ing|er|ers)$/.exec(word);
    return m && SINGLE_L.has(m[1]!) ? `${m[1]}${m[2]}` : undefined;
  },
];

/** The US spelling of one lower-case word (the word itself when it has none). */
export function americanSpelling(word: string): string {
  const lower = word.toLowerCase();
  if (IRREGULAR[lower]) return IRREGULAR[lower];
  let folded = lower;
  for (const rule of RULES) folded = rule(folded) ?? folded;
  return folded;
}
