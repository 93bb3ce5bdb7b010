// The not-found page: reads the address, prefills the search box with its words, and lists the question
// a short link names and the questions closest to its words by title (from /question-titles.json).
// URLs come from the page's data attributes (lib/url.ts at build time), so this script shares no chunk
// with the scripts of other pages.
import { guessFromPath, nearestQuestions, type TitledQuestion } from '../lib/nearest-questions';

function questionItem(question: TitledQuestion, pattern: string): HTMLLIElement {
  const item = document.createElement('li');
  const link = item.appendChild(document.createElement('a'));
  link.href = pattern.replace('SLUG', question.slug);
  const number = link.appendChild(document.createElement('span'));
  number.className = 'question-list__n';
  number.textContent = String(question.n);
  const title = link.appendChild(document.createElement('span'));
  title.className = 'question-list__title';
  title.textContent = question.title;
  return item;
}

function shortLinkHint(number: number, questions: TitledQuestion[], named: TitledQuestion | undefined): string {
  if (named) return `Question ${number} exists, but this address names no part of it.`;
  const numbers = questions.map((q) => q.n);
  return `There is no question ${number}: the handbook's questions are numbered ${Math.min(...numbers)} to ${Math.max(...numbers)}.`;
}

async function suggest(section: HTMLElement): Promise<void> {
  const { base = '/', titles = '', question: pattern = '' } = section.dataset;
  const path = location.pathname.startsWith(base) ? location.pathname.slice(base.length - 1) : location.pathname;
  const guess = guessFromPath(path);
  const input = document.querySelector<HTMLInputElement>('#not-found-search');
  if (input && guess.words.length > 0) input.value = guess.words.join(' ');

  const response = await fetch(titles);
  if (!response.ok) return;
  const questions = (await response.json()) as TitledQuestion[];
  const named = guess.number === undefined ? undefined : questions.find((q) => q.n === guess.number);
  const nearest = [...(named ? [named] : []), ...nearestQuestions(guess.words, questions).filter((q) => q !== named)];

  const hint = document.querySelector<HTMLElement>('[data-not-found-hint]');
  if (hint && guess.number !== undefined) {
    hint.textContent = shortLinkHint(guess.number, questions, named);
    hint.hidden = false;
  }
  const list = section.querySelector('[data-nearest-list]');
  if (!list || nearest.length === 0) return;
  list.replaceChildren(...nearest.map((q) => questionItem(q, pattern)));
  section.hidden = false;
}

const section = document.querySelector<HTMLElement>('[data-nearest]');
// Without suggestions the page still offers search and the way home.
if (section) suggest(section).catch(() => undefined);
