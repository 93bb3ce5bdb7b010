// The print page takes the body HTML a question page kept, once, and renders what nothing kept
// (src/lib/question-body-html.ts).
import { describe, expect, test, vi } from 'vitest';
import type { QuestionEntry } from '../../src/lib/handbook';

vi.mock('../../src/lib/question-content', () => ({ questionContent: async (entry: QuestionEntry) => () => entry.id }));
const { bodyKeeper } = await import('../../src/lib/question-body-html');

const entry = (id: string, compiled: string) => ({ id, rendered: { metadata: { compiled } } }) as unknown as QuestionEntry;

/** Renders the body's Content, counting the renders. */
const renderer = () => vi.fn(async (Content: () => unknown) => `<p>${String(Content())}</p>`);

describe('questionBodyHtml', () => {
  test.each([
    { keep: true, printRenders: 0, printAgainRenders: 1 },
    { keep: false, printRenders: 1, printAgainRenders: 1 },
  ])('kept by the question page: $keep', async ({ keep, printRenders, printAgainRenders }) => {
    const questionBodyHtml = bodyKeeper(1024);
    const page = entry('q', `/cache/${String(keep)}.mjs`);
    const onPage = renderer();
    expect(await questionBodyHtml(page, onPage, keep)).toBe('<p>q</p>');
    expect(onPage).toHaveBeenCalledTimes(1);
    const onPrint = renderer();
    expect(await questionBodyHtml(page, onPrint, false)).toBe('<p>q</p>');
    expect(onPrint).toHaveBeenCalledTimes(printRenders);
    // Taken once: a second print renders again rather than hold the HTML.
    const again = renderer();
    expect(await questionBodyHtml(page, again, false)).toBe('<p>q</p>');
    expect(again).toHaveBeenCalledTimes(printAgainRenders);
  });

  test('bodies are kept by what they were compiled from, so another page never takes them', async () => {
    const questionBodyHtml = bodyKeeper(1024);
    await questionBodyHtml(entry('one', '/cache/one.mjs'), renderer(), true);
    const other = renderer();
    expect(await questionBodyHtml(entry('two', '/cache/two.mjs'), other, false)).toBe('<p>two</p>');
    expect(other).toHaveBeenCalledTimes(1);
    expect(await questionBodyHtml(entry('one', '/cache/one.mjs'), renderer(), false)).toBe('<p>one</p>');
  });

  // '<p>a</p>' is 8 bytes kept: a cap of 20 bytes holds two bodies, and one again once one is taken.
  test('bodies are kept up to the cap, and taking one makes room', async () => {
    const questionBodyHtml = bodyKeeper(20);
    for (const id of ['a', 'b', 'c']) await questionBodyHtml(entry(id, `/cache/${id}.mjs`), renderer(), true);
    const renders = await Promise.all(
      ['a', 'b', 'c'].map(async (id) => {
        const render = renderer();
        await questionBodyHtml(entry(id, `/cache/${id}.mjs`), render, false);
        return render.mock.calls.length;
      }),
    );
    expect(renders).toEqual([0, 0, 1]);
    await questionBodyHtml(entry('d', '/cache/d.mjs'), renderer(), true);
    const onPrint = renderer();
    await questionBodyHtml(entry('d', '/cache/d.mjs'), onPrint, false);
    expect(onPrint).not.toHaveBeenCalled();
  });
});
