import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { checkContent, formatProblems, parsedLessons } from '../lib/contentCheck.ts';
import { readContent } from '../lib/contentFiles.ts';
import { buildDate } from '../lib/stale.ts';
import { staleFacts } from '../lib/staleReport.ts';

/**
 * Before Astro syncs the content (which stops at the first broken file), checks every content file against
 * its schema (and every `<Fact id>` of a body against its file's facts) and fails `astro build` / `astro sync`
 * with every problem of every file at once. In `astro dev` it logs them instead, so the dev server still
 * starts. After a build it prints how many facts are stale (`npm run stale` lists them); stale facts never
 * fail the build.
 */
export default function contentCheck(): AstroIntegration {
  let staleCount = 0;
  return {
    name: 'across-borders:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const files = readContent();
        const problems = checkContent(files);
        if (problems.length) {
          const message = formatProblems(problems);
          logger.error(message);
          // The list is logged, not thrown: Astro replaces the hint of an error whose text contains "window" or
          // "document" (a fact id such as "dispute-window") with one about browser APIs.
          if (command !== 'dev') {
            throw new AstroError(message.split('\n')[0]!.replace(/:$/, ', listed above.'), 'Change each field or line named above; CONTRIBUTING.md lists every field, its format and its allowed values, and how <Fact id> names a fact.');
          }
        }
        staleCount = staleFacts(parsedLessons(files)).length;
      },
      'astro:build:done': ({ logger }) => {
        logger.info(`${staleCount} fact(s) are past their shelf life on ${buildDate()} and show "may be out of date"; \`npm run stale\` lists them.`);
      },
    },
  };
}
