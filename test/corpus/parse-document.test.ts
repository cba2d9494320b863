/** The parser on the real document: every resolution, 表1 statuses, hand-counted clauses, items, labels and ids. */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Clause } from '../../src/corpus/clause.js';
import { docSlug } from '../../src/corpus/labels.js';
import { parseDocument } from '../../src/corpus/parse-document.js';

const FILE = 'wtsa20-itu-d-resolutions.zh.txt';
const RAW = readFileSync(new URL(`../../corpus/${FILE}`, import.meta.url), 'utf8');
const DOC = docSlug(FILE);

/** The 28 resolutions of 表2 and of 附件, in document order. */
const RESOLUTIONS = [
  2, 18, 22, 29, 44, 50, 52, 54, 58, 64, 69, 70, 72, 73, 76, 78, 79, 83, 84, 86, 88, 89, 92, 95,
  96, 97, 98, 100,
];

let clauses: Clause[];
beforeAll(() => {
  clauses = parseDocument(RAW, DOC);
});

const ofPart = (part: Clause['part']) => clauses.filter((c) => c.part === part);
const annexOf = (n: number) =>
  clauses.filter((c) => c.part === 'annex' && c.resolution === n && !c.id.endsWith('.title'));
function find(n: number, section: string, item: string | null, addressee?: string): Clause {
  const hit = annexOf(n).find(
    (c) =>
      c.section === section &&
      c.item === item &&
      (addressee === undefined || c.addressee === addressee),
  );
  if (!hit) throw new Error(`no clause r${n} ${section} ${addressee ?? ''} ${item ?? ''}`);
  return hit;
}

