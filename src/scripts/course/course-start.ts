/**
 * <course-start> (CourseStart.astro): with progress stored, the home page's call to action becomes
 * "Continue: <first lesson not yet complete>", with a count and a reset. The course order is the
 * syllabus's own (#syllabus), so no list of lessons ships in JavaScript.
 */
import { firstIncomplete, lessonLinks, progress, PROGRESS_EVENT } from '../../lib/progress';
import { fill } from './fill';

export class CourseStart extends HTMLElement {
  connectedCallback() {
    const d = this.dataset;
    const cta = this.querySelector('a')!;
    const status = this.querySelector('p')!;
    const reset = this.querySelector('button')!;
    const syllabus = document.getElementById('syllabus')!;
    const start = { text: cta.textContent!, href: cta.getAttribute('href')! };
    const lessons = lessonLinks(syllabus);
    const show = (announce?: string) => {
      const done = progress.get();
      const count = lessons.filter((l) => done.has(l.key)).length;
      const next = firstIncomplete(lessons, done);
      cta.textContent = !count ? start.text : next ? fill(d.continue!, { title: next.link.textContent! }) : d.finished!;
      cta.setAttribute('href', count && next ? next.link.getAttribute('href')! : start.href);
      status.textContent = announce ?? (count ? fill(d.completed!, { done: count, total: lessons.length }) : '');
      reset.hidden = !count;
    };
    reset.addEventListener('click', () => {
      progress.reset();
      show(d.resetDone);
      cta.focus();
    });
    document.addEventListener(PROGRESS_EVENT, () => show());
    show();
  }
}
