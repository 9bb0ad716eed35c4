/** <progress-toggle> (ProgressButton.astro): marks the lesson complete, or not, and says so. */
import { progress, PROGRESS_EVENT } from '../../lib/progress';

export class ProgressToggle extends HTMLElement {
  connectedCallback() {
    const d = this.dataset;
    const key = d.key!;
    const button = this.querySelector('button')!;
    const status = this.querySelector('[role="status"]')!;
    const show = () => {
      const done = progress.get().has(key);
      button.textContent = done ? d.unmark! : d.mark!;
      button.toggleAttribute('data-done', done);
      return done;
    };
    button.addEventListener('click', () => {
      progress.set(key, !progress.get().has(key));
      status.textContent = show() ? d.marked! : d.unmarked!;
    });
    document.addEventListener(PROGRESS_EVENT, show);
    show();
    this.hidden = false;
  }
}
