/** What kind of answer a question wants: a 表1 status, a list or count by status, a resolution overview, or clauses. */

export type StatusValue = '修订版' | '无修改' | '新决议';

export type Intent =
  | { kind: 'status' }
  | { kind: 'list'; status: StatusValue | null }
  | { kind: 'count'; status: StatusValue | null }
  | { kind: 'overview' }
  | { kind: 'clauses' };

const STATUS_WORDS: [StatusValue, RegExp][] = [
  ['新决议', /新决议|新的决议|新通过|新增|\bnew\b|newly/i],
  [
    '无修改',
    /无修改|未修改|没有修改|不变|未作修改|未变|保持不变|unchanged|not (?:been )?(?:changed|revised|modified|amended)|without (?:change|modification|amendment)|no changes?/i,
  ],
  ['修订版', /修订|修改过|修改了|revised?|amended|amend|modified|updated|revision/i],
];
const STATUS_QUESTION =
  /状态|现状|status|标题|名称|叫什么|(?:是否|有没有|有无)(?:被)?(?:修订|修改|改动|变化|更新)|(?:修订|修改|改动|变)了(?:吗|没有)|还是(?:保持)?不变|新(?:通过|的)?(?:的)?决议吗|(?:was|is|has)\b.{0,40}\b(?:revised|changed|amended|modified|updated|unchanged|new)\b|\btitle\b/i;
const LIST_WORDS =
  /哪些|哪几|哪一些|列出|列举|清单|所有|全部|which|list|what are the|name the|all the/i;
const COUNT_WORDS = /多少|几项|几个|几条|数量|总数|how many|number of|count/i;
const TABLE_WORDS = /表\s*1|表一|table\s*1|status table/i;
/** Words that only ask "what is it about": nothing else to look for in the clauses. */
const OVERVIEW_ONLY =
  /^(?:讲|说|是|有|涉及|关于|内容|规定|主要|概述|简介|介绍|总结|什么|哪些|了|的|是关于|讲的是|主题|目的|要点|about|what|say|says|cover|covers|summary|summari[sz]e|overview|main|point|points|purpose|topic|explain|describe|deal|deals|with|is|it|the|of|tell|me|does|do|resolution|决议|号|第|吗|呢|\s|[?？。.!！，,])*$/i;

export function statusIn(question: string): StatusValue | null {
  for (const [value, re] of STATUS_WORDS) if (re.test(question)) return value;
  return null;
}

/**
 * @param rest the question with resolution references removed.
 * @param namesResolution whether the question names a resolution (explicitly or through history).
 */
export function detectIntent(question: string, rest: string, namesResolution: boolean): Intent {
  const status = statusIn(question);
  if (namesResolution) {
    if (STATUS_QUESTION.test(question) || (TABLE_WORDS.test(question) && status))
      return { kind: 'status' };
    if (OVERVIEW_ONLY.test(rest)) return { kind: 'overview' };
    return { kind: 'clauses' };
  }
  // "Was the Smart Africa resolution changed?": a status question about a resolution found by topic.
  if (STATUS_QUESTION.test(question) && !COUNT_WORDS.test(question) && !LIST_WORDS.test(question)) {
    return { kind: 'status' };
  }
  const aboutResolutions = /决议|resolutions?/i.test(question) || TABLE_WORDS.test(question);
  if (aboutResolutions && COUNT_WORDS.test(question) && (status || TABLE_WORDS.test(question))) {
    return { kind: 'count', status };
  }
  if (aboutResolutions && LIST_WORDS.test(question) && status) return { kind: 'list', status };
  if (TABLE_WORDS.test(question) && LIST_WORDS.test(question)) return { kind: 'list', status };
  return { kind: 'clauses' };
}
