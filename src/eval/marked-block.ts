/** A generated block inside a hand-written page, between a start and an end marker (inclusive). */

export interface Markers {
  start: string;
  end: string;
}

/** The block as it stands in the page, markers included, or null when the page has none. */
export function markedBlock(page: string, m: Markers): string | null {
  const a = page.indexOf(m.start);
  const b = page.indexOf(m.end);
  return a < 0 || b < a ? null : page.slice(a, b + m.end.length);
}

/** The page with its block replaced by `block` (which carries the markers), or null when it has none. */
export function replaceMarkedBlock(page: string, m: Markers, block: string): string | null {
  const old = markedBlock(page, m);
  return old === null ? null : page.replace(old, () => block);
}
