/** A small inline SVG grouped bar chart (0..1 values), two series: no script, no external asset. */
import { escapeHtml } from './escape-html.js';

export interface BarGroup {
  label: string;
  values: [number | null, number | null];
}

const W_BAR = 16;
const GAP = 18;
const H = 120;
const TOP = 16;
const BOTTOM = 34;
const LEFT = 28;
export const SERIES_COLORS = ['#2563eb', '#9ca3af'] as const;

export function barChart(title: string, groups: BarGroup[], series: [string, string]): string {
  const width = LEFT + groups.length * (2 * W_BAR + GAP) + GAP;
  const height = TOP + H + BOTTOM;
  const y = (v: number) => TOP + H - v * H;
  const parts: string[] = [];
  for (const t of [0, 0.5, 1]) {
    parts.push(
      `<line x1="${LEFT}" x2="${width}" y1="${y(t)}" y2="${y(t)}" stroke="#e5e7eb"/>`,
      `<text x="${LEFT - 4}" y="${y(t) + 4}" text-anchor="end" font-size="10">${t}</text>`,
    );
  }
  groups.forEach((g, i) => {
    const x0 = LEFT + GAP + i * (2 * W_BAR + GAP);
    g.values.forEach((v, s) => {
      const x = x0 + s * W_BAR;
      const name = `${series[s]} · ${g.label}: ${v === null ? 'n/a' : v}`;
      if (v === null) {
        parts.push(
          `<text x="${x + W_BAR / 2}" y="${y(0) - 3}" text-anchor="middle" font-size="8">n/a</text>`,
        );
        return;
      }
      parts.push(
        `<rect x="${x}" y="${y(v)}" width="${W_BAR - 2}" height="${(v * H).toFixed(1)}" fill="${SERIES_COLORS[s]}"><title>${escapeHtml(name)}</title></rect>`,
      );
    });
    parts.push(
      `<text x="${x0 + W_BAR}" y="${TOP + H + 14}" text-anchor="middle" font-size="9">${escapeHtml(g.label)}</text>`,
    );
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" aria-label="${escapeHtml(title)}">`,
    `<title>${escapeHtml(title)}</title>`,
    ...parts,
    '</svg>',
  ].join('');
}
