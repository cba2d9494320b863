/** Tiny DOM builder: every string becomes a text node, so corpus, model and user text can never become markup. */

export type Child = Node | string | null | undefined | false;

export interface Props {
  class?: string;
  testid?: string;
  /** Plain attributes; event handlers and inline styles are refused (CSP and escaping rules). */
  attrs?: Record<string, string>;
  onClick?: (e: MouseEvent) => void;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.class) node.className = props.class;
  if (props.testid) node.dataset.testid = props.testid;
  for (const [k, v] of Object.entries(props.attrs ?? {})) {
    if (/^on/i.test(k) || k.toLowerCase() === 'style') throw new Error(`refused attribute ${k}`);
    node.setAttribute(k, v);
  }
  if (props.onClick) node.addEventListener('click', props.onClick as EventListener);
  append(node, ...children);
  return node;
}

export function append(node: Element, ...children: Child[]): void {
  for (const c of children) if (c !== null && c !== undefined && c !== false) node.append(c);
}

export function button(label: string, onClick: (e: MouseEvent) => void, props: Props = {}) {
  return el('button', { ...props, attrs: { type: 'button', ...props.attrs }, onClick }, label);
}

export function $(id: string): HTMLElement {
  const node = document.getElementById(id);
  if (!node) throw new Error(`#${id} is missing from index.html`);
  return node;
}
