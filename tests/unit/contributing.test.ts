/** CONTRIBUTING.md tells authors what the build accepts: its generated lists must match the schemas. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { allowedValuesMarkdown, enumFields, withAllowedValues } from '../../src/lib/schemaDocs.ts';
import { platformSchema } from '../../src/schemas/collections.ts';
import { shelfLifeMonths } from '../../src/lib/stale.ts';
import { projectRoot } from '../e2e/harness/buildSite.ts';

const contributing = readFileSync(join(projectRoot, 'CONTRIBUTING.md'), 'utf8');

test('the allowed values block is what `npm run docs` writes now', () => {
  expect(withAllowedValues(contributing), 'CONTRIBUTING.md is out of date: run `npm run docs`').toBe(contributing);
});

test('the block lists the values of enum fields, read from the schemas', () => {
  const fields = enumFields(platformSchema((() => ({ def: { type: 'string' } })) as never));
  expect(fields.get('status')).toEqual(['active', 'acquired', 'closed', 'tentative', 'unidentified']);
  expect(fields.get('quiz[].kind')).toEqual(['applied', 'recall']);
  expect(allowedValuesMarkdown()).toContain('| `status` | platforms | `active`, `acquired`, `closed`, `tentative`, `unidentified` |');
});

test('the shelf-life table quotes src/lib/stale.ts', () => {
  for (const [shelf, months] of Object.entries(shelfLifeMonths)) {
    const life = months === null ? 'never' : `${months} months`;
    expect(contributing).toMatch(new RegExp(`^\\| \`${shelf}\` \\| ${life} \\|`, 'm'));
  }
});
