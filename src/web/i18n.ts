/** The interface strings in Chinese and English; the corpus itself stays in Chinese. */

export type Lang = 'zh' | 'en';

const zh = {
  appTitle: 'WTSA-20 决议问答',
  subtitle: '根据《影响ITU-D工作的WTSA-20决议》逐条引用作答。',
  skip: '跳到提问框',
  viewAsk: '提问',
  viewBrowse: '浏览决议',
  newConversation: '新对话',
  langToggle: 'English',
  langToggleLabel: 'Switch to English',
  questionLabel: '你的问题',
  questionPlaceholder: '例如：第64号决议对IPv6培训有什么安排？',
  questionHint: '按 Enter 发送，Shift+Enter 换行。',
  send: '发送',
  sending: '回答中…',
  examples: '示例问题',
  conversation: '对话',
  you: '你',
  assistant: '助手',
  streaming: '正在生成回答…',
  notCovered: '文件未涉及此问题',
  notCoveredHint: '下面的条款可能相关，但并不回答这个问题。',
  related: '相关条款',
  sources: '引用条款',
  copy: '复制',
  copyLabel: '复制回答及其引用',
  copied: '已复制回答及引用。',
  copyFailed: '无法复制，请手动选择文本。',
  retry: '重试',
  errorTitle: '这次没能回答',
  errorNetwork: '无法连接服务器。',
  errorRateLimit: '提问太频繁，请稍后再试。',
  errorInterrupted: '回答在页面刷新前被中断。',
  errorGeneric: '回答时出错。',
  errorUnauthorized: '此服务器需要 API 密钥。',
  apiKeyLabel: 'API 密钥',
  apiKeySave: '保存并重试',
  modeExtractive: '摘录回答',
  modeLlm: '模型回答',
  degraded: '模型不可用，已改为摘录回答',
  citationAria: '打开引用 {n}：{label}',
  clausePanel: '条款',
  close: '关闭',
  previous: '上一条',
  next: '下一条',
  directLink: '条款链接',
  section: '部分',
  addressee: '对象',
  item: '项',
  status: '表1状态',
  statusNotListed: '未列入表1',
  leadIn: '上文',
  loading: '加载中…',
  loadFailed: '加载失败。',
  resolution: '第{n}号决议',
  clauseCount: '{n} 条',
  browseTitle: '全部决议',
  browseIntro: '点开一项决议查看其条款；点条款打开全文。',
  empty: '用中文或英文提问，回答会逐条引用原文。',
  partIntro: '引言',
  partTable1: '表1',
  partTable2: '表2',
  partAnnex: '附件',
  partConclusion: '结论',
  sourceLabel: '来源',
  newConversationDone: '已开始新对话。',
  answerReady: '回答完成。',
  feedbackAsk: '这个回答有帮助吗？',
  feedbackUp: '有帮助',
  feedbackDown: '没有帮助',
  feedbackCommentLabel: '哪里不对？（可选）',
  feedbackSubmit: '发送意见',
  feedbackSending: '正在发送…',
  feedbackThanks: '谢谢，已记录你的评价。',
  feedbackCommentThanks: '谢谢，已收到你的意见。',
  feedbackFailed: '评价未能发送，请再试一次。',
  feedbackExpired: '这个回答已无法评价（超过24小时，或服务器已重启）。',
};

type Key = keyof typeof zh;

