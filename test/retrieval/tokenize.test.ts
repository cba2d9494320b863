import { describe, expect, it } from 'vitest';
import { STOPWORDS } from '../../src/retrieval/stopwords.js';
import { jiebaCut, tokenize } from '../../src/retrieval/tokenize.js';

describe('tokenize', () => {
  it('keeps jieba words and the character bigrams inside them', () => {
    const tokens = tokenize('电子废物管理');
    expect(tokens).toEqual(expect.arrayContaining(['~电子', '~子废', '~废物', '~物管', '~管理']));
    for (const w of jiebaCut('电子废物管理')) expect(tokens).toContain(w);
  });

  it('makes no bigram across a function word, so two unrelated words meeting there do not match', () => {
    expect(STOPWORDS.has('在')).toBe(true);
    expect(jiebaCut('国际电联在制定标准')).toEqual(['国际电联', '在', '制定', '标准']);
    const tokens = tokenize('国际电联在制定标准');
    expect(tokens).toEqual(expect.arrayContaining(['~电联', '~制定', '~定标']));
    expect(tokens).not.toContain('~联在');
    expect(tokens).not.toContain('~在制');
  });

  it('drops function words from both kinds of token', () => {
    const tokens = tokenize('我们的手机');
    expect(tokens).not.toContain('我们');
    expect(tokens).not.toContain('~们的');
    expect(tokens).toContain('~手机');
  });

  it('drops the fillers and hedges of spoken English, so they count as no topic of their own', () => {
    expect(tokenize('wait, um, what is the kite fund for exactly?')).toEqual(
      tokenize('what is the kite fund for?'),
    );
    expect(tokenize('btw basically the drone rule, precisely')).toEqual(tokenize('the drone rule'));
    expect(tokenize('各个地方的风筝协会')).toEqual(tokenize('各个的风筝协会'));
  });

  it('drops how well something is done (好好), which names no topic', () => {
    expect(tokenize('好好放风筝', 'jieba')).not.toContain('好好');
    expect(tokenize('风筝放得好不好', 'jieba')).not.toContain('好不好');
  });

  it('drops an apology for asking (抱歉, 不好意思), which names no topic', () => {
    expect(tokenize('抱歉，风筝节归谁管', 'jieba')).not.toContain('抱歉');
    expect(tokenize('不好意思，风筝节归谁管', 'jieba')).not.toContain('不好意思');
  });

  it('drops a quantity (好多, 许多) and a hedge (好像, 似乎), which name no topic', () => {
    for (const word of ['好多', '许多', '好些', '好像', '似乎', '仿佛']) {
      expect(tokenize(`风筝线${word}断了`, 'jieba')).not.toContain(word);
    }
  });

  it('drops knowing (清楚, 搞清楚, 明白), which names no topic: what is to be known does', () => {
    expect(tokenize('帮我搞清楚风筝线', 'jieba')).toEqual(['风筝', '线']);
    expect(tokenize('风筝规矩讲清楚没', 'jieba')).not.toContain('清楚');
    expect(tokenize('风筝规矩我不明白', 'jieba')).not.toContain('明白');
  });

  it('drops how a thing is seen or judged (来看, 来说), which names no topic', () => {
    expect(tokenize('用什么尺子来看风筝好不好', 'jieba')).not.toContain('来看');
    expect(tokenize('对小协会来说风筝贵不贵', 'jieba')).not.toContain('来说');
  });

  it('drops whether something works in everyday words (管用, 好使, 靠谱), a judgement and no topic', () => {
    for (const word of ['管用', '好使', '顶用', '管事', '靠谱']) {
      expect(tokenize(`这风筝线${word}不`, 'jieba')).not.toContain(word);
    }
  });

  it('keeps the bigram-only mode as before: every adjacent pair of the run', () => {
    expect(tokenize('电联在制定', 'bigram')).toEqual(['~电联', '~联在', '~在制', '~制定']);
  });

  it('keeps Latin codes whole and lower-cased, and capitalised acronyms that spell a stopword', () => {
    const tokens = tokenize('ITU-T E.161.1 and WHO');
    expect(tokens).toEqual(expect.arrayContaining(['itu-t', 'e.161.1', 'who']));
    expect(tokens).not.toContain('and');
  });

  it('keeps a code that starts with digits whole (5G, 3GPP), so it never matches a bare number', () => {
    expect(tokenize('5G和3GPP')).toEqual(expect.arrayContaining(['5g', '3gpp']));
    // 第5研究组 gives the number 5 alone: 5G is not study group 5.
    expect(tokenize('5G')).not.toContain('5');
    expect(tokenize('14-3/2 2020')).toEqual(['14-3/2', '2020']);
  });

  it('also gives each name of a compound of names (JCA-AHF), not of a sector or a numbered name', () => {
    expect(tokenize('JCA-AHF')).toEqual(['jca-ahf', 'jca', 'ahf']);
    expect(tokenize('JCA-IMT-2000')).toEqual(['jca-imt-2000', 'jca']);
    expect(tokenize('ITU-T')).toEqual(['itu-t']);
    expect(tokenize('WTSA-20')).toEqual(['wtsa-20']);
    expect(tokenize('IMT-2020')).toEqual(['imt-2020']);
  });
});
