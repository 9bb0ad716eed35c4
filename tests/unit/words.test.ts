import { expect, test } from 'vitest';
import { countWords, proseOf, readingMinutes } from '../../src/lib/words.ts';

test('counts prose words, link text included, markup and URLs excluded', () => {
  expect(countWords('## How it earns\n\nSellers pay a *referral fee* on [Amazon](/platforms/amazon/).')).toBe(10);
  expect(countWords('See https://example.com/a-b for more.')).toBe(3);
  expect(countWords('```js\nconst x = 1;\n```\nOne two.')).toBe(2);
  expect(countWords('- one\n- two\n\n| a | b |\n|---|---|')).toBe(4);
});

test('word counts read the same prose as the glossary: no inline code, expressions, comments, tags or ~~~ fences', () => {
  expect(countWords('Ask about the `MOQ` {props.x} <!-- note --> first.')).toBe(4);
  expect(countWords('~~~\nFOB\n~~~\n<Note kind="FBA">Trade Assurance</Note>')).toBe(2);
  expect(proseOf('See [the terms](/glossary/#escrow "escrow") at https://example.com/escrow.')).not.toMatch(/escrow/);
});

test('reading time rounds to whole minutes, at least one', () => {
  expect(readingMinutes(0)).toBe(1);
  expect(readingMinutes(1000)).toBe(5);
  expect(readingMinutes(1150)).toBe(6);
});

test('a figure printed by <Fact id> counts as one word, as the reader reads it', () => {
  expect(countWords('Etsy charges <Fact id="etsy-transaction-fee" /> of the sale.')).toBe(6);
  expect(countWords('It keeps <Fact id="a"/> and <Fact id="b" />.')).toBe(5);
  // Other tags still count as nothing.
  expect(countWords('<Note kind="x" /> Two words.')).toBe(2);
});
