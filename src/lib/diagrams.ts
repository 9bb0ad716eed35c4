/**
 * The course's diagrams as data: each builder turns frontmatter into a small description of shapes
 * (boxes, lines, dots, text with positions) inside a viewBox, and the components in src/components/ only
 * print them as inline SVG. Pure and framework-free, so the unit tests can check that every label equals
 * its data and that nothing leaves the viewBox.
 *
 * Sizes are in viewBox units. Every diagram is drawn for a narrow column (DIAGRAM_WIDTH wide) and scales
 * to its container, so it is readable on a 320 px phone; text is wrapped by an estimate of its width
 * (a conservative average glyph width), and the browser test checks the real boxes.
 */
import { journeyActors, journeySteps } from '../schemas/values';

/** The drawing width of every diagram, in viewBox units (about a phone's column). */
export const DIAGRAM_WIDTH = 320;
const PAD = 8;
/** Average glyph width as a share of the font size: generous for system sans-serif fonts. */
const GLYPH = 0.6;

/** What a shape is; DiagramSvg.astro paints each kind from the --ab-* tokens (global.css, "Diagrams"). */
export type ShapeClass =
  | 'd-line'
  | 'd-open'
  | 'd-scheduled'
  | 'd-seller'
  | 'd-platform'
  | 'd-buyer'
  | 'd-third-party'
  | 'd-fee-0'
  | 'd-fee-1'
  | 'd-fee-2'
  | 'd-fee-3'
  | 'd-payout';

export type Shape =
  | { kind: 'rect'; x: number; y: number; w: number; h: number; cls: ShapeClass; rx?: number }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; cls: ShapeClass }
  | { kind: 'circle'; cx: number; cy: number; r: number; cls: ShapeClass }
  | {
      kind: 'text';
      x: number;
      y: number;
      text: string;
      size: number;
      anchor?: 'start' | 'middle' | 'end';
      bold?: boolean;
      muted?: boolean;
      /** What the label shows, for the browser test ("step", "who", "note", "seller", "year"…). */
      role?: string;
    };

export interface Diagram {
  width: number;
  height: number;
  shapes: Shape[];
}

const round = (n: number) => Math.round(n * 10) / 10;

/** The estimated width of `text` at `size`. */
export function textWidth(text: string, size: number): number {
  return text.length * size * GLYPH;
}

/**
 * `text` broken into lines of at most `width` (estimated), at spaces; a word longer than the width is
 * cut with a hyphen rather than left to overflow.
 */
