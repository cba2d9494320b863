/** Browse: every resolution with its 表1 status; opening one lists its clauses, each opening the clause panel. */
import type { ResolutionInfo } from '../contract/api.js';
import { getClause, getResolutions, type ClauseDetail } from './api-client.js';
import { button, el } from './dom.js';
import { statusText, t, type Lang } from './i18n.js';

export class BrowseView {
  private resolutions: ResolutionInfo[] | null = null;
  private failed = false;
  private readonly clauses = new Map<string, ClauseDetail>();
  private readonly openNumbers = new Set<number>();

  constructor(
    private readonly root: HTMLElement,
    private readonly lang: () => Lang,
    private readonly onOpenClause: (id: string, opener: HTMLElement) => void,
  ) {}

  async show(): Promise<void> {
    if (!this.resolutions) {
      this.failed = false;
      this.render();
      try {
        this.resolutions = await getResolutions();
      } catch {
        this.failed = true;
      }
    }
    this.render();
  }

  render(): void {
    const lang = this.lang();
    this.root.replaceChildren(
      el('h2', { attrs: { id: 'browse-heading' } }, t(lang, 'browseTitle')),
      el('p', { class: 'hint' }, t(lang, 'browseIntro')),
    );
    if (this.failed) {
      this.root.append(
        el('p', { class: 'error-text' }, t(lang, 'loadFailed')),
        button(t(lang, 'retry'), () => void this.show(), { class: 'secondary' }),
      );
      return;
    }
    if (!this.resolutions) {
      this.root.append(el('p', { class: 'hint' }, t(lang, 'loading')));
      return;
    }
    const list = el('ul', { class: 'resolution-list', testid: 'resolutions' });
    for (const r of this.resolutions) list.append(el('li', {}, this.renderResolution(r, lang)));
    this.root.append(list);
  }

  private renderResolution(r: ResolutionInfo, lang: Lang): HTMLElement {
    const clauses = el('div', { class: 'resolution-clauses' });
    const details = el(
      'details',
      { class: 'resolution', testid: 'resolution' },
      el(
        'summary',
        {},
        el('span', { class: 'resolution-number' }, t(lang, 'resolution', { n: r.number })),
        el('span', { class: 'resolution-title' }, r.title ?? ''),
        el(
          'span',
          { class: r.status ? 'badge' : 'badge muted', testid: 'resolution-status' },
          statusText(lang, r.status),
        ),
        el('span', { class: 'count' }, t(lang, 'clauseCount', { n: r.clauseIds.length })),
      ),
      clauses,
    );
    details.dataset.resolution = String(r.number);
    details.open = this.openNumbers.has(r.number);
    details.addEventListener('toggle', () => {
      if (details.open) {
        this.openNumbers.add(r.number);
        void this.fillClauses(r, clauses);
      } else this.openNumbers.delete(r.number);
    });
    if (details.open) void this.fillClauses(r, clauses);
    return details;
  }

  private async fillClauses(r: ResolutionInfo, box: HTMLElement): Promise<void> {
    const lang = this.lang();
    if (!r.clauseIds.every((id) => this.clauses.has(id))) {
      box.replaceChildren(el('p', { class: 'hint' }, t(lang, 'loading')));
      const results = await Promise.allSettled(r.clauseIds.map((id) => getClause(id)));
      results.forEach(
        (res) => res.status === 'fulfilled' && this.clauses.set(res.value.id, res.value),
      );
    }
    const items = r.clauseIds.map((id) => {
      const c = this.clauses.get(id);
      if (!c) return el('li', { class: 'error-text' }, `${id}: ${t(lang, 'loadFailed')}`);
      const open = (e: MouseEvent) => this.onOpenClause(id, e.currentTarget as HTMLElement);
      return el(
        'li',
        {},
        el(
          'button',
          {
            class: 'clause-link',
            testid: 'browse-clause',
            attrs: { type: 'button' },
            onClick: open,
          },
          el('span', { class: 'source-label' }, c.label),
          el('span', { class: 'source-snippet', attrs: { lang: 'zh' } }, snippet(c.text)),
        ),
      );
    });
    box.replaceChildren(el('ol', { class: 'clause-list' }, ...items));
  }
}

function snippet(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}
