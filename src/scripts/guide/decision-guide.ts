/**
 * The <decision-guide> element: ranks models and platforms live with src/lib/decisionGuide.ts as the
 * answers of the guide's form change, and keeps the answers in the URL. The candidates and the labels come
 * rendered into the page by DecisionGuide.astro.
 */
import {
  answersFromParams,
  answersToParams,
  hasAnswers,
  questionIds,
  recommend,
  type Answers,
  type Candidate,
  type Ranked,
} from '../../lib/decisionGuide';
import { fill } from '../../lib/template';

interface Labels {
  questions: Record<string, string>;
  options: Record<string, Record<string, string>>;
  values: Record<string, Record<string, string>>;
  outcomes: Record<string, string>;
  levels: Record<string, string>;
  reason: string;
  noValues: string;
  models: string;
  platforms: string;
  more: string;
  status: string;
  noAnswers: string;
  statuses: Record<string, string>;
}

const icons: Record<string, string> = { match: '✓', partial: '≈', mismatch: '✗', unknown: '?' };
/** How many of each list show before "Show the other …". */
const shown = { models: 3, platforms: 5 };

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

class DecisionGuide extends HTMLElement {
  private form!: HTMLFormElement;
  private candidates: Candidate[] = [];
  private labels!: Labels;

  connectedCallback() {
    this.candidates = JSON.parse(this.dataset.candidates!);
    this.labels = JSON.parse(this.dataset.labels!);
    this.form = this.querySelector('form[data-guide-form]')!;
    this.form.addEventListener('change', () => this.update(true));
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
    const answers = answersFromParams(new URLSearchParams(location.search));
    for (const q of questionIds) (this.form.elements.namedItem(q) as HTMLSelectElement).value = answers[q] ?? '';
    this.update(false);
  }

  private answers(): Answers {
    return answersFromParams(new URLSearchParams(new FormData(this.form) as unknown as string[][]));
  }

  private update(writeUrl: boolean) {
    const answers = this.answers();
    const query = answersToParams(answers).toString();
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
      return;
    }
    const { models, platforms } = recommend(this.candidates, answers);
    status.textContent = fill(L.status, { models: models.length, platforms: platforms.length });
    results.replaceChildren(this.list(L.models, models, shown.models, 'models'), this.list(L.platforms, platforms, shown.platforms, 'platforms'));
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

  private item(r: Ranked, position: number): HTMLElement {
    const L = this.labels;
    const li = el('li', 'panel ref-card');
    li.dataset.candidate = r.candidate.id;
    li.dataset.level = r.level;
    const head = el('p');
    const link = el('a', 'ref-link text-lg font-semibold', `${position}. ${r.candidate.name}`);
    link.href = r.candidate.href;
    head.append(link);
    if (r.candidate.status) head.append(el('span', 'muted text-sm', L.statuses[r.candidate.status] ?? r.candidate.status));
    head.append(el('span', 'text-sm font-semibold', L.levels[r.level]));
    const reasons = el('ul');
    for (const reason of r.reasons) {
      const item = el('li');
      item.dataset.outcome = reason.outcome;
      const icon = el('span', 'ref-icon', icons[reason.outcome]);
      icon.setAttribute('aria-hidden', 'true');
      const values = reason.values.map((v) => L.values[reason.question]?.[v] ?? v).join(', ') || L.noValues;
      const text = fill(L.reason, {
        question: L.questions[reason.question] ?? reason.question,
        answer: L.options[reason.question]?.[reason.answer] ?? reason.answer,
        values,
      });
      item.append(icon, el('span', 'sr-only', `${L.outcomes[reason.outcome]}: `), text + ' ', el('code', 'muted text-xs', reason.field));
      reasons.append(item);
    }
    li.append(head, reasons);
    return li;
  }
}
customElements.define('decision-guide', DecisionGuide);
