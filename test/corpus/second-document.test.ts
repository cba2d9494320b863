/** A second document in the corpus folder: both are indexed, ids stay apart, and answers cite the right one. */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssistant, type LocalAssistant } from '../../src/answer/assistant.js';
import { loadConfig } from '../../src/config.js';
import { loadCorpus, type LoadedCorpus } from '../../src/corpus/load-corpus.js';

const REAL = fileURLToPath(
  new URL('../../corpus/wtsa20-itu-d-resolutions.zh.txt', import.meta.url),
);
const MINI = fileURLToPath(
  new URL('../fixtures/corpus-b/mini-wtsa.zh.txt', import.meta.url),
);

let corpusDir: string;
let dataDir: string;
let corpus: LoadedCorpus;
let assistant: LocalAssistant;

beforeAll(async () => {
  corpusDir = mkdtempSync(join(tmpdir(), 'corpus-b-'));
  dataDir = mkdtempSync(join(tmpdir(), 'data-b-'));
  copyFileSync(REAL, join(corpusDir, 'wtsa20-itu-d-resolutions.zh.txt'));
  copyFileSync(MINI, join(corpusDir, 'mini-wtsa.zh.txt'));
  corpus = loadCorpus(corpusDir);
  assistant = await createAssistant(loadConfig({ CORPUS_DIR: corpusDir, DATA_DIR: dataDir }));
});

afterAll(() => {
  rmSync(corpusDir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

const mini = () => corpus.clauses.filter((c) => c.doc === 'mini-wtsa');

describe('a corpus folder with two documents', () => {
  it('indexes both documents, in file-name order', () => {
    expect(corpus.docs).toEqual(['mini-wtsa', 'wtsa20-itu-d-resolutions']);
    expect(mini().length).toBeGreaterThan(10);
    expect(corpus.clauses.filter((c) => c.doc === 'wtsa20-itu-d-resolutions').length).toBeGreaterThan(
      200,
    );
  });

  it('keeps ids apart with the document slug as prefix', () => {
    const ids = corpus.clauses.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of corpus.clauses) expect(c.id.startsWith(`${c.doc}.`), c.id).toBe(true);
    // Orders run across documents so neighbours never cross from one to the other.
    expect(corpus.clauses.map((c) => c.order)).toEqual(corpus.clauses.map((_, i) => i));
    const last = mini().at(-1)!;
    expect(assistant.store.neighbours(last.id).next).toBeNull();
  });

  it('parses the fixture: intro, 表1 statuses, 表2 summaries and annex clauses', () => {
    const c = mini();
    expect(c.filter((x) => x.part === 'intro')).toHaveLength(1);
    const t1 = c.filter((x) => x.part === 'table1');
    expect(t1.map((x) => [x.resolution, x.status])).toEqual([
      [301, '修订版'],
      [302, '新决议'],
    ]);
    expect(c.filter((x) => x.part === 'table2').map((x) => x.resolution)).toEqual([301, 302]);
    const annex = c.filter((x) => x.part === 'annex' && !x.id.endsWith('.title'));
    expect(annex.map((x) => [x.resolution, x.section, x.addressee, x.item])).toEqual([
      [301, '做出决议', null, '1'],
      [301, '做出决议', null, '2'],
      [301, '做出决议', null, '2.i)'],
      [301, '做出决议', null, '2.ii)'],
      [301, '责成', '电信标准化局主任与电信发展局主任协作', '1'],
      [301, '责成', '电信标准化局主任与电信发展局主任协作', '2'],
      [302, '请', '电信标准化局主任', '1'],
      [302, '请', '电信标准化局主任', '2'],
    ]);
    expect(annex.find((x) => x.item === '2.i)')!.leadIn).toBe('鼓励成员国参与以下工作：');
  });

  it('cleans the bookmark and footnote marker and keeps the footnote text', () => {
    for (const c of mini()) {
      expect(c.text).not.toMatch(/\[bookmark|\[footnoteRef|\[1:/);
    }
    expect(mini().find((c) => c.id === 'mini-wtsa.r301.title')!.text).toBe(
      '量子密钥分发网络的标准化',
    );
    const withNote = mini().find((c) => c.resolution === 301 && c.item === '2')!;
    expect(withNote.text).toContain('注释文本');
  });

  it('lists the fixture resolutions next to the real ones', () => {
    const numbers = assistant.store.resolutions().map((r) => r.number);
    expect(numbers).toContain(301);
    expect(numbers).toContain(44);
    expect(assistant.store.resolutions().find((r) => r.number === 302)!.docs).toEqual(['mini-wtsa']);
  });

  it('answers a question about the fixture resolution with a citation from the fixture', async () => {
    const r = await assistant.ask({ question: '第301号决议责成电信标准化局主任为发展中国家举办什么讲习班？' });
    expect(r.found).toBe(true);
    expect(r.citations.length).toBeGreaterThan(0);
    const first = r.citations[0]!;
    expect(first.resolution).toBe(301);
    expect(first.id.startsWith('mini-wtsa.')).toBe(true);
    expect(r.answer).toContain('量子密钥分发');
    for (const c of r.citations) expect(assistant.store.get(c.id)).toBeDefined();
  });

  it('still answers about the real document from the real document', async () => {
    const r = await assistant.ask({ question: '第44号决议要求在国际电联年度预算中保留什么？' });
    expect(r.citations[0]!.id).toBe('wtsa20-itu-d-resolutions.r44.resolves.5');
  });
});
