/** checkPlatform's rule on websites: who must have one, and the one exception for name-only matches. */
import { describe, expect, test } from 'vitest';
import { checkPlatform } from '../../src/schemas/platform.ts';

type Issue = { path?: PropertyKey[]; message: string };

function issues(p: Parameters<typeof checkPlatform>[0]): Issue[] {
  const found: Issue[] = [];
  checkPlatform(p, { addIssue: (issue) => found.push(issue as Issue) });
  return found;
}

const base = { textbookName: 'Sample', sinceTextbook: false, fit: {}, quiz: [1, 2, 3] };
const websiteIssues = (p: Parameters<typeof checkPlatform>[0]) => issues(p).filter((i) => i.path?.[0] === 'website');

describe('website', () => {
  test('is required for an active platform', () => {
    expect(websiteIssues({ ...base, status: 'active' })).toHaveLength(1);
    expect(websiteIssues({ ...base, status: 'active', website: 'https://example.com/' })).toHaveLength(0);
  });
  test('is required for a tentative match of medium confidence', () => {
    expect(websiteIssues({ ...base, status: 'tentative', identification: { confidence: 'medium' } })).toHaveLength(1);
  });
  test('may be left out for a tentative match of low confidence, whose site is not confirmed', () => {
    expect(websiteIssues({ ...base, status: 'tentative', identification: { confidence: 'low' } })).toHaveLength(0);
  });
  test('is not required for an unidentified platform', () => {
    expect(websiteIssues({ ...base, status: 'unidentified', identification: { confidence: 'none' } })).toHaveLength(0);
  });
  test('the error names the exception so an author knows what to change', () => {
    expect(websiteIssues({ ...base, status: 'active' })[0]?.message).toMatch(/tentative.*confidence "low"/);
  });
});
