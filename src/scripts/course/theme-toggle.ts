/**
 * <theme-toggle> (ThemeToggle.astro): switches the theme and remembers the choice under 'ab-theme',
 * which ThemeInit.astro reads before first paint.
 */
export class ThemeToggle extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button')!;
    const root = document.documentElement;
    const show = () => button.setAttribute('aria-pressed', String(root.classList.contains('dark')));
    button.addEventListener('click', () => {
      const dark = root.classList.toggle('dark');
      try {
        localStorage.setItem('ab-theme', dark ? 'dark' : 'light');
      } catch {
        // Storage unavailable: the choice holds for this page only.
      }
      show();
    });
    show();
    this.hidden = false;
  }
}