describe('parseDocument on the WTSA-20 document', () => {
  it('finds every resolution of 表2 and of 附件', () => {
    const table2 = ofPart('table2').map((c) => c.resolution);
    expect(table2).toEqual(RESOLUTIONS);
    const annex = [...new Set(ofPart('annex').map((c) => c.resolution))];
    expect(annex).toEqual(RESOLUTIONS);
    for (const n of RESOLUTIONS) {
      expect(clauses.some((c) => c.id === `${DOC}.r${n}.title`), `r${n} title`).toBe(true);
    }
  });

  it('reads 表1: 26 rows, statuses as printed, none invented for 70 and 79', () => {
    const table1 = ofPart('table1');
    expect(table1).toHaveLength(26);
    expect(table1.map((c) => c.resolution)).toEqual(RESOLUTIONS.filter((n) => n !== 70 && n !== 79));
    const status = (n: number) => table1.find((c) => c.resolution === n)?.status;
    expect(status(97)).toBe('修订版');
    expect(status(58)).toBe('无修改');
    expect(status(100)).toBe('新决议');
    expect(table1.filter((c) => c.status === '新决议').map((c) => c.resolution)).toEqual([100]);
    // 70 and 79 are in 表2 and 附件 but not in 表1: their status stays unknown everywhere.
    for (const n of [70, 79]) {
      const all = clauses.filter((c) => c.resolution === n);
      expect(all.length).toBeGreaterThan(1);
      expect(all.every((c) => c.status === null)).toBe(true);
    }
    // The status of 表1 is carried to the annex clauses of the same resolution.
    expect(annexOf(97).every((c) => c.status === '修订版')).toBe(true);
  });

  // Counted by hand in the document: numbered items, nested i) items and unnumbered paragraphs.
  it.each([
    // 做出决议 1,2,2.i–iii,3–7 (10) + 进一步做出决议 1,2,2.i–iv,3 (7) + 责成 1–16 + 进一步责成 3 + 请 1–4.
    [44, 10 + 7 + 16 + 1 + 4],
    // 责成 各研究组… paragraph + 责成 1–3 + 呼吁 lead-in paragraph + i)–iii).
    [54, 1 + 3 + 1 + 3],
    // 责成 所有研究组 6 + 责成 1–9 + 9.i)–iii).
    [73, 1 + 9 + 3],
    // 责成 1–5 + 责成 1–2.
    [96, 5 + 2],
    // 责成 1–2.
    [100, 2],
    // 责成 1–6.
    [58, 6],
    // 做出决议 lead-in + i) + vii) + 责成 1–7.
    [72, 3 + 7],
    // 做出决议 1 + 1.m).
    [22, 2],
  ])('resolution %i has %i operative clauses', (n, count) => {
    expect(annexOf(n)).toHaveLength(count);
  });

  it('keeps the items of 第44号决议 with their text and lead-ins', () => {
    const r5 = find(44, '做出决议', '5');
    expect(r5.text).toContain('单项支出');
    expect(r5.text).toContain('在国际电联年度预算中保留');
    expect(r5.label).toBe('第44号决议 · 附件 · 做出决议 · 5');
    expect(find(44, '做出决议', '6').label).toBe('第44号决议 · 附件 · 做出决议 · 6');

    const inv4 = find(44, '请', '4', '电信标准化局主任');
    expect(inv4.text).toContain('发展中国家');
    expect(inv4.text).toContain('举办ITU-T研究组会议');

    const nested = find(44, '做出决议', '2.i)');
    expect(nested.leadIn).toContain('ITU-T须酌情与其它部门');
    expect(nested.text).toContain('协助发展中国家制定推动');
    expect(find(44, '做出决议', '5').leadIn).toBeNull();
    expect(find(44, '进一步责成', '3', '各研究组').text).toContain('ITU-D各研究组');
  });

  it('keeps a nested letter item under a numbered one (第22号决议 1.m))', () => {
    const m = find(22, '做出决议', '1.m)');
    expect(m.text).toContain('与ITU-R和ITU-D以及其它外部标准化机构开展合作和协调');
    expect(m.leadIn).toContain('指定TSAG');
  });

  it('reads a heading with its addressee on the same line (第50号决议 责成第17研究组)', () => {
    const sg17 = find(50, '责成', null, '第17研究组');
    expect(sg17.text).toContain('ICT安全标准路线图');
    expect(sg17.label).toBe('第50号决议 · 附件 · 责成 · 第17研究组');
    // The second 责成 block has its addressee on the next line.
    expect(find(50, '责成', '9', '电信标准化局主任').text).toContain('网络安全');
  });

  it('finds 第52号决议 进一步责成 2 and the i) ii) iii) of 第54号决议 呼吁', () => {
    expect(find(52, '进一步责成', '2').text).toContain('第17研究组支持ITU-D第2研究组');
    const callsUpon = annexOf(54).filter((c) => c.section === '呼吁');
    expect(callsUpon.map((c) => c.item)).toEqual([null, 'i)', 'ii)', 'iii)']);
    expect(callsUpon.every((c) => c.addressee === '电信标准化局主任')).toBe(true);
    expect(find(54, '呼吁', 'ii)').text).toContain('电子化工作方法');
    expect(find(54, '呼吁', 'iii)').leadIn).toContain('酌情与电信发展局主任');
  });

  it('keeps both headings of "resolves to instruct" (第100号决议 做出决议 → 责成…) in the label', () => {
    const c = clauses.find((x) => x.id.endsWith('.r100.instructs.1'))!;
    expect(c.section).toBe('责成');
    expect(c.within).toBe('做出决议');
    expect(c.label).toBe('第100号决议 · 附件 · 做出决议 · 责成 · 电信标准化局主任与电信发展局主任合作 · 1');
    // A heading repeated with its addressee (请 → 请电信标准化局…主任) is one heading.
    expect(clauses.find((x) => x.id.endsWith('.r69.invites.p'))!.within).toBeUndefined();
  });

  it('gives unique, URL-safe ids that are identical across two parses', () => {
    const ids = clauses.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9.-]+$/);
    expect(ids.every((id) => id.startsWith(`${DOC}.`))).toBe(true);
    expect(parseDocument(RAW, DOC).map((c) => c.id)).toEqual(ids);
    expect(clauses.map((c) => c.order)).toEqual(clauses.map((_, i) => i));
  });

  it('removes Word bookmarks and footnote markers but keeps the footnote text', () => {
    for (const c of clauses) {
      expect(c.text, c.id).not.toContain('[bookmark');
      expect(c.text, c.id).not.toContain('[footnoteRef');
      expect(c.title ?? '', c.id).not.toContain('[bookmark');
    }
    const title44 = clauses.find((c) => c.id === `${DOC}.r44.title`)!;
    expect(title44.text).toContain('缩小发展中国家');
    expect(title44.text).toContain('其中包括最不发达国家');
    expect(find(98, '责成', '1').text).toContain('其中包括最不发达国家');
    // A bookmark before a 表1 title is gone from the title too.
    expect(clauses.find((c) => c.id === `${DOC}.r22.table1`)!.title).not.toContain('[');
  });

  it('keeps an introduction sentence that begins with a table\'s name (表1介绍…) as a paragraph, not a caption', () => {
    const intro = ofPart('intro').map((c) => c.text);
    expect(intro.some((t) => t.startsWith('表1介绍'))).toBe(true);
    expect(intro.some((t) => t.startsWith('表2概述'))).toBe(true);
    // The real captions still open the tables.
    expect(ofPart('table1').length).toBe(26);
  });

  it('keeps the 引言 and 结论 paragraphs apart from the resolutions', () => {
    expect(ofPart('intro').length).toBeGreaterThan(3);
    expect(ofPart('conclusion').length).toBeGreaterThan(0);
    expect([...ofPart('intro'), ...ofPart('conclusion')].every((c) => c.resolution === null)).toBe(
      true,
    );
  });
});
