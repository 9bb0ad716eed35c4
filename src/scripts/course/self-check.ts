/**
 * <self-check> (Quiz.astro): a choice shows at once whether it is right, with the explanation, in the
 * question's live region; a score follows once every question has an answer. The answers live on the
 * lesson's facts-and-sources page (QuizAnswers.astro), which this fetches on the first sign of use
 * (focus or a pointer press inside the quiz, or a choice), so they are written once and cost the lesson
 * page nothing. If they cannot be fetched, the status says so and the link to the answers page stays.
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

export class SelfCheck extends HTMLElement {
  #answers?: Promise<Answer[] | undefined>;

  #load = (): Promise<Answer[] | undefined> => {
    const link = this.querySelector<HTMLAnchorElement>('[data-answers-link]')!;
    return (this.#answers ??= fetchAnswers(link.href.replace(/#.*$/, '')));
  };

  connectedCallback() {
    const d = this.dataset;
    const questions = [...this.querySelectorAll<HTMLFieldSetElement>('fieldset')];
    this.addEventListener('focusin', this.#load, { once: true });
    this.addEventListener('pointerdown', this.#load, { once: true });
    this.addEventListener('change', async (event) => {
      const input = event.target as HTMLInputElement;
      const question = input.closest('fieldset')!;
      const status = question.querySelector('[role="status"]')!;
      const answer = (await this.#load())?.[questions.indexOf(question)];
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
        this.querySelector('[data-score-text]')!.textContent = fill(d.score!, { score, total: questions.length });
      }
    });
  }
}
