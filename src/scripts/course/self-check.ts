/**
 * <self-check> (Quiz.astro): a choice shows at once whether it is right, with the explanation, in the
 * question's live region; a score follows once every question has an answer. Answers are read from
 * the markup (data-answer, the options' text), so nothing is duplicated here.
 */
import { fill } from './fill';

export class SelfCheck extends HTMLElement {
  connectedCallback() {
    const d = this.dataset;
    const questions = [...this.querySelectorAll<HTMLFieldSetElement>('fieldset')];
    this.addEventListener('change', (event) => {
      const input = event.target as HTMLInputElement;
      const question = input.closest('fieldset')!;
      const labels = [...question.querySelectorAll('label')];
      const answer = Number(question.dataset.answer);
      const right = Number(input.value) === answer;
      question.dataset.state = right ? 'right' : 'wrong';
      labels.forEach((label, i) => {
        label.dataset.state = i === answer ? 'right' : label.contains(input) ? 'wrong' : '';
      });
      const verdict = document.createElement('b');
      const optionText = (label: Element) => (label.querySelector('[data-option-text]') ?? label).textContent!.trim();
      verdict.textContent = right ? d.correct! : fill(d.incorrect!, { answer: optionText(labels[answer]!) });
      // The chosen option's own "why" when the lesson gives one, then the general explanation.
      const why = question.querySelector(`[data-option="${input.value}"] [data-why]`)?.textContent;
      const explanation = question.querySelector('[data-explanation]')!.textContent!;
      question.querySelector('[role="status"]')!.replaceChildren(verdict, ` ${why ? `${why} ` : ''}${explanation}`);
      const answered = questions.filter((q) => q.dataset.state);
      if (answered.length === questions.length) {
        const score = answered.filter((q) => q.dataset.state === 'right').length;
        this.querySelector('[data-score-text]')!.textContent = fill(d.score!, { score, total: questions.length });
      }
    });
  }
}
