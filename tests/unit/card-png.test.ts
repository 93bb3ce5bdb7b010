import { readFileSync } from 'node:fs';
import { decode } from 'fast-png';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { indexColours } from '../../src/lib/card-png.mjs';
import { indexedPng } from '../../src/lib/indexed-png.mjs';

interface Case {
  name: string;
  width: number;
  height: number;
  runs: Array<[string, number]>;
  shades?: number;
  colours?: number;
  exact?: boolean;
  maxChannelError?: number;
  error?: string;
}
const cases = parse(readFileSync('tests/fixtures/card-png/cases.yaml', 'utf8')) as Case[];

/** RGBA bytes of a case: its runs, then its shades. */
function image({ runs, shades = 0 }: Case): Uint8Array {
  const bytes: number[] = [];
  for (const [hex, count] of runs) {
    const [r, g, b, a = 255] = hex.slice(1).match(/../g)!.map((pair) => parseInt(pair, 16));
    for (let i = 0; i < count; i++) bytes.push(r!, g!, b!, a);
  }
  // Steps of two in red, then green, then blue: each shade is a distinct colour close to the previous one, but
  // not so close as to be the same shade (card-png.mjs's SAME_SHADE).
  for (let i = 1; i <= shades; i++) {
    for (let copy = 0; copy < 1 + (i % 2); copy++) bytes.push(250 - 2 * Math.ceil(i / 3), 250 - 2 * Math.ceil((i - 1) / 3), 250 - 2 * Math.ceil((i - 2) / 3), 255);
  }
  return Uint8Array.from(bytes);
}

/** The PNG read back with an independent decoder, as RGB triples. */
function decoded(png: Uint8Array): { width: number; height: number; colourType: number; rgb: number[] } {
  const result = decode(png);
  const palette = result.palette!;
  return {
    width: result.width,
    height: result.height,
    colourType: png[25]!,
    rgb: [...result.data].flatMap((index) => palette[index]!.slice(0, 3)),
  };
}

describe('indexed PNG', () => {
  it.each(cases.filter((c) => !c.error))('$name', (c) => {
    const rgba = image(c);
    expect(rgba.length).toBe(c.width * c.height * 4);
    const indexed = indexColours(rgba, c.width);
    expect(indexed.palette.length / 3).toBe(c.colours);
    const png = indexedPng(indexed, c.width, c.height);
    const out = decoded(png);
    expect({ width: out.width, height: out.height, colourType: out.colourType }).toEqual({ width: c.width, height: c.height, colourType: 3 });
    const rgb = [...rgba].filter((_, i) => i % 4 !== 3);
    const errors = rgb.map((value, i) => Math.abs(value - out.rgb[i]!));
    expect(Math.max(...errors)).toBe(c.exact ? 0 : c.maxChannelError);
    // Past 256 shades, the colours kept are the frequent ones: every pixel of a run stays exact.
    const runPixels = c.runs.reduce((sum, [, count]) => sum + count, 0) * 3;
    if (c.shades) expect(errors.slice(0, runPixels).every((e) => e === 0)).toBe(true);
  });

  it.each(cases.filter((c) => c.error))('$name', (c) => {
    expect(() => indexColours(image(c), c.width)).toThrow(c.error);
  });

  it('is the same bytes every time', () => {
    const c = cases.find((x) => !x.exact && !x.error)!;
    const first = Buffer.from(indexedPng(indexColours(image(c), c.width), c.width, c.height));
    expect(Buffer.from(indexedPng(indexColours(image(c), c.width), c.width, c.height)).equals(first)).toBe(true);
  });
});
