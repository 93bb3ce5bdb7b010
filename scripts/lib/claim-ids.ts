// Ids of key points and disagreements: the anchors #key-point-<id> and #disagreement-<id> are public,
// so an id is unique in its list and, once published, never moves to another claim.
import { diceCoefficient } from 'dice-coefficient';
import type { Editorial } from './schema.ts';
import type { LocatedYaml } from './yaml-file.ts';

/** What an earlier conversion published under a key point's or disagreement's id. */
export interface PublishedClaim {
  id: number;
  text: string;
}

export type ClaimList = 'key_points' | 'disagreements';
export type PublishedClaims = Record<ClaimList, readonly PublishedClaim[]>;
type Fail = (path: Array<string | number>, message: string) => void;

const NOUN: Record<ClaimList, string> = { key_points: 'key point', disagreements: 'disagreement' };

/**
 * Rewording keeps the id (a link to a claim should survive a typo fix or an added clause); a text that
 * shares less than half its words with the published one is another claim. Different claims of one
 * question share at most 0.52 of their words (one pair in the 50 files), the median pair 0.14.
 */
export const SAME_CLAIM_MIN_SIMILARITY = 0.5;

export function wordSimilarity(a: string, b: string): number {
  return diceCoefficient(words(a), words(b));
}

/** The first few words, enough for an editor to recognise the claim. */
function opening(text: string): string {
  const head = text.split(/\s+/).slice(0, 8).join(' ');
  return head.length < text.length ? `${head} …` : head;
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Each id used a second time in one list: where (index), and where it was first used. */
export function repeatedIds(ids: readonly number[]): Array<{ index: number; first: number }> {
  return ids.flatMap((id, index) => {
    const first = ids.indexOf(id);
    return first < index ? [{ index, first }] : [];
  });
}

export function checkClaimIds(located: LocatedYaml<Editorial>, published: PublishedClaims, fail: Fail): void {
  for (const list of ['key_points', 'disagreements'] as const) {
    const claims = located.data[list];
    const noun = NOUN[list];
    for (const { index, first } of repeatedIds(claims.map((c) => c.id))) {
      fail([list, index, 'id'], `duplicate ${noun} id ${claims[index]!.id} (also used at line ${located.lineOf([list, first, 'id'])})`);
    }
    claims.forEach((claim, i) => {
      const earlier = published[list].find((p) => p.id === claim.id);
      if (earlier && wordSimilarity(earlier.text, claim.text) < SAME_CLAIM_MIN_SIMILARITY) {
        fail(
          [list, i, 'id'],
          `${noun} id ${claim.id} was published for another ${noun} ("${opening(earlier.text)}"); ids are never reused: give this ${noun} a new id (rewording keeps the id only while at least half the words stay)`,
        );
      }
    });
  }
}
