/** HTML validity over every built page with html-validate's spec-only "standard" preset (docs/design.md, "Site settings"). */
import { HtmlValidate } from 'html-validate';
import { builtPages } from './siteFiles.ts';

export interface HtmlProblem {
  file: string;
  line: number;
  rule: string;
  message: string;
}

const validator = new HtmlValidate({ extends: ['html-validate:standard'] });

export async function validateSite(root: string): Promise<{ pages: number; problems: HtmlProblem[] }> {
  const pages = builtPages(root);
  const problems: HtmlProblem[] = [];
  for (const { file } of pages) {
    const report = await validator.validateFile(file);
    for (const result of report.results) {
      for (const m of result.messages) {
        if (m.severity === 2) problems.push({ file: file.slice(root.length), line: m.line, rule: m.ruleId, message: m.message });
      }
    }
  }
  return { pages: pages.length, problems };
}
