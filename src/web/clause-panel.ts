/** The clause panel: one clause in full with its place in the document, previous / next and a direct link. */
import { getClause, type ClauseDetail } from './api-client.js';
import { clauseLink } from './copy-text.js';
import { append, button, el } from './dom.js';
import { partText, statusText, t, type Lang } from './i18n.js';

export class ClausePanel {
  private panel: HTMLElement | null = null;
  private opener: HTMLElement | null = null;
  private seq = 0;
  private current: { id: string; detail?: ClauseDetail; failed?: boolean } | null = null;

  constructor(
    private readonly host: HTMLElement,
    private readonly lang: () => Lang,
    /** Where focus goes on close when the element that opened the panel is gone. */
    private readonly fallbackFocus: () => HTMLElement,
  ) {
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && this.panel) this.close();
    });
  }

  get openId(): string | null {
    return this.current?.id ?? null;
  }

  async open(id: string, opener?: HTMLElement | null): Promise<void> {
    if (opener !== undefined) this.opener = opener;
    const seq = ++this.seq;
    this.current = { id };
    this.render(true);
    history.replaceState(null, '', `#clause=${encodeURIComponent(id)}`);
    try {
      const detail = await getClause(id);
      if (seq !== this.seq) return;
      this.current = { id, detail };
    } catch {
      if (seq !== this.seq) return;
      this.current = { id, failed: true };
    }
    this.render(true);
  }

  close(): void {
    this.seq++;
    this.current = null;
    this.panel?.remove();
    this.panel = null;
    document.body.classList.remove('panel-open');
    history.replaceState(null, '', location.pathname + location.search);
    const target = this.opener?.isConnected ? this.opener : this.fallbackFocus();
    this.opener = null;
    target.focus();
  }

  /** Re-renders in the current language (no refetch). */
  refresh(): void {
    if (this.current) this.render(false);
  }

  private render(focus: boolean): void {
    const lang = this.lang();
    const cur = this.current!;
    const heading = el('h2', { attrs: { id: 'clause-heading', tabindex: '-1' } });
    const body = el('div', { class: 'panel-body' });
    const closeBtn = button('×', () => this.close(), {
      class: 'icon-button',
      testid: 'clause-close',
      attrs: { 'aria-label': t(lang, 'close') },
    });
    const panel = el(
      'aside',
      {
        class: 'clause-panel',
        testid: 'clause',
        attrs: { role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': 'clause-heading' },
      },
      el('div', { class: 'panel-head' }, heading, closeBtn),
      body,
    );
    panel.dataset.clauseId = cur.id;

    if (!cur.detail) {
      heading.append(t(lang, 'clausePanel'));
      body.append(
        el(
          'p',
          { class: cur.failed ? 'error-text' : 'hint' },
          t(lang, cur.failed ? 'loadFailed' : 'loading'),
        ),
      );
      if (cur.failed)
        body.append(button(t(lang, 'retry'), () => void this.open(cur.id), { class: 'secondary' }));
    } else {
      const d = cur.detail;
      heading.append(
        d.resolution !== null ? t(lang, 'resolution', { n: d.resolution }) : partText(lang, d.part),
      );
      const row = (label: string, value: string | null, testid: string) =>
        value ? [el('dt', {}, label), el('dd', { testid }, value)] : [];
      append(
        body,
        d.title ? el('p', { class: 'clause-title', testid: 'clause-title' }, d.title) : null,
        el('p', { class: 'clause-label' }, d.label),
        el(
          'dl',
          { class: 'clause-meta' },
          ...(d.resolution !== null
            ? row(t(lang, 'status'), statusText(lang, d.status), 'clause-status')
            : []),
          ...row(t(lang, 'section'), d.section, 'clause-section'),
          ...row(t(lang, 'addressee'), d.addressee, 'clause-addressee'),
          ...row(t(lang, 'item'), d.item, 'clause-item'),
        ),
        d.leadIn
          ? el(
              'div',
              { class: 'lead-in' },
              el('span', { class: 'lead-in-label' }, `${t(lang, 'leadIn')}: `),
              d.leadIn,
            )
          : null,
        el(
          'blockquote',
          { class: 'clause-text', testid: 'clause-text', attrs: { lang: 'zh' } },
          d.text,
        ),
        el(
          'nav',
          { class: 'clause-nav', attrs: { 'aria-label': t(lang, 'clausePanel') } },
          this.navButton(t(lang, 'previous'), d.previous, 'clause-previous'),
          this.navButton(t(lang, 'next'), d.next, 'clause-next'),
        ),
        el(
          'p',
          { class: 'direct-link' },
          el(
            'a',
            { testid: 'clause-link', attrs: { href: `/#clause=${encodeURIComponent(d.id)}` } },
            t(lang, 'directLink'),
          ),
          el('code', { class: 'link-text' }, clauseLink(location.origin, d.id)),
        ),
      );
    }

    if (this.panel) this.panel.replaceWith(panel);
    else this.host.append(panel);
    this.panel = panel;
    document.body.classList.add('panel-open');
    if (focus) heading.focus();
  }

  private navButton(label: string, id: string | null, testid: string): HTMLButtonElement {
    const b = button(label, () => id && void this.open(id), { class: 'secondary', testid });
    if (!id) b.disabled = true;
    return b;
  }
}