export function wrapText(text: string, width: number, size: number): string[] {
  const max = Math.max(4, Math.floor(width / (size * GLYPH)));
  const lines: string[] = [];
  let line = '';
  for (let word of text.split(/\s+/).filter(Boolean)) {
    while (word.length > max) {
      if (line) lines.push(line);
      lines.push(`${word.slice(0, max - 1)}-`);
      word = word.slice(max - 1);
      line = '';
    }
    const next = line ? `${line} ${word}` : word;
    if (next.length > max) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Text lines from `y` down, `lead` apart; returns the shapes and the y below the last line. */
function textBlock(lines: string[], x: number, y: number, size: number, lead: number, extra: Partial<Extract<Shape, { kind: 'text' }>> = {}) {
  const shapes: Shape[] = lines.map((text, i) => ({ kind: 'text', x, y: round(y + size + i * lead), text, size, ...extra }));
  return { shapes, bottom: y + size + (lines.length - 1) * lead + lead - size };
}

// ---------------------------------------------------------------------------------------------------
// The order journey of a model: who does each step.

export { journeySteps, journeyActors };
export type JourneyStepId = (typeof journeySteps)[number];
/** Who can do a step: the seller, the platform, the buyer, or a third party (bank, card processor, carrier, forwarder). */
export type JourneyActor = (typeof journeyActors)[number];

export interface JourneyStepInput {
  step: JourneyStepId;
  who: readonly JourneyActor[];
  note: string;
}

export interface JourneyLabels {
  steps: Record<JourneyStepId, string>;
  actors: Record<JourneyActor, string>;
}

/**
 * The journey as a column of numbered steps joined by a line: each step's name, a chip per actor who
 * does it (colour and word, so colour is never the only cue), and the lesson's note below.
 */
export function journeyDiagram(steps: readonly JourneyStepInput[], labels: JourneyLabels): Diagram {
  const shapes: Shape[] = [];
  const dotX = PAD + 12;
  const textX = dotX + 22;
  const chipX = textX + 86;
  const right = DIAGRAM_WIDTH - PAD;
  const dots: number[] = [];
  let y = PAD;
  steps.forEach((s, i) => {
    const top = y;
    dots.push(top + 12);
    shapes.push({ kind: 'circle', cx: dotX, cy: top + 12, r: 11, cls: 'd-open' });
    shapes.push({ kind: 'text', x: dotX, y: top + 16.5, text: String(i + 1), size: 12, anchor: 'middle', bold: true });
    shapes.push({ kind: 'text', x: textX, y: top + 17, text: labels.steps[s.step], size: 14, bold: true, role: 'step' });
    // Chips flow right of the step name and wrap below it when the row is full.
    let cx = chipX;
    let cy = top + 2;
    for (const actor of s.who) {
      const label = labels.actors[actor];
      const w = round(textWidth(label, 12) + 14);
      if (cx + w > right && cx > chipX) {
        cx = chipX;
        cy += 26;
      }
      shapes.push({ kind: 'rect', x: cx, y: cy, w, h: 20, rx: 10, cls: `d-${actor}` });
      shapes.push({ kind: 'text', x: round(cx + w / 2), y: cy + 14, text: label, size: 12, anchor: 'middle', role: 'who' });
      cx = round(cx + w + 6);
    }
    const note = textBlock(wrapText(s.note, right - textX, 12), textX, cy + 26, 12, 16, { muted: true, role: 'note' });
    shapes.push(...note.shapes);
    y = note.bottom + 14;
  });
  // The line joining the steps goes under the dots.
  const line: Shape[] = dots.slice(1).map((d, i) => ({ kind: 'line', x1: dotX, y1: dots[i]! + 11, x2: dotX, y2: d - 11, cls: 'd-line' }));
  return { width: DIAGRAM_WIDTH, height: Math.ceil(y - 14 + PAD), shapes: [...line, ...shapes] };
}

// ---------------------------------------------------------------------------------------------------
// The map of models: who sells to whom.

export interface ModelMapInput {
  id: string;
  name: string;
  sellers: readonly string[];
  buyers: readonly string[];
}

/**
 * One band per model: its name, then a box of the sellers it fits, an arrow, and a box of the buyers
 * they sell to. Sellers and buyers are the models' `fit` data, in words.
 */
export function modelMapDiagram(models: readonly ModelMapInput[]): Diagram {
  const shapes: Shape[] = [];
  const sellerW = 150;
  const arrow = 30;
  const buyerX = PAD + sellerW + arrow;
  const buyerW = DIAGRAM_WIDTH - PAD - buyerX;
  let y = PAD;
  for (const m of models) {
    shapes.push({ kind: 'text', x: PAD, y: y + 14, text: m.name, size: 14, bold: true, role: 'model' });
    const top = y + 22;
    const sellerLines = m.sellers.flatMap((s) => wrapText(s, sellerW - 16, 12));
    const buyerLines = m.buyers.flatMap((b) => wrapText(b, buyerW - 16, 12));
    const h = Math.max(sellerLines.length, buyerLines.length) * 16 + 12;
    shapes.push({ kind: 'rect', x: PAD, y: top, w: sellerW, h, rx: 6, cls: 'd-seller' });
    shapes.push({ kind: 'rect', x: buyerX, y: top, w: buyerW, h, rx: 6, cls: 'd-buyer' });
    shapes.push(...textBlock(sellerLines, PAD + 8, top + 4, 12, 16, { role: 'seller' }).shapes);
    shapes.push(...textBlock(buyerLines, buyerX + 8, top + 4, 12, 16, { role: 'buyer' }).shapes);
    const mid = round(top + h / 2);
    const ax1 = PAD + sellerW + 4;
    const ax2 = buyerX - 4;
    shapes.push({ kind: 'line', x1: ax1, y1: mid, x2: ax2, y2: mid, cls: 'd-line' });
    shapes.push({ kind: 'line', x1: ax2 - 6, y1: mid - 5, x2: ax2, y2: mid, cls: 'd-line' });
    shapes.push({ kind: 'line', x1: ax2 - 6, y1: mid + 5, x2: ax2, y2: mid, cls: 'd-line' });
    y = top + h + 16;
  }
  return { width: DIAGRAM_WIDTH, height: Math.ceil(y - 16 + PAD), shapes };
}

// ---------------------------------------------------------------------------------------------------
// Fee breakdowns: horizontal stacked bars, one per sale.

export interface FeeBarInput {
  id: string;
  /** The bar's title ("Etsy: US$45.00 item + US$5.00 shipping"). */
  label: string;
  /** What the bar's length stands for: item price plus shipping. */
  gross: number;
  lines: readonly { label: string; amount: number }[];
  payout: number;
  /** Amounts as the page prints them ("US$3.25"). */
  format: (amount: number) => string;
}

export interface FeeBarLabels {
  /** The payout segment ("You keep"). */
  payout: string;
  /** All fee lines together, in the compact legend ("Total fees"). */
  fees: string;
}

/** Fee lines whose segment would be too thin to see are still drawn, at least this wide. */
const MIN_SEGMENT = 1.5;

/**
 * Each sale is a bar as long as item price plus shipping: one segment per fee line, then the payout.
 * Below each bar a legend names every segment with its amount (the segments themselves are too small for
 * words). With `compact`, the legend is one line: total fees and payout (the preset charts, whose table
 * beside them lists every line).
 */
export function feeBarsDiagram(bars: readonly FeeBarInput[], labels: FeeBarLabels, compact = false): Diagram {
  const shapes: Shape[] = [];
  const barW = DIAGRAM_WIDTH - 2 * PAD;
  const scale = Math.max(...bars.map((b) => b.gross), 0.01);
  let y = PAD;
  for (const bar of bars) {
    const title = textBlock(wrapText(bar.label, barW, 13), PAD, y, 13, 17, { bold: true, role: 'bar' });
    shapes.push(...title.shapes);
    const top = title.bottom + 4;
    let x = PAD;
    const segments = [...bar.lines.map((l, i) => ({ ...l, cls: `d-fee-${i % 4}` as ShapeClass })), { label: labels.payout, amount: bar.payout, cls: 'd-payout' as ShapeClass }];
    for (const seg of segments) {
      if (seg.amount <= 0) continue;
      const w = Math.min(PAD + barW - x, Math.max(MIN_SEGMENT, (seg.amount / scale) * barW));
      shapes.push({ kind: 'rect', x: round(x), y: top, w: round(w), h: 18, cls: seg.cls });
      x += w;
    }
    let ly = top + 24;
    const legend = compact
      ? [
          { label: labels.fees, amount: bar.lines.reduce((s, l) => s + l.amount, 0), cls: 'd-fee-0' as ShapeClass },
          { label: labels.payout, amount: bar.payout, cls: 'd-payout' as ShapeClass },
        ]
      : segments;
    for (const item of legend) {
      const lines = wrapText(`${item.label}: ${bar.format(item.amount)}`, barW - 18, 12);
      shapes.push({ kind: 'rect', x: PAD, y: ly + 2, w: 10, h: 10, cls: item.cls });
      const block = textBlock(lines, PAD + 16, ly - 1, 12, 15, { role: 'legend' });
      shapes.push(...block.shapes);
      ly = block.bottom + 2;
    }
    y = ly + 10;
  }
  return { width: DIAGRAM_WIDTH, height: Math.ceil(y - 10 + PAD), shapes };
}

// ---------------------------------------------------------------------------------------------------
// Timelines: the lesson's dated events as numbered dots on a line of years.

export interface TimelineDotInput {
  /** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. */
  date: string;
  scheduled: boolean;
}

/** A date as a fractional year: mid-year for a bare year, mid-month for a month. */
export function yearFraction(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  if (m === undefined) return y + 0.5;
  if (d === undefined) return y + (m - 0.5) / 12;
  const start = Date.UTC(y, 0, 1);
  const days = (Date.UTC(y + 1, 0, 1) - start) / 86_400_000;
  return y + ((Date.UTC(y, m - 1, d) - start) / 86_400_000 + 0.5) / days;
}

/**
 * A horizontal line of years, first to last event, with a tick at each labelled year and one dot per
 * event, numbered as in the list below it; dots of close dates stack upwards. Scheduled events have a
 * dashed ring.
 */
export function timelineDiagram(events: readonly TimelineDotInput[]): Diagram {
  const shapes: Shape[] = [];
  if (!events.length) return { width: DIAGRAM_WIDTH, height: 0, shapes };
  const years = events.map((e) => yearFraction(e.date));
  const first = Math.floor(Math.min(...years));
  const last = Math.ceil(Math.max(...years));
  const span = Math.max(1, last - first);
  const left = PAD + 14;
  const right = DIAGRAM_WIDTH - PAD - 14;
  const xOf = (t: number) => Math.round(left + ((t - first) / span) * (right - left));
  const r = 9;
  // Stack dots that would touch: each takes the lowest free level at its x.
  const placed: { x: number; level: number }[] = [];
  const dots = years.map((t) => {
    const x = xOf(t);
    let level = 0;
    while (placed.some((p) => p.level === level && Math.abs(p.x - x) < 2 * r + 1)) level++;
    placed.push({ x, level });
    return { x, level };
  });
  const levels = Math.max(...dots.map((d) => d.level)) + 1;
  const axis = PAD + levels * (2 * r + 4) + 4;
  shapes.push({ kind: 'line', x1: left, y1: axis, x2: right, y2: axis, cls: 'd-line' });
  // Label every year when they fit, else every second or fifth year, always the first and last.
  const step = [1, 2, 5, 10].find((s) => Math.ceil(span / s) * 34 <= right - left + 34) ?? 10;
  for (let year = first; year <= last; year++) {
    if ((year - first) % step !== 0 && year !== last) continue;
    if (year !== last && last - year < step && year !== first) continue;
    const x = xOf(year);
    shapes.push({ kind: 'line', x1: x, y1: axis - 4, x2: x, y2: axis + 4, cls: 'd-line' });
    shapes.push({ kind: 'text', x, y: axis + 20, text: String(year), size: 12, anchor: 'middle', muted: true, role: 'year' });
  }
  dots.forEach((d, i) => {
    const cy = axis - r - 3 - d.level * (2 * r + 4);
    shapes.push({ kind: 'circle', cx: d.x, cy, r, cls: events[i]!.scheduled ? 'd-scheduled' : 'd-open' });
    shapes.push({ kind: 'text', x: d.x, y: cy + 4, text: String(i + 1), size: 11, anchor: 'middle', bold: true, role: events[i]!.scheduled ? 'event-scheduled' : 'event' });
  });
  return { width: DIAGRAM_WIDTH, height: Math.ceil(axis + 24 + PAD), shapes };
}

/** A number as SVG prints it: at most one decimal, no trailing zero. */
const num = (n: number) => String(round(n));

/** The lines of one class as one path ("M22 78H298M22 74V82"): far fewer bytes than a <line> each. */
export function linePath(lines: readonly Extract<Shape, { kind: 'line' }>[]): string {
  return lines
    .map((l) => {
      const move = `M${num(l.x1)} ${num(l.y1)}`;
      if (l.y1 === l.y2) return `${move}H${num(l.x2)}`;
      if (l.x1 === l.x2) return `${move}V${num(l.y2)}`;
      return `${move}L${num(l.x2)} ${num(l.y2)}`;
    })
    .join('');
}

type Text = Extract<Shape, { kind: 'text' }>;
/** The look of a label; a property left out is undefined (the SVG attribute is omitted). */
type TextStyle = { size: number; bold: boolean | undefined; anchor: Text['anchor'] | undefined; muted: boolean | undefined };
export interface ShapeGroups {
  /** Lines by class, each class one path; drawn first. */
  paths: { cls: ShapeClass; d: string }[];
  /** Rectangles and circles by class, in order of first appearance. */
  fills: { cls: ShapeClass; shapes: Exclude<Shape, Text | { kind: 'line' }>[] }[];
  /** Texts by their look (class, size, weight, anchor) and role, drawn last so they sit on top of shapes. */
  texts: { style: TextStyle; role: Text['role']; texts: Text[] }[];
}

/**
 * The shapes grouped so the SVG carries each attribute once per group (presentation attributes and
 * colours inherit): the diagrams must fit the lesson page's byte budget.
 */
export function groupShapes(diagram: Diagram): ShapeGroups {
  const paths = new Map<ShapeClass, Extract<Shape, { kind: 'line' }>[]>();
  const fills = new Map<ShapeClass, ShapeGroups['fills'][number]['shapes']>();
  const texts = new Map<string, ShapeGroups['texts'][number]>();
  for (const s of diagram.shapes) {
    if (s.kind === 'line') paths.set(s.cls, [...(paths.get(s.cls) ?? []), s]);
    else if (s.kind === 'text') {
      const style = { size: s.size, bold: s.bold, anchor: s.anchor, muted: s.muted };
      // One group per look and role: the role is written once, on the group, not on every label.
      const key = JSON.stringify([style, s.role]);
      if (!texts.has(key)) texts.set(key, { style, role: s.role, texts: [] });
      texts.get(key)!.texts.push(s);
    } else fills.set(s.cls, [...(fills.get(s.cls) ?? []), s]);
  }
  return {
    paths: [...paths].map(([cls, lines]) => ({ cls, d: linePath(lines) })),
    fills: [...fills].map(([cls, shapes]) => ({ cls, shapes })),
    texts: [...texts.values()],
  };
}

/** Every text of a diagram with the given role, in drawing order (for tests and text alternatives). */
export function labelsOf(diagram: Diagram, role: string): string[] {
  return diagram.shapes.flatMap((s) => (s.kind === 'text' && s.role === role ? [s.text] : []));
}
