/** A resolution named by its topic (the IPv6 resolution, 漫游那个决议) is the one whose names hold it, if only one does. */
import { describe, expect, it } from 'vitest';
import { normalizeInput } from '../../src/retrieval/normalize-input.js';
import { resolutionsByTopic, topicNamings } from '../../src/retrieval/resolution-by-topic.js';

const TITLES = [
  { number: 64, names: ['互联网协议地址分配以及推进向IPv6的过渡及其部署', 'IPv6'] },
  { number: 88, names: ['国际移动漫游（IMR）', 'International mobile roaming'] },
  { number: 52, names: ['抵制和打击垃圾信息', 'Countering and combating spam'] },
  { number: 100, names: ['非洲通用应急号码', 'Establishing an African common emergency number'] },
  { number: 44, names: ['缩小发展中国家与发达国家之间的标准化工作差距'] },
  { number: 95, names: ['提高对服务质量和发展中国家相关最佳做法的认识'] },
  { number: 96, names: ['ITU-T有关打击假冒电信/信息通信技术设备的研究'] },
  { number: 97, names: ['打击盗窃移动通信设备的行为'] },
];
const GLOSSARY: Record<string, string[]> = {
  垃圾短信: ['垃圾信息'],
  防手机被偷: ['盗窃移动设备'],
  'phone-stealing': ['盗窃移动设备'],
};
const allByTopic = (q: string) =>
  resolutionsByTopic(q, TITLES, (s) => GLOSSARY[s] ?? []).resolutions;
/** The one resolution named, or null (none, or several). */
const byTopic = (q: string) => {
  const { resolutions, namings } = resolutionsByTopic(q, TITLES, (s) => GLOSSARY[s] ?? []);
  return resolutions.length === 1 && namings === 1 ? resolutions[0]! : null;
};

