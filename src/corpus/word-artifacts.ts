/** Removes Word-export artefacts ([bookmark: …], [footnoteRef:n]) while keeping footnote text with its passage. */

const BOOKMARK = /\[bookmark:[^\]]*\]/g;
const FOOTNOTE_DEF = /\[(\d+):\s*([^\]]*)\]/g;
const FOOTNOTE_REF = /\[footnoteRef:(\d+)\]/g;

export interface CleanLine {
  text: string;
  /** Footnote texts referred to from this line, in order. */
  notes: string[];
}

/**
 * Collects footnote definitions from the whole document and removes them from where Word put them,
 * so each can travel with the line that refers to it.
 */
export function extractFootnotes(raw: string): { text: string; footnotes: Map<string, string> } {
  const footnotes = new Map<string, string>();
  const text = raw.replace(FOOTNOTE_DEF, (_m, n: string, body: string) => {
    footnotes.set(n, body.replace(/\s+/g, ' ').trim());
    return '';
  });
  return { text, footnotes };
}

/** Cleans one line: bookmarks dropped, footnote references resolved into notes. */
export function cleanLine(line: string, footnotes: Map<string, string>): CleanLine {
  const notes: string[] = [];
  const text = line
    .replace(BOOKMARK, '')
    .replace(FOOTNOTE_REF, (_m, n: string) => {
      const note = footnotes.get(n);
      if (note) notes.push(note);
      return '';
    })
    .replace(/\u00a0/g, ' ')
    .replace(/[ \u3000]+$/g, '');
  return { text, notes };
}

const NOTE_OPEN = '（注：';

/** The text shown for a passage with its footnotes, e.g. "…差距（注：其中包括最不发达国家…）". */
export function withNotes(text: string, notes: string[]): string {
  return notes.length ? `${text}${NOTE_OPEN}${notes.join('；')}）` : text;
}

/** Whether a passage's text carries a footnote. */
export function hasNotes(text: string): boolean {
  return text.includes(NOTE_OPEN);
}
