/**
 * <course-menu> (CourseSidebar.astro): Escape closes the course tree where it is a menu (its summary
 * shows) and gives focus back to the summary; completed lessons get their tick.
 */
import { PROGRESS_EVENT, showCompleted } from '../../lib/progress';

export class CourseMenu extends HTMLElement {
  connectedCallback() {
    const menu = this.querySelector('details')!;
    const summary = menu.querySelector('summary')!;
    const nav = menu.querySelector('nav')!;
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && menu.open && summary.offsetParent) {
        menu.open = false;
        summary.focus();
      }
    });
    const tick = () => showCompleted(nav);
    document.addEventListener(PROGRESS_EVENT, tick);
    tick();
  }
}