describe('topicNamings', () => {
  it('reads the topic a resolution is named by, in Chinese and English', () => {
    expect(topicNamings('IPv6那个决议为什么提到物联网？')).toEqual(['IPv6']);
    expect(topicNamings('关于漫游的决议要求什么？')).toEqual(['漫游']);
    expect(topicNamings('Why does the IPv6 resolution mention IoT?')).toEqual(['IPv6']);
    expect(topicNamings('What does the resolution on spam ask for?')).toEqual(['spam']);
    expect(topicNamings('ok, and the one on roaming?')).toEqual(['roaming']);
    expect(topicNamings('The kite racing text, was it modified?')).toEqual(['kite racing']);
    // The assembly's text, or the full one, is not a resolution named by topic.
    expect(topicNamings('does the assembly text say anything on kites?')).toEqual([]);
    expect(topicNamings('where can I read the full text?')).toEqual([]);
    // A verb or an article is no part of a topic ("a resolution on kites" asks which one, naming none).
    expect(topicNamings('the club have a resolution on kites?')).toEqual([]);
    expect(topicNamings('did the club adopt the kite resolution?')).toEqual(['kite']);
    expect(topicNamings('另外那个跟漫游有关的决议是几号？')).toEqual(['漫游']);
    expect(topicNamings('ok, switching topics: the spam one. who backs it?')).toEqual(['spam']);
    expect(topicNamings('does the phone theft one say so too?')).toEqual(['phone theft']);
    // A follow-up's leading 那 is no part of the topic, and 决议 may be left out before 呢.
    expect(topicNamings('那电子废物那项决议呢？')).toEqual(['电子废物']);
    expect(topicNamings('那物联网那个呢？')).toEqual(['物联网']);
    expect(topicNamings('那个呢？')).toEqual([]);
    expect(topicNamings('电子废物那条，改过吗？')).toEqual(['电子废物']);
    // 那一项 as 那项; a topic may begin with 一 (一致性, 一体化) without pointing.
    expect(topicNamings('电子废物那一项，改过吗？')).toEqual(['电子废物']);
    expect(topicNamings('一体化测试那条呢')).toEqual(['一体化测试']);
    // Chat's header without "the"; a long topic whole, without the 和 before it or the 那个 after it.
    expect(topicNamings('Kite noise resolution - was it changed?')).toEqual(['Kite noise']);
    // A header that begins "resolution about X -"; whose resolution it is is no part of the topic.
    expect(topicNamings('resolution about kite noise over towns - was it changed?')).toEqual([
      'kite noise over towns',
    ]);
    // A topic of up to ten words ("one single … for all the … countries").
    expect(
      topicNamings(
        'the resolution about one single safety line for all the kite clubs: was it new?',
      ),
    ).toEqual(['one single safety line for all the kite clubs']);
    expect(topicNamings('the ITU kite noise resolution and the drone one')).toEqual([
      'kite noise',
      'drone',
    ]);
    // So is the union's name before a Chinese naming (国际电联…那个决议, ITU里头…那个).
    expect(topicNamings('国际电联放风筝那个决议讲了啥')).toEqual(['放风筝']);
    expect(topicNamings('ITU里头管无人机那个决议')).toEqual(['管无人机']);
    // Two joined, then counted as two.
    expect(topicNamings('风筝噪声和无人机执照这俩决议有啥不同')).toEqual([
      '风筝噪声',
      '无人机执照',
    ]);
    expect(topicNamings('风筝那个决议和规范城市上空风筝噪声那个决议有什么不同')).toEqual([
      '风筝',
      '规范城市上空风筝噪声',
    ]);
    // The topic runs to where the question goes on ("something", a verb of being).
    expect(topicNamings('Is the one about drone licences for islands something new?')).toEqual([
      'drone licences for islands',
    ]);
    // …or a dash.
    expect(
      topicNamings('the kite one and the one on drone pilot licences — both revised?'),
    ).toEqual(['kite', 'drone pilot licences']);
    // Without "the", as chat runs on, or with Pidgin's di.
    expect(topicNamings('kite string one n drone noise one... both about safety?')).toEqual([
      'kite string',
      'drone noise',
    ]);
    expect(topicNamings('kite resolution and drone resolution both talking about noise?')).toEqual([
      'kite',
      'drone',
    ]);
    expect(topicNamings('di kite string one an di drone noise one, same thing?')).toEqual([
      'kite string',
      'drone noise',
    ]);
    // "The resolution of X", "the one of Y", as French and Spanish speakers say it.
    expect(
      topicNamings('the resolution of the kite strings and the one of drone noise, both new?'),
    ).toEqual(['kite strings', 'drone noise']);
    expect(topicNamings('la resolution of kites: is it new?')).toEqual(['kites']);
    // Two joined, then counted as two with 决议 left out (风筝线和无人机噪音两条，…).
    expect(topicNamings('风筝线和无人机噪音两条，各讲什么？')).toEqual(['风筝线', '无人机噪音']);
    expect(topicNamings('风筝线和无人机噪音两条决议，各讲什么？')).toEqual([
      '风筝线',
      '无人机噪音',
    ]);
    // A space setting a Latin name apart before 那个.
    expect(topicNamings('IPv6 那个和风筝线那个决议，分别讲什么？')).toEqual(['IPv6', '风筝线']);
    // Counted as 两个决议 with no pointing word before it.
    expect(topicNamings('风筝线和无人机噪音两个决议，各自归哪个小组管？')).toEqual([
      '风筝线',
      '无人机噪音',
    ]);
    // Words joined by a slash anywhere in a naming.
    expect(
      topicNamings('the kite/drone safety resolution and the paper/plastic kites one'),
    ).toEqual(['kite/drone safety', 'paper/plastic kites']);
    // Cantonese 同 joining two pointed at, once the input is read.
    expect(topicNamings(normalizeInput('风筝线嗰条同埋无人机噪音嗰条，有咩唔同？'))).toEqual([
      '风筝线',
      '无人机噪音',
    ]);
  });

  it('takes no pointing or question word for a topic', () => {
    expect(topicNamings('这个决议要求什么？')).toEqual([]);
    expect(topicNamings('有一项决议讲漫游吗？')).toEqual([]);
    expect(topicNamings('哪个决议讲漫游？')).toEqual([]);
    expect(topicNamings('Does the same resolution cover roaming?')).toEqual([]);
    expect(topicNamings('Was the resolution on how sectors share work revised?')).toEqual([]);
    // "The resolution on one …" is the resolution on a topic, not "the resolution on" one.
    expect(topicNamings('The resolution on one number for Africa: is it new?')).toEqual([
      'one number for Africa',
    ]);
    expect(topicNamings('is it the same one or a new one?')).toEqual([]);
    // A place in a list is no topic.
    expect(topicNamings('and the third one?')).toEqual([]);
    // Nor the asker's own thing before "one" ("a national one or a regional one"), nor a verb.
    expect(topicNamings('that kite centre, national one or regional one?')).toEqual([]);
    expect(topicNamings('countries without a kite club n need one')).toEqual([]);
    expect(topicNamings('which one is new, or was it only one?')).toEqual([]);
  });
});

