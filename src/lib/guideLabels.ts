/**
 * The words the decision guide needs, gathered from strings.ts once for the guide's page and its static
 * table (the page's script gets them as data, so strings.ts never ships to the browser).
 */
import type { ReasonPhrases } from './decisionGuide';
import { strings } from './strings';

const lower = (labels: Record<string, string>) => Object.fromEntries(Object.entries(labels).map(([k, v]) => [k, v.toLowerCase()]));

export function reasonPhrases(): ReasonPhrases {
  const r = strings.guide.reasons;
  return {
    you: r.you,
    they: r.they,
    unknown: r.unknown,
    answers: r.answers,
    values: r.values,
    or: r.or,
    and: r.and,
    none: r.none,
    protection: r.protection,
    identity: r.identity,
    protectionLevels: lower(strings.labels.protection),
  };
}
