/**
 * <course-menu> (CourseSidebar.astro): the course tree is open beside the lesson on wide screens and a
 * closed menu on small ones; Escape closes the menu and gives focus back to its summary; completed
 * lessons get their tick. (Without JavaScript, CSS shows the closed tree on wide screens.)
 */
import { PROGRESS_EVENT, showCompleted } from '../../lib/progress';

export class CourseMenu extends HTMLElement {
  connectedCallback() {
    const menu = this.querySelector('details')!;
    const summary = menu.querySelector('summary')!;
    const nav = menu.querySelector('nav')!;
    const wide = matchMedia('(min-width: 64rem)');
    const fit = () => (menu.open = wide.matches);
    wide.addEventListener('change', fit);
    fit();
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