describe('resolutionByTopic', () => {
  it('finds the one resolution whose names hold the topic, or its glossary rendering', () => {
    expect(byTopic('Why does the IPv6 resolution mention IoT?')).toBe(64);
    expect(byTopic('漫游那个决议对消费者有什么好处？')).toBe(88);
    expect(byTopic('垃圾短信那个决议要求研究组做什么？')).toBe(52);
    expect(byTopic('What does the African emergency number resolution ask BDT to do?')).toBe(100);
    // A long word clipped, as chat clips it: the start of a name's word.
    expect(byTopic('the internat roaming resolution: who acts?')).toBe(88);
    expect(byTopic('the roam resolution: who acts?')).toBeNull();
    // An English topic by the words of its Chinese rendering; "the number of that resolution" names none.
    expect(byTopic('What does the phone-stealing resolution ask?')).toBe(97);
    expect(byTopic('What is the number of that resolution?')).toBeNull();
  });

  it('finds the topic at the end of a Chinese span that begins with what is said before it', () => {
    // 同事说应急号码: the span runs from the sentence's start; 应急号码 is the topic, in one title.
    expect(byTopic('同事说应急号码那个决议是新的？')).toBe(100);
    expect(byTopic('我朋友问漫游那个决议有用吗')).toBe(88);
    // An ending several titles hold is no topic.
    expect(byTopic('有人提到国家那个决议')).toBeNull();
    // Nor an ending one title holds when another word of the span is in another title (服务 in 95's, 漫游
    // in 88's): the ending alone cannot choose between them.
    expect(byTopic('我朋友问漫游那个决议有用吗')).toBe(88);
    expect(byTopic('他说漫游服务那个决议')).toBeNull();
  });

  it('reads a Latin name joined by 跟 and followed by a pointing word (跟IPv6那个决议) as the name alone', () => {
    expect(topicNamings('漫游那个决议，跟IPv6那个决议，哪个改了？')).toEqual(['漫游', 'IPv6']);
    expect(allByTopic('漫游那个决议，跟IPv6那个决议，哪个改了？')).toEqual([88, 64]);
  });

  it('finds each of two named by topic, in the order named, by words as well as letters', () => {
    expect(allByTopic('打假冒设备的那个决议和防手机被偷的那个，分别要做什么？')).toEqual([96, 97]);
    expect(allByTopic('垃圾短信决议和漫游决议有什么不同？')).toEqual([52, 88]);
    expect(allByTopic('the roaming resolution or the spam one: which asks more?')).toEqual([
      88, 52,
    ]);
  });

  it('finds none of two when one naming holds no resolution', () => {
    expect(allByTopic('the roaming resolution and the drone one')).toEqual([]);
  });

  it('reads a naming the two named hold between them as a description of both, not a third', () => {
    expect(
      allByTopic('两条跟发展中国家有关的决议，缩小差距那条和服务质量那条，各有什么不同？'),
    ).toEqual([44, 95]);
    // Held by one not named as well: a naming that finds nothing, so none.
    expect(allByTopic('跟打击有关的决议，打假冒设备那条和防手机被偷那条，各管什么？')).toEqual([]);
  });

  it('finds none when several resolutions or none hold it, or two are named', () => {
    expect(byTopic('发展中国家那个决议讲了什么？')).toBeNull();
    expect(byTopic('What does the drone resolution say?')).toBeNull();
    expect(byTopic('the roaming resolution and the spam resolution: which is newer?')).toBeNull();
  });
});

