/**
 * The two subjects of a comparison that names no resolution numbers: "how does the roaming resolution differ
 * from the consumer one?", "漫游的决议和消费者的决议有何不同？". Each side is
 * returned as the words of its topic, for the caller to find the resolution it is about.
 */

const EN_FORMS: RegExp[] = [
  // "… and the one on Y": split there first, since a topic may hold an "and" of its own.
  /\bdifferen(?:ce|ces)\s+between\s+(.+?)\s+and\s+((?:the|that)\s+(?:one|ones|resolutions?)\s+.+?)\s*[?.!]*$/i,
  /\bdifferen(?:ce|ces)\s+between\s+(.+?)\s+and\s+(.+?)\s*[?.!]*$/i,
  // "How does the X resolution compare with Y": the one asked about before the verb, the other after it.
  /\bhow\s+(?:does|do|did|is|are|would|will)\s+(the\s+.+?\s+(?:resolution|res|one))\s+compare\s+(?:with|to|against)\s+(.+?)\s*[?.!]*$/i,
  /\bcompare\s+(.+?)\s+(?:and|with|to)\s+(.+?)\s*[?.!]*$/i,
  /\bhow(?:['’]s|\s+is|\s+are|\s+does|\s+do)\s+(.+?)\s+differ(?:ent)?\s+from\s+(.+?)\s*[?.!]*$/i,
  // "Do X and Y both …?": one thing asked of each.
  /^(?:so\s+|and\s+|but\s+)?(?:do|does|did|are|is|were|was|will|would|can|could|have|has|must|should)\s+(.+?)\s+and\s+(.+?)\s+both\b/i,
  // "Do both the X resolution and the Y one …?": both before the two, each ending in resolution or one.
  /^(?:so\s+|and\s+|but\s+)?(?:do|does|did|are|is|were|was|will|would|can|could|have|has|must|should)\s+both\s+(?:of\s+)?((?:the\s+)?.+?\s+(?:resolution|res|one))\s+and\s+((?:the\s+)?.+?\s+(?:resolution|res|one))\b/i,
  /^(.+?)\s+(?:vs\.?|versus)\s+(.+?)\s*[?.!]*$/i,
  // "Between X and Y, which …": the two, then asked of each.
  // A topic with an "and" of its own: split after the first side's "resolution" or "one".
  /\bbetween\s+((?:the\s+)?.+?\s+(?:resolution|one|res))\s+and\s+(.+?)\s*[,:：]\s*(?=(?:which|what|who|how|is|are|was|were|did|does|do|with)\b)/i,
  // Not a gap or a tie between two groups (the kite divide between big and small clubs, …): one topic.
  /(?<!\b(?:gaps?|divides?|disparit(?:y|ies)|inequalit(?:y|ies)|cooperation|collaboration|coordination|relations?|partnerships?|links?)\s+)\bbetween\s+(.+?)\s+and\s+(.+?)\s*[,:：]\s*(?=(?:which|what|who|how|is|are|was|were|did|does|do|with)\b)/i,
  // "X and Y. Which one changed, which did not?": two set out, then told apart (after a lead such as "two ones:").
  /(?:^|[:：—–]\s*|\s-\s)(?:the\s+)?((?:(?!\s-\s)[^:：—–.?!])+?)\s+and\s+([^:：—–.?!]+?)\s*[.?!]\s*which\b[^?]*\bwhich\b/i,
  // "The X one (resolution) and the Y one — …": both named by their topics, then asked of each.
  // Not one pointed at (this one, that one, which one).
  // Or the two as alternatives ("which changed, the X one or the Y one?"), or followed straight by the
  // verb asked of both ("the X one and the Y one were both …").
  /(?:^|[:：—–,]\s*|\s-\s)((?:the\s+)?[^,:：—–.?!]+?\s+(?:one|resolution))(?<!\b(?:this|that|which|what|each|any|every|other|no)\s+(?:one|resolution))\s+(?:and|or)\s+((?:the\s+)?[^,:：—–.?!]+?\s+(?:one|resolution))(?<!\b(?:this|that|which|what|each|any|every|other|no)\s+(?:one|resolution))\s*(?:[,:：—–?]|\.\s+(?=(?:which|what|is|are|was|were|did|does|do)\b)|\s-\s|\s+(?=(?:were|was|are|is|both|got|get|have|has|did|do|does)\b)|$)/i,
  // "The one on X(, …), and the Y one / the one on Y — …": the first named by what it is about.
  /(?:^|[:：—–,]\s*|\s-\s)(the\s+one\s+(?:on|about|for|against|dealing with|concerning|covering)\s+[^:：—–?!]+?),?\s+and\s+((?:the\s+)?(?:one\s+(?:on|about|for|against|dealing with|concerning|covering)\s+[^,:：—–.?!]+?|[^,:：—–.?!]+?\s+(?:one|resolution)))\s*(?:[,:：—–?]|\s-\s)/i,
  // "Resolution on X, and resolution on Y: …": both named by what they are about, then the question.
  /\b(?:the\s+)?resolution\s+(?:on|about|against|for|concerning)\s+(.+?),?\s+and\s+((?:the\s+)?(?:resolution|one)\s+(?:on|about|against|for|concerning)\s+[^:：?.!—–]+?)\s*[:：?.!—–]/i,
  // "One against X, another against Y", "one on X and one on Y": a pair set out one by one.
  // The first may be named by its topic alone ("one general kite safety and other on drones").
  // Or with "is" before what each is for ("one is for kites, other one is for drones").
  /\bone\s+(?:(?:is\s+)?(?:on|about|against|for|concerning)\s+|(?!(?:is|was|are|were|of|in|has|have|does|did|do|that|which|who|more|or)\b))(.+?)\s*(?:[,;]\s*(?:and\s+)?|\s+and\s+)(?:another|(?:the\s+)?other|one)(?:\s+one)?\s+(?:is\s+)?(?:on|about|against|for|concerning)\s+(.+?)\s*[.?!:：—–]/i,
];
const ZH_FORMS: RegExp[] = [
  /^(?:请问)?(?:比较(?:一下)?)?(.+?)(?:和|与|跟|同|\s*[vV][sS]\.?\s*)(.+?)(?:之间)?(?:有|的)?(?:什么|哪些|啥|何)?(?:区别|不同|不一样|两样|差别|差异|异同)/,
  // 风筝的和无人机的这两个决议, 风筝那个和无人机那个，分别…: two named, then asked of each. Or pointed at as
  // 这俩, 这两个 before the question.
  /^(?:请问)?(.+?)(?:和|与|跟|同|\s*[vV][sS]\.?\s*)(.+?)(?:(?:这|那)?(?:两|2)(?:个|项|份|条)?决议|(?:这|那)(?:俩|两(?:个|项|份))(?=[\s，,：:]|这回|这次|此次|是不是|是否|都|有没有|分别|各自|到底))/,
  /^(?:请问)?(.+?(?:那|这)(?:个|项|份|条|号))(?:和|与|跟|同|\s*[vV][sS]\.?\s*)(.+?(?:那|这)(?:个|项|份|条|号))[，,—–]*\s*(?:(?:两|2)(?:个|项|份|条|号)|俩)?(?:分别|各自|是不是都|是否都|都)/,
  // 风筝那项和无人机那项（决议），这次哪个改了: two named, then which of them.
  // Or set side by side with 比 (X那个和Y那个比，哪个…).
  /^(?:请问)?(.+?(?:那|这)(?:个|项|份|条|号|块)(?:的?决议)?)(?:和|与|跟|同|\s*[vV][sS]\.?\s*)(.+?(?:那|这)(?:个|项|份|条|号|块))(?:的?决议)?(?:比一比|比较|对比|相比|比)?[，,—–]*\s*(?:这次|这回|此次|到底|究竟)?(?:哪|分别|各自)/,
  // …, then asked of each or both later in the sentence (风筝那个和无人机那个决议，好像都讲X，分别是什么;
  // …，报告都交给谁), or whether they share something (是不是同一个…). The first may be named as 风筝的决议.
  /^(?:请问)?(.+?(?:(?:那|这)(?:个|项|份|条|号|块)(?:的?决议)?|的决议))(?:和|与|跟|同|\s*[vV][sS]\.?\s*)(.+?(?:那|这)(?:个|项|份|条|号|块))(?:的?决议)?[，,][^？?。]*?(?:分别|各自|都|同一|一样|相同)/,
  // 一条是管X的，一条（另一条）是管Y的 (一只 in Wu and Cantonese): a pair set out one by one; last, as
  // what each does may be said so after the two are named (X那条和Y那条，一个…，一个…).
  /一(?:条|个|项|份|只)(?:是)?(?:管|讲|关于|针对|说)?([^，,。？?！!]{2,20}?)的?[，,、]\s*(?:另|还有)?一(?:条|个|项|份|只)(?:是)?(?:管|讲|关于|针对|说)?([^，,。？?！!]{2,20}?)的?(?=[。，,？?！!；;]|$)/,
];
/**
 * Where a side ends and the question about both begins ("X vs Y - is either new?", "X vs Y: which …",
 * "X vs Y. which …").
 */
const SIDE_END =
  /\s+[-—–]+\s+|\s*[:：]\s+|[.?!]+\s+|\s*[,;]\s+(?=(?:which|what|who|how|is|are|was|were|did|does|do)\b)/i;
/** In Chinese a side is one clause of the sentence: punctuation or a dash ends it (…那个决议，是不是都…). */
const ZH_SIDE_END = /[，,；;？?。！!…—–]|\.{2,}/;

/** What names a side as a resolution rather than saying what it is about. */
const EN_FRAME =
  /^(?:the\s+)?(?:(?:wtsa\s+)?resolutions?|one|ones)\s+(?:on|about|for|dealing with|that deals with|which deals with|concerning|covering|against)\s+|^(?:the|that|this)\s+|\s+(?:resolutions?|res|reso|one)$/gi;
const ZH_FRAME =
  /^(?:那项|那个|这项|这个|关于)|(?:的)?(?:那项|那个|这项|这个|那条|这条|那号|这号)?决议$|(?:那项|那个|这项|这个|那份|那条|这条|那号|这号|那块|这块)$|的$/g;

const COUNTED = /\bhow\s+(?:many|much)\b|\bnumber\s+of\b|多少|几(?:项|个|条|份)/i;

/**
 * A side made only of status words ("was it fresh, or revised?"): the choice asked between two
 * statuses of one resolution, not two resolutions.
 */
const ONLY_STATUS =
  /^(?:(?:is|it|it's|its|a|an|the|they|just|only|still|brand|an?\s+old|new|old|revised|unchanged|amended|modified|updated|changed|kept|same)\b[\s,]*)+$/i;

function side(text: string, frame: RegExp): string {
  let s = text.trim();
  for (let i = 0; i < 3; i++) s = s.replace(frame, '').trim();
  return s;
}

/** The two topics compared, or null when the question is no comparison of two unnamed resolutions. */
export function comparedTopics(question: string): [string, string] | null {
  const zh = /[\u3400-\u9fff]/.test(question);
  for (const re of zh ? ZH_FORMS : EN_FORMS) {
    const m = re.exec(question.trim());
    if (!m) continue;
    const frame = zh ? ZH_FRAME : EN_FRAME;
    // The first side starts after any lead-in sentence (老师好，…讲气候的那个决议); the second ends where
    // the question about both begins.
    const a = side(
      zh
        ? (m[1]!
            .split(ZH_SIDE_END)
            .filter((s) => s.trim())
            .pop() ?? '')
        : m[1]!.split(SIDE_END)[0]!,
      frame,
    );
    const b = side(m[2]!.split(zh ? ZH_SIDE_END : SIDE_END)[0]!, frame);
    // Each side must say something: "the difference between them and …" names nothing to look for.
    // Counts set side by side ("how many revised vs how many kept") are a count asked twice, not two topics.
    if (
      a.length >= 2 &&
      b.length >= 2 &&
      !/^(?:it|they|them|this|that|它|它们)$/i.test(a) &&
      !ONLY_STATUS.test(a) &&
      !ONLY_STATUS.test(b) &&
      !COUNTED.test(m[1]!) &&
      !COUNTED.test(m[2]!)
    )
      return [a, b];
  }
  return null;
}
