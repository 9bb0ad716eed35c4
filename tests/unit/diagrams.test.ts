/**
 * The diagram builders: every label equals its data, every shape stays inside the viewBox (by the builders'
 * own width estimate; the browser test checks real boxes), and long labels wrap instead of overflowing.
 */
import { describe, expect, test } from 'vitest';
import {
  feeBarsDiagram,
  journeyDiagram,
  journeySteps,
  labelsOf,
  modelMapDiagram,
  textWidth,
  timelineDiagram,
  wrapText,
  yearFraction,
  type Diagram,
  type JourneyStepInput,
} from '../../src/lib/diagrams.ts';
import { strings } from '../../src/lib/strings.ts';

/** Every shape inside the viewBox: text by its estimated extent, from its anchor. */
function expectInside(d: Diagram) {
  expect(d.shapes.length).toBeGreaterThan(0);
  for (const s of d.shapes) {
    const box =
      s.kind === 'rect'
        ? { x1: s.x, x2: s.x + s.w, y1: s.y, y2: s.y + s.h }
        : s.kind === 'line'
          ? { x1: Math.min(s.x1, s.x2), x2: Math.max(s.x1, s.x2), y1: Math.min(s.y1, s.y2), y2: Math.max(s.y1, s.y2) }
          : s.kind === 'circle'
            ? { x1: s.cx - s.r, x2: s.cx + s.r, y1: s.cy - s.r, y2: s.cy + s.r }
            : (() => {
                const w = textWidth(s.text, s.size);
                const x1 = s.anchor === 'middle' ? s.x - w / 2 : s.anchor === 'end' ? s.x - w : s.x;
                return { x1, x2: x1 + w, y1: s.y - s.size, y2: s.y + s.size * 0.25 };
              })();
    expect(box.x1, JSON.stringify(s)).toBeGreaterThanOrEqual(0);
    expect(box.y1, JSON.stringify(s)).toBeGreaterThanOrEqual(0);
    expect(box.x2, JSON.stringify(s)).toBeLessThanOrEqual(d.width);
    expect(box.y2, JSON.stringify(s)).toBeLessThanOrEqual(d.height);
  }
}

const joined = (lines: string[]) => lines.join(' ').replace(/- /g, '');

describe('wrapText', () => {
  test('breaks at spaces within the width and keeps every word', () => {
    const text = 'Seller ships, or the platform fulfills the order from its own warehouse abroad';
    const lines = wrapText(text, 120, 12);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(textWidth(l, 12)).toBeLessThanOrEqual(120);
    expect(lines.join(' ')).toBe(text);
  });
  test('cuts a word longer than the line with a hyphen', () => {
    const lines = wrapText('Supercalifragilisticexpialidocious', 60, 12);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(textWidth(l, 12)).toBeLessThanOrEqual(60);
    expect(joined(lines)).toBe('Supercalifragilisticexpialidocious');
  });
});

describe('journeyDiagram', () => {
  const steps: JourneyStepInput[] = [
    { step: 'listing', who: ['seller'], note: 'Photos, a price or a starting bid, and shipping terms' },
    { step: 'payment', who: ['platform'], note: 'At the checkout' },
    { step: 'logistics', who: ['seller', 'platform', 'third-party'], note: 'A long note that must wrap over several lines because it is much wider than the column' },
    { step: 'customs', who: ['buyer', 'seller'], note: 'Import VAT' },
    { step: 'delivery', who: ['third-party'], note: 'Carrier' },
    { step: 'payout', who: ['platform'], note: 'After delivery' },
  ];
  const d = journeyDiagram(steps, strings.diagrams.journey);
  test('the steps, actors and notes are the data, in order', () => {
    expect(labelsOf(d, 'step')).toEqual(journeySteps.map((s) => strings.diagrams.journey.steps[s]));
    expect(labelsOf(d, 'who')).toEqual(steps.flatMap((s) => s.who.map((w) => strings.diagrams.journey.actors[w])));
    expect(joined(labelsOf(d, 'note'))).toBe(steps.map((s) => s.note).join(' '));
  });
  test('the long note wraps; everything stays in the viewBox', () => {
    expect(labelsOf(d, 'note').length).toBeGreaterThan(steps.length);
    expectInside(d);
  });
});