describe('a theme of the whole document', () => {
  it('names no one resolution, though one title holds it', () => {
    const q = '跟服务质量有关的决议有哪些？';
    expect(resolutionsByTopic(q, TITLES, () => []).resolutions).toEqual([95]);
    const theme = (terms: string[]) => terms.includes('服务质量');
    expect(resolutionsByTopic(q, TITLES, () => [], theme).resolutions).toEqual([]);
    // A rendering that is a theme counts as the span's.
    const rendered = resolutionsByTopic('QoS那个决议', TITLES, () => ['服务质量'], theme);
    expect(rendered.resolutions).toEqual([]);
  });
});

describe('names beyond the title’s words', () => {
  it('takes a span that is a whole name, however widely the document uses it', () => {
    const theme = (terms: string[]) => terms.includes('ipv6');
    expect(resolutionsByTopic('the IPv6 resolution?', TITLES, () => [], theme).resolutions).toEqual(
      [64],
    );
  });

  it('reads a topic of several listed words, two set out one by one, and an acronym in brackets', () => {
    expect(topicNamings('关于风筝、无人机两类飞行器分工的决议修订了吗')).toEqual([
      '风筝、无人机两类飞行器分工',
    ]);
    expect(
      topicNamings('有两项讲天空的决议，一个是风筝竞赛，一个是无人机送货，哪个是新的？'),
    ).toEqual(['风筝竞赛', '无人机送货']);
    expect(topicNamings('the kites/drones one, is it new?')).toEqual(['kites/drones']);
    expect(
      topicNamings('two rules: one for kite festival safety, one for drone noise. which is new?'),
    ).toEqual(['kite festival safety', 'drone noise']);
    expect(topicNamings('one on kites and the other on drones: same office?')).toEqual([
      'kites',
      'drones',
    ]);
    expect(topicNamings('the kite (KF) one and the drone one: which is new?')).toEqual([
      'kite',
      'drone',
    ]);
    expect(
      topicNamings(
        'is the resolution on safety of people flying kites near power lines still valid?',
      ),
    ).toEqual(['safety of people flying kites near power lines']);
  });

  it('reads two set out one by one without a verb, not 一个 inside a phrase, and drops "big"', () => {
    expect(topicNamings('有两个决议，一个风筝节，一个无人机送货，哪个新？')).toEqual([
      '风筝节',
      '无人机送货',
    ]);
    expect(topicNamings('风筝那个决议一个字没动，对吗？')).toEqual(['风筝']);
    expect(topicNamings('the big kite resolution and the main drone one: same?')).toEqual([
      'kite',
      'drone',
    ]);
  });

  it('reads "that X one" and drops where it stood in a list ("the last kite one")', () => {
    expect(topicNamings('and that drone one, who pays?')).toEqual(['drone']);
    expect(topicNamings('ok, for the last kite one, what else?')).toEqual(['kite']);
    expect(topicNamings('is that one about kites?')).toEqual([]);
    // Pointed at, then what it speaks of, 决议 left out.
    expect(topicNamings('另外那个专门讲风筝节的，还要求做什么？')).toEqual(['风筝节']);
  });

  it('reads 有关X的决议, and two joined with 的 before each 决议 (a name may hold a digit)', () => {
    expect(topicNamings('有关风筝节的决议修订了吗？')).toEqual(['风筝节']);
    expect(topicNamings('风筝节的决议与无人机的决议，哪个新？')).toEqual(['风筝节', '无人机']);
    expect(topicNamings('风筝节的决议和IPv6的决议，哪个新？')).toEqual(['风筝节', 'IPv6']);
    // 与 inside one topic joins two words of it.
    expect(topicNamings('关于风筝制作与放飞的决议改了吗？')).toEqual(['风筝制作与放飞']);
  });

  it('reads words listed with 、 as one topic, which its parts name when they name one resolution', () => {
    expect(topicNamings('那个漫游、话费的决议跟垃圾信息那个决议，是不是都要报告？')).toEqual([
      '漫游、话费',
      '垃圾信息',
    ]);
    expect(topicNamings('漫游那个决议和假冒、山寨那个决议呢')).toEqual(['漫游', '假冒、山寨']);
    // Two pointed at, 决议 said once after the second: in the order named.
    expect(topicNamings('打漫游那个跟防垃圾信息那个决议，是不是都要报告？')).toEqual([
      '打漫游',
      '防垃圾信息',
    ]);
    expect(allByTopic('那个漫游、话费的决议跟垃圾信息那个决议，是不是都要报告？')).toEqual([
      88, 52,
    ]);
    // Where in the first to look, then a comma, before the second; who is asked of stays out.
    expect(topicNamings('第3组在那个风筝的决议里面，和无人机的决议里面，分别干啥？')).toEqual([
      '风筝',
      '无人机',
    ]);
    expect(topicNamings('个人风筝的决议和无人机的决议有啥区别')).toEqual(['个人风筝', '无人机']);
    // In chat, a space for the 、; not after words that end a sentence of their own.
    expect(topicNamings('风筝 无人机那个决议，改了没有')).toEqual(['风筝 无人机']);
    expect(topicNamings('风筝太贵了 无人机那个决议改了没有')).toEqual(['无人机']);
    // Parts naming two resolutions name no one of them.
    expect(byTopic('那个漫游、垃圾信息的决议改了吗？')).toBe(null);
  });

  it('reads the topic after the pointing word (飞得高那个无人机的决议) and stops at a typed comma', () => {
    expect(topicNamings('很烦人那个垃圾信息的决议,和风筝那个决议,各讲什么?')).toEqual([
      '垃圾信息',
      '风筝',
    ]);
  });

  it('reads "that resolution against X", a compound written open, and a short word in the plural', () => {
    expect(topicNamings('that resolution against kite spam, was it updated?')).toEqual([
      'kite spam',
    ]);
    const cyber = [{ number: 50, names: ['Cybersecurity'] }, ...TITLES];
    const theme = (terms: string[]) => terms.includes('cyber security');
    expect(
      resolutionsByTopic('the cyber security resolution?', cyber, () => [], theme).resolutions,
    ).toEqual([50]);
    expect(
      resolutionsByTopic('the cyber security resolution?', cyber, () => []).resolutions,
    ).toEqual([50]);
    const teams = [{ number: 58, names: ['national computer incident response teams'] }];
    expect(resolutionsByTopic('the incident team one?', teams, () => []).resolutions).toEqual([58]);
    // Two words joined by a slash are two words of the name.
    expect(resolutionsByTopic('the incident/teams one?', teams, () => []).resolutions).toEqual([
      58,
    ]);
  });

  it('finds a resolution by the English name of the glossary term its everyday name renders as', () => {
    const english: Record<string, string[]> = { 讯扰治理: ['Countering and combating spam'] };
    const q = '短讯骚扰那个决议讲什么？';
    const renderings = (s: string) => (s === '短讯骚扰' ? ['讯扰治理'] : []);
    expect(resolutionsByTopic(q, TITLES, renderings).resolutions).toEqual([]);
    expect(
      resolutionsByTopic(
        q,
        TITLES,
        renderings,
        () => false,
        (t) => english[t] ?? [],
      ).resolutions,
    ).toEqual([52]);
  });
});

