/**
 * The <decision-guide> element: ranks models and platforms live with src/lib/decisionGuide.ts as the
 * answers of the guide's form change, keeps the answers (and the "Why not?" choice) in the URL, and explains
 * any one candidate's place. The candidates and the words come rendered into the page by DecisionGuide.astro.
 */
import {
  answersFromParams,
  answersToParams,
  describeReason,
  hasAnswers,
  questionIds,
  recommend,
  whyNot,
  type Answers,
  type Candidate,
  type Ranked,
  type ReasonPhrases,
  type Recommendation,
} from '../../lib/decisionGuide';
import { fill } from '../../lib/template';

interface Labels {
  questions: Record<string, string>;
  levels: Record<string, string>;
  outcomes: Record<string, string>;
  phrases: ReasonPhrases;
  tieBreaks: Record<string, string>;
  reasonLink: string;
  score: string;
  reach: string;
  reachUnits: Record<string, string>;
  cost: string;
  models: string;
  platforms: string;
  more: string;
  status: string;
  noAnswers: string;
  statuses: Record<string, string>;
  confidence: Record<string, string>;
  tentativeTitle: string;
  tentativeLead: string;
  whyNot: {
    placed: string;
    top: string;
    lists: Record<string, string>;
    against: string;
    nothingAgainst: string;
    lostTie: string;
    tieWords: Record<string, string>;
    unranked: string;
    noAnswers: string;
  };
}

const icons: Record<string, string> = { match: '✓', partial: '≈', mismatch: '✗', unknown: '?', risk: '!', protection: '$', identity: '?' };
/** How many of each list show before "Show the other …". */
const shown = { models: 3, platforms: 5 };
const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');
/** "135 million": reach reads as a size, not as a count to check digit by digit. */
const number = new Intl.NumberFormat('en', { notation: 'compact', compactDisplay: 'long' });

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

function link(href: string, text: string, className = 'ref-link'): HTMLAnchorElement {
  const a = el('a', className, text);
  a.href = href;
  return a;
}

class DecisionGuide extends HTMLElement {
  private form!: HTMLFormElement;
  private why!: HTMLSelectElement;
  private candidates: Candidate[] = [];
  private labels!: Labels;