const en: Record<Key, string> = {
  appTitle: 'WTSA-20 Resolutions Q&A',
  subtitle:
    'Answers cite the exact clauses of “WTSA-20 resolutions that affect ITU-D” (in Chinese).',
  skip: 'Skip to the question box',
  viewAsk: 'Ask',
  viewBrowse: 'Browse resolutions',
  newConversation: 'New conversation',
  langToggle: '中文',
  langToggleLabel: '切换到中文',
  questionLabel: 'Your question',
  questionPlaceholder: 'e.g. What does Resolution 98 ask for on smart cities?',
  questionHint: 'Enter sends, Shift+Enter adds a line.',
  send: 'Send',
  sending: 'Answering…',
  examples: 'Example questions',
  conversation: 'Conversation',
  you: 'You',
  assistant: 'Assistant',
  streaming: 'Writing the answer…',
  notCovered: 'The document does not cover this',
  notCoveredHint: 'These clauses may be related, but they do not answer the question.',
  related: 'Related clauses',
  sources: 'Cited clauses',
  copy: 'Copy',
  copyLabel: 'Copy the answer with its citations',
  copied: 'Answer and citations copied.',
  copyFailed: 'Could not copy; please select the text by hand.',
  retry: 'Retry',
  errorTitle: 'This one did not work',
  errorNetwork: 'Could not reach the server.',
  errorRateLimit: 'Too many questions at once; please wait a moment.',
  errorInterrupted: 'The answer was interrupted when the page reloaded.',
  errorGeneric: 'Something went wrong while answering.',
  errorUnauthorized: 'This server needs an API key.',
  apiKeyLabel: 'API key',
  apiKeySave: 'Save and retry',
  modeExtractive: 'extractive answer',
  modeLlm: 'model answer',
  degraded: 'model unavailable, extractive answer instead',
  citationAria: 'Open citation {n}: {label}',
  clausePanel: 'Clause',
  close: 'Close',
  previous: 'Previous',
  next: 'Next',
  directLink: 'Link to this clause',
  section: 'Section',
  addressee: 'Addressee',
  item: 'Item',
  status: 'Status in 表1',
  statusNotListed: 'not listed in 表1',
  leadIn: 'Context',
  loading: 'Loading…',
  loadFailed: 'Could not load.',
  resolution: 'Resolution {n}',
  clauseCount: '{n} clauses',
  browseTitle: 'All resolutions',
  browseIntro: 'Open a resolution to list its clauses; open a clause to read it in full.',
  empty: 'Ask in Chinese or English; every answer cites the clauses it comes from.',
  partIntro: 'Introduction',
  partTable1: '表1 (Table 1)',
  partTable2: '表2 (Table 2)',
  partAnnex: 'Annex',
  partConclusion: 'Conclusion',
  sourceLabel: 'Sources',
  newConversationDone: 'Started a new conversation.',
  answerReady: 'Answer complete.',
  feedbackAsk: 'Was this answer helpful?',
  feedbackUp: 'Helpful',
  feedbackDown: 'Not helpful',
  feedbackCommentLabel: 'What was wrong? (optional)',
  feedbackSubmit: 'Send comment',
  feedbackSending: 'Sending…',
  feedbackThanks: 'Thanks — your rating was recorded.',
  feedbackCommentThanks: 'Thanks — your comment was recorded.',
  feedbackFailed: 'Your rating could not be sent; please try again.',
  feedbackExpired:
    'This answer can no longer be rated (over 24 hours old, or the server restarted).',
};

export const EXAMPLES: readonly string[] = [
  '第64号决议对IPv6培训有什么安排？',
  'What does Resolution 98 ask for on smart cities?',
  '表1列出的决议里哪些没有修改？',
  'Who works with the BDT under Resolution 86?',
];

const STATUS_EN: Record<string, string> = {
  修订版: 'revised',
  无修改: 'unchanged',
  新决议: 'new resolution',
};

export function t(lang: Lang, key: Key, vars: Record<string, string | number> = {}): string {
  const s = (lang === 'zh' ? zh : en)[key];
  return s.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

/** A stored choice wins; otherwise the browser's first language decides (Chinese or not). */
export function pickLang(stored: string | null, navLanguages: readonly string[]): Lang {
  if (stored === 'zh' || stored === 'en') return stored;
  const first = (navLanguages[0] ?? '').toLowerCase();
  return first.startsWith('zh') ? 'zh' : 'en';
}

/** 表1 status as shown: the Chinese term, glossed in English; null means the resolution is not in 表1. */
export function statusText(lang: Lang, status: string | null): string {
  if (status === null) return t(lang, 'statusNotListed');
  const gloss = STATUS_EN[status];
  return lang === 'en' && gloss ? `${status} · ${gloss}` : status;
}

export function partText(lang: Lang, part: string): string {
  const key = {
    intro: 'partIntro',
    table1: 'partTable1',
    table2: 'partTable2',
    annex: 'partAnnex',
    conclusion: 'partConclusion',
  }[part] as Key | undefined;
  return key ? t(lang, key) : part;
}

export type { Key as I18nKey };
