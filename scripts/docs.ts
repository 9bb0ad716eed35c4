/** `npm run docs`: rewrites the "Allowed values" block of CONTRIBUTING.md from the content schemas. */
import { readFileSync, writeFileSync } from 'node:fs';
import { withAllowedValues } from '../src/lib/schemaDocs.ts';

const path = 'CONTRIBUTING.md';
const before = readFileSync(path, 'utf8');
const after = withAllowedValues(before);
writeFileSync(path, after);
console.log(after === before ? 'CONTRIBUTING.md: allowed values already current' : 'CONTRIBUTING.md: allowed values rewritten');
