/**
 * The course's interactive elements, one small custom element each, bundled into one module that
 * every page loads: one request instead of one per component keeps a lesson's first visit inside
 * its byte budget (docs/design.md, "Code"). An element does nothing until its tag is on the page.
 * Lists of lessons that say `data-done-label` (the course tree, the syllabus, a module's lessons)
 * get their completed lessons ticked, now and whenever progress changes.
 */
import { PROGRESS_EVENT, showCompleted } from '../../lib/progress';
import { CourseMenu } from './course-menu';
import { CourseStart } from './course-start';
import { ProgressToggle } from './progress-toggle';
import { SelfCheck } from './self-check';
import { ThemeToggle } from './theme-toggle';

const elements: Record<string, CustomElementConstructor> = {
  'theme-toggle': ThemeToggle,
  'course-menu': CourseMenu,
  'progress-toggle': ProgressToggle,
  'self-check': SelfCheck,
  'course-start': CourseStart,
};
for (const [name, element] of Object.entries(elements)) customElements.define(name, element);

const tick = () => document.querySelectorAll<HTMLElement>('[data-done-label]').forEach((list) => showCompleted(list));
document.addEventListener(PROGRESS_EVENT, tick);
tick();
