// The practice page: sessions over the chosen topics, the Leitner schedule (lib/leitner.ts), progress in
// localStorage with export and import, and keyboard shortcuts. The deck (/practice.json) is fetched at the
// first start, so the page itself stays light.
import { boxCounts, dayOf, dueCards, emptyProgress, review, shuffle, type Progress } from '../lib/leitner';
import type { PracticeCard, PracticeDeck } from '../lib/practice-deck';
import { parseProgress } from '../lib/progress-file';

const STORAGE_KEY = 'cv-handbook-practice';
const EXPORT_NAME = 'cv-handbook-practice.json';

const root = document.querySelector<HTMLElement>('[data-practice]');
if (root) initPractice(root);

function loadProgress(): Progress {
  try {
    const parsed = parseProgress(localStorage.getItem(STORAGE_KEY) ?? '');
    return parsed.ok ? parsed.progress : emptyProgress();
  } catch {
    return emptyProgress(); // storage unavailable (private mode): progress lasts for this page only
  }
}

function saveProgress(progress: Progress): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(progress));
  } catch {
    // As above: without storage the session still works.
  }
}

const dateOfDay = (day: number) =>
  new Date(day * 86_400_000).toLocaleDateString('en', { timeZone: 'UTC', weekday: 'long', month: 'long', day: 'numeric' });