describe('modelMapDiagram', () => {
  const models = [
    { id: 'b2b', name: 'B2B', sellers: ['Manufacturer', 'Trading company'], buyers: ['Businesses'] },
    { id: 'c2c', name: 'C2C', sellers: ['Individual', 'Small retailer', 'Maker of handmade goods'], buyers: ['Consumers'] },
  ];
  const d = modelMapDiagram(models);
  test('each model with its sellers and buyers', () => {
    expect(labelsOf(d, 'model')).toEqual(['B2B', 'C2C']);
    expect(joined(labelsOf(d, 'seller'))).toBe(models.flatMap((m) => m.sellers).join(' '));
    expect(labelsOf(d, 'buyer')).toEqual(['Businesses', 'Consumers']);
    expectInside(d);
  });
});

describe('feeBarsDiagram', () => {
  const format = (n: number) => `US$${n.toFixed(2)}`;
  const bars = [
    { id: 'a', label: 'Etsy: US$45.00 item + US$5.00 shipping, 20 orders a month', gross: 50, lines: [{ label: 'Listing fee', amount: 0.2 }, { label: 'Transaction fee', amount: 3.25 }], payout: 46.55, format },
    { id: 'b', label: 'eBay', gross: 50, lines: [{ label: 'Final value fee', amount: 7.2 }], payout: 42.8, format },
  ];
  const labels = { payout: 'Payout', fees: 'Fees' };
  test('a legend entry per fee line and the payout, with the amounts', () => {
    const d = feeBarsDiagram(bars, labels);
    expect(joined(labelsOf(d, 'legend'))).toBe(
      ['Listing fee: US$0.20', 'Transaction fee: US$3.25', 'Payout: US$46.55', 'Final value fee: US$7.20', 'Payout: US$42.80'].join(' '),
    );
    expectInside(d);
  });
  test('segments add up to the bar: fees plus payout equal the gross', () => {
    const d = feeBarsDiagram([bars[1]!], labels);
    const rects = d.shapes.filter((s) => s.kind === 'rect' && s.h === 18) as Extract<Diagram['shapes'][number], { kind: 'rect' }>[];
    expect(rects.reduce((s, r) => s + r.w, 0)).toBeCloseTo(320 - 16, 0);
  });
  test('compact: total fees and payout only', () => {
    const d = feeBarsDiagram(bars, labels, true);
    expect(labelsOf(d, 'legend')).toEqual(['Fees: US$3.45', 'Payout: US$46.55', 'Fees: US$7.20', 'Payout: US$42.80']);
    expectInside(d);
  });
});

describe('timelineDiagram', () => {
  test('fractional years sit inside their year', () => {
    expect(yearFraction('2021')).toBe(2021.5);
    expect(Math.floor(yearFraction('2024-12'))).toBe(2024);
    expect(Math.floor(yearFraction('2024-12-31'))).toBe(2024);
  });
  test('a numbered dot per event, scheduled ones apart; first and last year labelled', () => {
    const events = [
      { date: '2016', scheduled: false },
      { date: '2021-05', scheduled: false },
      { date: '2021-06', scheduled: false },
      { date: '2026-07-01', scheduled: false },
      { date: '2027', scheduled: true },
    ];
    const d = timelineDiagram(events);
    expect(labelsOf(d, 'event')).toEqual(['1', '2', '3', '4']);
    expect(labelsOf(d, 'event-scheduled')).toEqual(['5']);
    const years = labelsOf(d, 'year');
    expect(years[0]).toBe('2016');
    expect(years.at(-1)).toBe('2028');
    expectInside(d);
  });
  test('no events, no drawing', () => {
    expect(timelineDiagram([]).shapes).toEqual([]);
  });
});

describe('the journey schema', async () => {
  const { journeySchema } = await import('../../src/schemas/model.ts');
  const step = (s: string) => ({ step: s, who: ['seller'], note: 'A short note' });
  test('takes the six steps once each, in order, or none', () => {
    expect(journeySchema.safeParse(journeySteps.map(step)).success).toBe(true);
    expect(journeySchema.safeParse([]).success).toBe(true);
  });
  test('refuses a missing or reordered step, and says which order it wants', () => {
    const reordered = journeySchema.safeParse([...journeySteps].reverse().map(step));
    expect(reordered.success).toBe(false);
    expect(reordered.error?.issues[0]?.message).toContain('listing, payment, logistics, customs, delivery, payout');
    expect(journeySchema.safeParse(journeySteps.slice(1).map(step)).success).toBe(false);
  });
  test('refuses an unknown actor and an overlong note', () => {
    expect(journeySchema.safeParse(journeySteps.map((s) => ({ ...step(s), who: ['courier'] }))).success).toBe(false);
    expect(journeySchema.safeParse(journeySteps.map((s) => ({ ...step(s), note: 'x'.repeat(91) }))).success).toBe(false);
  });
});
