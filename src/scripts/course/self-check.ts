/**
 * <self-check> (Quiz.astro): the quiz's feedback code and its answers load on the first sign of use (focus
 * or a pointer press inside the quiz, or a choice), not with the page: most visits never take the quiz, and
 * the lesson page's script budget is small. The code that answers is self-check-feedback.ts.
 */
const intents = ['focusin', 'pointerdown', 'change'] as const;

export class SelfCheck extends HTMLElement {
  connectedCallback() {
    const wake = () => {
      for (const type of intents) this.removeEventListener(type, wake);
      void import('./self-check-feedback').then((m) => m.attachSelfCheck(this));
    };
    for (const type of intents) this.addEventListener(type, wake);
  }
}
