/**
 * "Report a mistake": a link to the repository's issue form, prefilled with the page. The repository
 * comes from the REPO_URL setting (a GitHub repository URL); without it the link is not shown, since a
 * fork or a local build has nowhere to send reports.
 */

/** The repository URL from REPO_URL, without a trailing slash; undefined when unset or not an https URL. */
export function repoUrl(env: Record<string, string | undefined> = process.env): string | undefined {
  const raw = env.REPO_URL?.trim();
  if (!raw) return undefined;
  try {
    const u = new URL(raw);
    return u.protocol === 'https:' ? u.href.replace(/\/+$/, '').replace(/\.git$/, '') : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The new-issue URL of the "mistake" issue form (.github/ISSUE_TEMPLATE/mistake.yml), with the page's
 * title and address filled in (GitHub fills form fields from query parameters named by their ids).
 */
export function mistakeReportUrl(repo: string, lessonTitle: string, pageUrl: string): string {
  const params = new URLSearchParams({ template: 'mistake.yml', title: `Mistake: ${lessonTitle}`, page: pageUrl });
  return `${repo}/issues/new?${params}`;
}