  connectedCallback() {
    this.candidates = JSON.parse(this.dataset.candidates!);
    this.labels = JSON.parse(this.dataset.labels!);
    this.form = this.querySelector('form[data-guide-form]')!;
    this.why = this.querySelector<HTMLSelectElement>('#guide-why')!;
    this.querySelector<HTMLElement>('[data-why-not]')!.hidden = false;
    this.form.addEventListener('change', () => this.update(true));
    this.why.addEventListener('change', () => this.update(true));
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.update(true);
      this.querySelector<HTMLElement>('#guide-results-title')!.focus();
    });
    this.form.addEventListener('reset', () => setTimeout(() => this.update(true)));
    window.addEventListener('popstate', () => this.fromUrl());
    this.fromUrl();
  }

  private fromUrl() {
    const params = new URLSearchParams(location.search);
    const answers = answersFromParams(params);
    for (const q of questionIds) (this.form.elements.namedItem(q) as HTMLSelectElement).value = answers[q] ?? '';
    const why = params.get('why') ?? '';
    // An edited link may name a platform that is not in the list: the select then stays on "Choose one".
    this.why.value = [...this.why.options].some((o) => o.value === why) ? why : '';
    this.update(false);
  }

  private answers(): Answers {
    return answersFromParams(new URLSearchParams(new FormData(this.form) as unknown as string[][]));
  }

  private update(writeUrl: boolean) {
    const answers = this.answers();
    const params = answersToParams(answers);
    if (this.why.value) params.set('why', this.why.value);
    const query = params.toString();
    const href = query ? `${location.pathname}?${query}` : location.pathname;
    if (writeUrl) history.replaceState(null, '', href);
    const share = this.querySelector<HTMLAnchorElement>('[data-share]')!;
    share.hidden = !query;
    share.href = href;

    const results = this.querySelector<HTMLElement>('[data-guide-results]')!;
    const status = this.querySelector<HTMLElement>('[data-guide-status]')!;
    const L = this.labels;
    if (!hasAnswers(answers)) {
      results.replaceChildren();
      status.textContent = L.noAnswers;
      this.explain(undefined);
      return;
    }
    const recommendation = recommend(this.candidates, answers);
    const { models, platforms, tentative } = recommendation;
    status.textContent = fill(L.status, { models: models.length, platforms: platforms.length });
    const sections = [this.list(L.models, models, shown.models, 'models'), this.list(L.platforms, platforms, shown.platforms, 'platforms')];
    if (tentative.length) sections.push(this.tentative(tentative));
    results.replaceChildren(...sections);
    this.explain(recommendation);
  }

  private list(title: string, ranked: Ranked[], first: number, kind: string): HTMLElement {
    const section = el('section', 'mt-6');
    section.dataset.guideList = kind;
    section.append(el('h3', 'text-xl font-semibold', title));
    const top = el('ol', 'ref-cards');
    top.append(...ranked.slice(0, first).map((r, i) => this.item(r, i + 1)));
    section.append(top);
    const rest = ranked.slice(first);
    if (rest.length) {
      const details = el('details', 'mt-3');
      details.append(el('summary', 'font-semibold', fill(this.labels.more, { count: rest.length })));
      const more = el('ol', 'ref-cards');
      more.start = first + 1;
      more.append(...rest.map((r, i) => this.item(r, first + i + 1)));
      details.append(more);
      section.append(details);
    }
    return section;
  }

  private tentative(ranked: Ranked[]): HTMLElement {
    const L = this.labels;
    const section = el('section', 'mt-6');
    section.dataset.guideList = 'tentative';
    section.append(el('h3', 'text-xl font-semibold', L.tentativeTitle), el('p', 'muted mt-1 text-sm', L.tentativeLead));
    const list = el('ul', 'ref-cards');
    list.append(...ranked.map((r) => this.item(r)));
    section.append(list);
    return section;
  }

  private item(r: Ranked, position?: number): HTMLElement {
    const L = this.labels;
    const c = r.candidate;
    const li = el('li', 'panel ref-card');
    li.dataset.candidate = c.id;
    li.dataset.level = r.level;
    li.dataset.score = String(r.score);
    const head = el('p');
    head.append(link(c.href, position ? `${position}. ${c.name}` : c.name, 'ref-link text-lg font-semibold'));
    if (c.status) head.append(' ', el('span', 'muted text-sm', L.statuses[c.status] ?? c.status));
    if (c.confidence) head.append(' ', el('span', 'muted text-sm', `(${L.confidence[c.confidence] ?? c.confidence})`));
    head.append(' ', el('span', 'text-sm font-semibold', L.levels[r.level]));
    li.append(head);
    if (c.reach) {
      const text = fill(L.reach, { value: number.format(c.reach.value), unit: L.reachUnits[c.reach.unit] ?? c.reach.unit, period: c.reach.period });
      li.append(el('p', 'text-sm', text));
    }
    if (r.cost !== undefined) li.append(el('p', 'text-sm', fill(L.cost, { share: r.cost.toFixed(1) })));
    // The reasons fold under the score line, so five cards fit on a screen and each stays one click away.
    const details = el('details', 'mt-1');
    const evidence = r.score - r.fitScore;
    details.append(el('summary', 'text-sm', fill(L.score, { fit: r.fitScore, max: r.max, evidence: signed(evidence), score: r.score })));
    const reasons = el('ul', 'mt-1');
    for (const reason of r.reasons) {
      const item = el('li');
      item.dataset.outcome = reason.outcome;
      item.dataset.points = String(reason.points);
      const icon = el('span', 'ref-icon', icons[reason.outcome]);
      icon.setAttribute('aria-hidden', 'true');
      item.append(
        icon,
        el('span', 'sr-only', `${L.outcomes[reason.outcome]}: `),
        `${describeReason(reason, c.name, L.phrases)} `,
        el('span', 'muted text-xs', `(${signed(reason.points)}) `),
        link(reason.href, L.reasonLink, 'ref-link text-xs'),
      );
      reasons.append(item);
    }
    details.append(reasons);
    li.append(details);
    if (r.tieBreak) li.append(el('p', 'muted text-sm', L.tieBreaks[r.tieBreak]));
    return li;
  }

  /** "Why not X?": the chosen candidate's place, what costs it points, and what ranks above it. */
  private explain(recommendation: Recommendation | undefined) {
    const out = this.querySelector<HTMLElement>('[data-why-output]')!;
    const W = this.labels.whyNot;
    const choice = this.why.value;
    out.replaceChildren();
    if (!choice) return;
    if (choice.startsWith('unranked:')) {
      out.append(el('p', '', fill(W.unranked, { name: this.why.selectedOptions[0]!.text })));
      return;
    }
    if (!recommendation) {
      out.append(el('p', '', W.noAnswers));
      return;
    }
    const found = whyNot(recommendation, choice);
    if (!found) return;
    const { ranked, position, list, above, against, behindTop, lostTieBy } = found;
    const name = ranked.candidate.name;
    const total = recommendation[list].length;
    const place =
      position === 1
        ? fill(W.top, { name, total, list: W.lists[list]! })
        : fill(W.placed, { name, position, total, list: W.lists[list]!, behind: behindTop, top: above[0]!.candidate.name });
    const summary = el('p', 'font-semibold', place);
    summary.dataset.whyPosition = String(position);
    out.append(summary);
    if (lostTieBy) out.append(el('p', '', fill(W.lostTie, { by: W.tieWords[lostTieBy] ?? lostTieBy })));
    if (against.length) {
      out.append(el('p', 'mt-2', W.against));
      const items = el('ul');
      for (const reason of against) {
        const li = el('li', '', `${describeReason(reason, name, this.labels.phrases)} (${signed(reason.points)}) `);
        li.dataset.outcome = reason.outcome;
        li.append(link(reason.href, this.labels.reasonLink, 'ref-link text-xs'));
        items.append(li);
      }
      out.append(items);
    } else if (position > 1) {
      out.append(el('p', 'mt-2', W.nothingAgainst));
    }
  }
}
customElements.define('decision-guide', DecisionGuide);
