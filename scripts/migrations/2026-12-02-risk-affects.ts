/**
 * Migration 3 of the second edition: a risk says whom it threatens. `risks` was meant for risks to a seller,
 * but two of Alibaba.com's entries warn buyers (a paid badge proves little since the 2011 fraud; a bank
 * transfer is covered only into the Trade Assurance account), and the decision guide penalised sellers for
 * them. Those get `affects: buyers`; every other risk keeps the default, `sellers`.
 * Run once: `npx node scripts/migrations/2026-12-02-risk-affects.ts [contentDir]`. Running it again changes nothing.
 */
import { isMap, isSeq, type Document } from 'yaml';
import { migrate } from './frontmatter.ts';

/** Risks that warn buyers, by entry file name and risk id. */
export const buyerCautions: Record<string, readonly string[]> = {
  'alibaba.mdx': ['badge-fraud-2011', 'payment-outside-trade-assurance'],
};

export function markBuyerCautions(doc: Document, file: string): void {
  const ids = buyerCautions[file.split('/').pop()!];
  const risks = doc.get('risks');
  if (!ids || !isSeq(risks)) return;
  for (const risk of risks.items) {
    if (isMap(risk) && ids.includes(String(risk.get('id'))) && !risk.has('affects')) risk.set('affects', 'buyers');
  }
}

if (import.meta.main) {
  const changed = migrate(process.argv[2] ?? 'content', markBuyerCautions);
  console.log(`marked buyer cautions in ${changed.length} files`);
}
