/**
 * What <self-check> (self-check.ts) loads on first use: a choice shows at once whether it is right, with
 * the explanation, in the question's live region; a score follows once every question has an answer. The
 * answers live on the lesson's facts-and-sources page (QuizAnswers.astro), fetched here, so they are written
 * once and cost the lesson page nothing. If they cannot be fetched, the status says so and the link to the
 * answers page stays.
 */
import { fill } from './fill';

interface Answer {
  right: number;
  explanation: string;
  why: (string | undefined)[];
}

/** The answers of the page at `href`, in question order, read from its [data-quiz-answers] section. */
async function fetchAnswers(href: string): Promise<Answer[] | undefined> {
  try {
    const response = await fetch(href);
    if (!response.ok) return undefined;
    const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
    return [...doc.querySelectorAll<HTMLElement>('[data-quiz-answers] [data-question]')].map((q) => ({
      right: Number(q.dataset.answer),
      explanation: q.querySelector('[data-explanation]')?.textContent ?? '',
      why: [...q.querySelectorAll<HTMLElement>('[data-option]')].map((o) => o.querySelector('[data-why]')?.textContent ?? undefined),
    }));
  } catch {
    return undefined;
  }
}

/** Wires the quiz `root`, woken by its first focus, press or choice. */
export function attachSelfCheck(root: HTMLElement): void {
  const d = root.dataset;
  const questions = [...root.querySelectorAll<HTMLFieldSetElement>('fieldset')];
  const link = root.querySelector<HTMLAnchorElement>('[data-answers-link]')!;
  const answers = fetchAnswers(link.href.replace(/#.*$/, ''));
  const onChange = async (event: Event) => {
    const input = event.target as HTMLInputElement;
    const question = input.closest('fieldset')!;
    const status = question.querySelector('[role="status"]')!;
    const answer = (await answers)?.[questions.indexOf(question)];
    // A later choice in the same question may have finished first: show only the current one.
    if (!input.checked) return;
    if (!answer) {
      status.textContent = d.unavailable!;
      return;
    }
    const labels = [...question.querySelectorAll('label')];
    const right = Number(input.value) === answer.right;
    question.dataset.state = right ? 'right' : 'wrong';
    labels.forEach((label, i) => {
      label.dataset.state = i === answer.right ? 'right' : label.contains(input) ? 'wrong' : '';
    });
    const verdict = document.createElement('b');
    const optionText = (label: Element) => (label.querySelector('[data-option-text]') ?? label).textContent!.trim();
    verdict.textContent = right ? d.correct! : fill(d.incorrect!, { answer: optionText(labels[answer.right]!) });
    // The chosen option's own "why" when the lesson gives one, then the general explanation.
    const why = answer.why[Number(input.value)];
    status.replaceChildren(verdict, ` ${why ? `${why} ` : ''}${answer.explanation}`);
    const answered = questions.filter((q) => q.dataset.state);
    if (answered.length === questions.length) {
      const score = answered.filter((q) => q.dataset.state === 'right').length;
      root.querySelector('[data-score-text]')!.textContent = fill(d.score!, { score, total: questions.length });
    }
  };
  root.addEventListener('change', onChange);
  // Choices made while this loaded (the event that woke it among them) get their feedback now.
  for (const input of root.querySelectorAll<HTMLInputElement>('input:checked')) void onChange({ target: input } as unknown as Event);
}
