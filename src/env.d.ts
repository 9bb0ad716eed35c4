/** What the lesson layout hands the components of a lesson's MDX body (`<Fact id>`), per page render. */
declare namespace App {
  interface Locals {
    /** The rendered lesson's facts and fees by id, and its facts-and-sources page. Set by LessonLayout.astro. */
    lessonFacts?: import('./lib/facts').LessonFacts;
  }
}
