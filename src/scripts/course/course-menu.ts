/**
 * <course-menu> (CourseSidebar.astro): the course tree is open beside the lesson on wide screens and a
 * closed menu on small ones; Escape closes the menu and gives focus back to its summary. On a wide
 * screen the tree scrolls to the current page. (Without JavaScript, CSS shows the closed tree on wide
 * screens.)
 */
export class CourseMenu extends HTMLElement {
  connectedCallback() {
    const menu = this.querySelector('details')!;
    const summary = menu.querySelector('summary')!;
    const wide = matchMedia('(min-width: 64rem)');
    const fit = () => (menu.open = wide.matches);
    wide.addEventListener('change', fit);
    fit();
    const current = menu.querySelector<HTMLElement>('[aria-current="page"]');
    if (current && this.scrollHeight > this.clientHeight) this.scrollTop = current.offsetTop - this.clientHeight / 3;
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && menu.open && summary.offsetParent) {
        menu.open = false;
        summary.focus();
      }
    });
  }
}
