/** Operative headings of WTSA resolutions (做出决议, 责成 …): recognising them, and their URL-safe slugs. */

const PREFIXES = ['进一步', '还', '亦', '此外'] as const;
const HEADINGS: Record<string, string> = {
  做出决议: 'resolves',
  决议: 'resolution',
  决定: 'decides',
  责成: 'instructs',
  请: 'invites',
  邀请: 'invites',
  鼓励: 'encourages',
  呼吁: 'calls-upon',
  认识到: 'recognizing',
  注意到: 'noting',
  考虑到: 'considering',
  忆及: 'recalling',
  敦促: 'urges',
  要求: 'requests',
  强调: 'emphasizes',
};
const PREFIX_SLUG: Record<string, string> = { 进一步: 'further-', 还: 'also-', 亦: 'also-', 此外: 'also-' };

// Longest first so 做出决议 wins over 决议.
const HEADING_WORDS = Object.keys(HEADINGS).sort((a, b) => b.length - a.length);
const HEADING_RE = new RegExp(`^(${PREFIXES.join('|')})?(${HEADING_WORDS.join('|')})(.*)$`);
// An addressee printed on the heading line names an actor (责成第17研究组, 请电信标准化局…主任).
const ACTOR_RE = /主任|研究组|顾问组|局|代表处|办事处|部门|成员|ITU|各方|组织|主席|秘书长|理事会/;

export interface Heading {
  /** The heading as printed, without the addressee (e.g. 进一步责成). */
  section: string;
  addressee: string | null;
}

/** Recognises a heading line; body text that merely starts with 请 or 鼓励 is not one (it has punctuation). */
export function parseHeading(line: string): Heading | null {
  const m = HEADING_RE.exec(line.trim());
  if (!m) return null;
  const rest = m[3]!.trim();
  if (rest && (rest.length > 40 || /[，。；：,;:！？]/.test(rest) || !ACTOR_RE.test(rest))) return null;
  return { section: `${m[1] ?? ''}${m[2]}`, addressee: rest || null };
}

/** URL-safe slug of a section heading (做出决议 → resolves, 进一步责成 → further-instructs). */
export function sectionSlug(section: string): string {
  for (const p of PREFIXES) {
    if (section.startsWith(p) && HEADINGS[section.slice(p.length)]) {
      return PREFIX_SLUG[p] + HEADINGS[section.slice(p.length)]!;
    }
  }
  return HEADINGS[section] ?? 'section';
}
