/** Questions typed with full-width digits, traditional characters or emoji read like the document's own text. */
import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { normalizeInput } from '../../src/retrieval/normalize-input.js';

describe('normalizeInput', () => {
  it('turns full-width digits, letters and punctuation into ASCII (NFKC)', () => {
    expect(normalizeInput('第７３号决议是关于什么的？')).toBe('第73号决议是关于什么的?');
    expect(normalizeInput('ＷＴＳＡ－２０在哪里举行')).toBe('WTSA-20在哪里举行');
  });

  it('takes the accents off Latin letters (interprétation), and leaves Chinese as it is', () => {
    expect(normalizeInput('Is there interprétation for délégués?')).toBe(
      'Is there interpretation for delegues?',
    );
    expect(normalizeInput('风筝 café')).toBe('风筝 cafe');
  });

  it('converts traditional characters (Taiwan and Hong Kong forms) to simplified', () => {
    expect(normalizeInput('第58號決議鼓勵建立什麼？')).toBe('第58号决议鼓励建立什么?');
    expect(normalizeInput('電信標準化局與發展中國家')).toBe('电信标准化局与发展中国家');
    expect(normalizeInput('保衞網絡')).toBe('保卫网络');
  });

  it('keeps the particle 么 typed in simplified text (OpenCC reads it as 幺), and turns 麼 into it', () => {
    expect(normalizeInput('风筝那项改了么？')).toBe('风筝那项改了么?');
    expect(normalizeInput('改了麼？')).toBe('改了么?');
  });

  it('joins Chinese typed word by word, and keeps spaces that set long clauses apart', () => {
    expect(normalizeInput('风筝 比赛 门票 多少 钱？')).toBe('风筝比赛门票多少钱?');
    expect(normalizeInput('风筝线 断了 怎么 办 app 有？')).toBe('风筝线断了怎么办 app 有?');
    expect(normalizeInput('去年放了好几个风筝都飞丢了 有没有人专门管这个事情')).toBe(
      '去年放了好几个风筝都飞丢了 有没有人专门管这个事情',
    );
  });

  it('leaves simplified Chinese and English as they are', () => {
    const simplified = '第98号决议请研究组与哪些机构合作？'.normalize('NFKC');
    expect(normalizeInput(simplified)).toBe(simplified);
    expect(normalizeInput('Which resolutions mention IMT-2020 and E.161.1?')).toBe(
      'Which resolutions mention IMT-2020 and E.161.1?',
    );
  });

  it('keeps the case of acronyms and the characters of references', () => {
    expect(normalizeInput('Does WHO work with R&D groups on Question 3/2?')).toBe(
      'Does WHO work with R&D groups on Question 3/2?',
    );
    expect(normalizeInput('IMT\u20112020')).toBe('IMT-2020');
  });

  it('drops emoji, pictographs and invisible characters, and collapses whitespace', () => {
    expect(normalizeInput('  第50号决议 🔒🙂  讲了什么？ ')).toBe('第50号决议 讲了什么?');
    expect(normalizeInput('网络\u200b安全\ufe0f ✅')).toBe('网络安全');
    expect(normalizeInput('What about\n\n Resolution 58 👀?')).toBe('What about Resolution 58 ?');
  });

  it('writes ITU meeting codes as the document does, however they are typed', () => {
    expect(normalizeInput('wtsa20 dates')).toBe('WTSA-20 dates');
    expect(normalizeInput('WTSA 2020 in Geneva')).toBe('WTSA-20 in Geneva');
    expect(normalizeInput('wtdc 22')).toBe('WTDC-22');
    expect(normalizeInput('WTSA-20')).toBe('WTSA-20');
    // Four-digit numbers that are not a meeting's year stay as they are.
    expect(normalizeInput('IMT-2020')).toBe('IMT-2020');
  });

  it('hands back English as a two-byte string, so patterns are compiled for one string width only', () => {
    // V8's serializer tags a string by its width: '"' one-byte, 'c' two-byte.
    const width = (t: string) =>
      String.fromCharCode([...v8.serialize(t).subarray(2)].find((b) => b)!);
    expect(width('who chairs the kite group?')).toBe('"');
    expect(width(normalizeInput('who chairs the kite group?'))).toBe('c');
    expect(width(normalizeInput('风筝协会'))).toBe('c');
    expect(normalizeInput('who chairs the kite group?')).toBe('who chairs the kite group?');
  });
});