function initPractice(page: HTMLElement): void {
  const find = <T extends HTMLElement = HTMLElement>(name: string) => page.querySelector<T>(`[data-${name}]`)!;
  const setup = find<HTMLFormElement>('practice-setup');
  const card = find('practice-card');
  const done = find('practice-done');
  const progressSection = find('practice-progress');
  const answer = find('answer');
  const revealButton = find<HTMLButtonElement>('reveal');
  const title = find('card-title');
  const topicBoxes = [...setup.querySelectorAll<HTMLInputElement>('input[name="topic"]')];
  const cardsOf = (box: HTMLInputElement) => (box.dataset.cards ?? '').split(' ').filter(Boolean).map(Number);

  let progress = loadProgress();
  let deck: Promise<Map<number, PracticeCard>> | undefined;
  let queue: number[] = [];
  let position = 0;
  let tally = { knew: 0, again: 0 };
  const today = () => dayOf(new Date());

  const show = (section: HTMLElement) => {
    for (const each of [setup, card, done]) each.hidden = each !== section;
  };

  const refreshCounts = () => {
    const day = today();
    for (const box of topicBoxes) {
      const cards = cardsOf(box);
      const due = dueCards(cards, progress, day, Math.random).length;
      find(`topic-due="${box.value}"`).textContent = `(${due} of ${cards.length} due)`;
    }
    const all = topicBoxes.flatMap(cardsOf);
    const counts = boxCounts(all, progress);
    const answered = all.length - counts[0]!;
    find('progress-summary').textContent =
      `You have answered ${answered} of ${all.length} questions; ${counts.at(-1)} of them sit in the last box. ` +
      `${dueCards(all, progress, day, Math.random).length} are due today.`;
  };

  const loadDeck = () => {
    deck ??= fetch(page.dataset.deck ?? '')
      .then((response) => (response.ok ? (response.json() as Promise<PracticeDeck>) : Promise.reject(new Error(String(response.status)))))
      .then((data) => new Map(data.cards.map((each) => [each.n, each])));
    deck.catch(() => (deck = undefined));
    return deck;
  };

  const showCard = async () => {
    const cards = await loadDeck();
    const current = cards.get(queue[position]!);
    if (!current) return finish();
    const topic = topicBoxes.find((box) => box.value === current.topic)?.dataset.title;
    find('card-position').textContent = `Question ${position + 1} of ${queue.length}${topic ? ` · ${topic}` : ''}`;
    title.textContent = current.title;
    find('key-points').innerHTML = current.keyPoints.map((point) => `<li>${point}</li>`).join('');
    find<HTMLAnchorElement>('card-link').href = current.href;
    answer.hidden = true;
    revealButton.hidden = false;
    show(card);
    title.focus();
  };

  const reveal = () => {
    answer.hidden = false;
    revealButton.hidden = true;
    page.querySelector<HTMLElement>('#practice-key-points')?.focus();
  };

  const mark = (knew: boolean) => {
    const n = queue[position]!;
    progress.cards[n] = review(progress.cards[n], knew, today());
    saveProgress(progress);
    if (knew) tally.knew += 1;
    else {
      tally.again += 1;
      queue.push(n); // comes back at the end of this session
    }
    position += 1;
    if (position < queue.length) void showCard();
    else finish();
  };

  function finish(): void {
    find('done-summary').textContent = `You knew ${tally.knew} and marked ${tally.again} to review again.`;
    refreshCounts();
    show(done);
    done.querySelector('h2')?.focus();
  }

  const start = async (everything: boolean) => {
    const message = find('setup-message');
    const cards = topicBoxes.filter((box) => box.checked).flatMap(cardsOf);
    if (cards.length === 0) {
      message.textContent = 'Choose at least one topic.';
      return;
    }
    queue = everything ? shuffle(cards, Math.random) : dueCards(cards, progress, today(), Math.random);
    if (queue.length === 0) {
      const next = Math.min(...cards.map((n) => progress.cards[n]?.due ?? Infinity));
      message.textContent = `Nothing in these topics is due today; the next question comes back on ${dateOfDay(next)}. You can practise every question anyway.`;
      return;
    }
    position = 0;
    tally = { knew: 0, again: 0 };
    message.textContent = '';
    try {
      await showCard();
    } catch {
      message.textContent = 'The questions could not be loaded. Check the connection (or save the handbook for offline reading on the home page) and try again.';
    }
  };

  setup.addEventListener('submit', (event) => {
    event.preventDefault();
    void start(false);
  });
  find('start-all').addEventListener('click', () => void start(true));
  revealButton.addEventListener('click', reveal);
  find('knew').addEventListener('click', () => mark(true));
  find('again').addEventListener('click', () => mark(false));
  find('end').addEventListener('click', finish);
  find('again-setup').addEventListener('click', () => {
    show(setup);
    topicBoxes[0]?.focus();
  });

  document.addEventListener('keydown', (event) => {
    // Only while the card (or nothing) has focus: never while typing in the search box or another field.
    const inCard = event.target === document.body || (event.target instanceof Node && card.contains(event.target));
    if (card.hidden || !inCard || event.ctrlKey || event.metaKey || event.altKey) return;
    const revealed = !answer.hidden;
    const onControl = event.target instanceof Element && event.target.closest('button, a, summary') !== null;
    const action =
      event.key === ' ' && !revealed && !onControl ? reveal
      : event.key.toLowerCase() === 'y' && revealed ? () => mark(true)
      : event.key.toLowerCase() === 'n' && revealed ? () => mark(false)
      : event.key === 'Escape' ? finish
      : undefined;
    if (!action) return;
    event.preventDefault();
    action();
  });

  find('export').addEventListener('click', () => {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([`${JSON.stringify(progress, null, 2)}\n`], { type: 'application/json' }));
    link.download = EXPORT_NAME;
    link.click();
    URL.revokeObjectURL(link.href);
    find('progress-message').textContent = `Exported your progress as ${EXPORT_NAME}.`;
  });

  const importInput = find<HTMLInputElement>('import');
  importInput.addEventListener('change', async () => {
    const file = importInput.files?.[0];
    importInput.value = '';
    if (!file) return;
    const parsed = parseProgress(await file.text());
    const message = find('progress-message');
    if (!parsed.ok) {
      message.textContent = `${file.name} was not imported. ${parsed.error}`;
      return;
    }
    progress = parsed.progress;
    saveProgress(progress);
    refreshCounts();
    const count = Object.keys(progress.cards).length;
    message.textContent = `Imported progress for ${count} question${count === 1 ? '' : 's'} from ${file.name}.`;
  });

  refreshCounts();
  setup.hidden = false;
  progressSection.hidden = false;
}