describe('an English naming held in part', () => {
  const titles = [
    { number: 30, names: ['推广风筝金融互助', 'Promoting kite club mutual aid'] },
    { number: 31, names: ['无人机服务质量', 'Drone service quality'] },
    { number: 32, names: ['风筝安全', 'Kite safety'] },
  ];
  const renderings = (s: string) => (s.includes('money') ? ['数字金融服务'] : []);

  it('takes the one title holding most of its words and its renderings’ words, two at least', () => {
    // mutual in one title's English name, 金融 of 数字金融服务 in its Chinese one; 服务 alone in another's.
    expect(
      resolutionsByTopic('the money mutual one, is it new?', titles, renderings).resolutions,
    ).toEqual([30]);
  });

  it('takes a Chinese naming by its words before its ending', () => {
    const zh = [
      { number: 40, names: ['打击假冒风筝线的研究'] },
      { number: 41, names: ['打击盗窃风筝线的行为'] },
    ];
    // 风筝线 ends both names: its words 打击, 假冒 and 风筝线 single one out.
    expect(
      resolutionsByTopic('打击假冒伪劣风筝线的那份决议改了吗？', zh, () => []).resolutions,
    ).toEqual([40]);
  });

  it('reads an English naming of five words, but not two namings joined', () => {
    expect(topicNamings('is the kite string safety power lines resolution new?')).toEqual([
      'kite string safety power lines',
    ]);
    expect(
      topicNamings('the kite-string resolution and the drone-noise resolution: same?'),
    ).toEqual(['kite-string', 'drone-noise']);
  });

  it('reads a naming with a slash between two names, and a list’s item without "the"', () => {
    expect(topicNamings('the kite club / paper plane one, is it new?')).toEqual([
      'kite club / paper plane',
    ]);
    expect(topicNamings('Two: - kite string safety rules one - the drone one. Both new?')).toEqual([
      'kite string safety rules',
      'drone',
    ]);
  });

  it('counts each rendering of an English naming once, its acronym among its words', () => {
    const two = [
      { number: 50, names: ['国际风筝漫游（IKR）', 'International kite roaming'] },
      { number: 51, names: ['打击盗窃风筝通信设备的行为', 'Combating kite equipment theft'] },
    ];
    // "kite" renders as 风筝设备 (two words of 51's name, one of 50's); "roaming fees" as IKR费率: the
    // acronym and roaming itself make 50 hold more.
    const renders = (s: string) => [
      ...(s.includes('roaming') ? ['IKR费率'] : []),
      ...(s.includes('kite') ? ['风筝设备'] : []),
    ];
    expect(
      resolutionsByTopic('the one about overseas roaming fees on a kite, is it new?', two, renders)
        .resolutions,
    ).toEqual([50]);
  });

  it('takes none on one word alone, or when two titles hold as many', () => {
    expect(
      resolutionsByTopic('the paper money one, is it new?', titles, renderings).resolutions,
    ).toEqual([]);
    expect(
      resolutionsByTopic('the kite quality one, is it new?', titles, () => []).resolutions,
    ).toEqual([]);
  });
});

describe('a topic typed with a character of the same sound', () => {
  it('is the one title that holds it with one character different', () => {
    expect(byTopic('服物质量那个决议讲什么？')).toBe(95);
    expect(byTopic('打击盗切那个决议呢？')).toBe(97);
  });

  it('is no title when the span is short or two characters differ', () => {
    expect(byTopic('服物那个决议讲什么？')).toBeNull();
    expect(byTopic('副物质两那个决议讲什么？')).toBeNull();
  });
});
