/** No two lessons share a paragraph: normalised 8-word shingles, at most 70% overlap, paragraphs over 40 words. */
import { describe, expect, test } from 'vitest';
import { overlap, sharedParagraphs, shingles } from '../../src/lib/shingles.ts';
import { readContent } from '../../src/lib/contentFiles.ts';

describe('the shingle measure', () => {
  const para = 'Sellers who ship parcels to the European Union collect VAT at checkout when the goods are worth less than the threshold, and the platform pays it over';
  test('a paragraph copied with small edits overlaps; a different one does not', () => {
    expect(overlap(shingles(para), shingles(`${para.replace('Sellers', 'Merchants')} every month.`))).toBeGreaterThan(0.7);
    expect(overlap(shingles(para), shingles('A buyer in Japan expects an answer in Japanese within a day, and the platform measures how often the seller replies in time to every message.'))).toBe(0);
  });
  test('is found across lessons, not inside one', () => {
    const body = `${para} and more words to pass forty: one two three four five six seven eight nine ten eleven twelve.`;
    expect(sharedParagraphs([{ key: 'a', body }, { key: 'b', body }])).toHaveLength(1);
    expect(sharedParagraphs([{ key: 'a', body: `${body}\n\n${body}` }])).toHaveLength(0);
  });
});

test('no two lessons share a paragraph', () => {
  const lessons = readContent().filter((f) => f.file.endsWith('.mdx')).map((f) => ({ key: `${f.collection}/${f.id}`, body: f.body }));
  expect(lessons.length).toBeGreaterThan(20);
  const shared = sharedParagraphs(lessons).map((s) => `${s.a.lesson} ~ ${s.b.lesson} (${Math.round(s.overlap * 100)}%): ${s.a.text.slice(0, 80)}…`);
  expect(shared).toEqual([]);
});
