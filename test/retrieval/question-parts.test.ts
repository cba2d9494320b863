/** A message that asks several things, cut into its questions. */
import { describe, expect, it } from 'vitest';
import { questionParts } from '../../src/retrieval/question-parts.js';

describe('questionParts', () => {
  it.each([
    ['第12号决议讲什么？另外第34号呢？', ['第12号决议讲什么？', '另外第34号呢？']],
    [
      'What does Resolution 12 ask of the regional offices, and was it revised?',
      ['What does Resolution 12 ask of the regional offices?', 'was it revised?'],
    ],
    [
      '第12号决议要求区域代表处做什么；另外，会议翻译是怎么安排的？',
      ['第12号决议要求区域代表处做什么？', '另外，会议翻译是怎么安排的？'],
    ],
  ])('cuts %s into its questions', (message, parts) => {
    expect(questionParts(message)).toEqual(parts);
  });

  it('keeps a message that asks one thing whole', () => {
    const one = 'We run a small lab. What does Resolution 12 say about testing centres?';
    expect(questionParts(one)).toEqual([one]);
    expect(questionParts('请介绍一下第12号决议')).toEqual(['请介绍一下第12号决议']);
    // A question mark inside brackets is the asker's doubt about a detail, not a question of its own.
    const bracketed = '讲风筝那个（12号？）这次改了没有？';
    expect(questionParts(bracketed)).toEqual([bracketed]);
  });

  it('keeps "which was X, and which one was Y" whole: one comparison of two sides', () => {
    const pair = 'Resolutions 12 and 34: which of the two is new, and which one was amended?';
    expect(questionParts(pair)).toEqual([pair]);
    // A second "which" asking of something else is a question of its own.
    expect(
      questionParts('Which resolution covers kite safety, and which study group works on it?'),
    ).toEqual(['Which resolution covers kite safety?', 'which study group works on it?']);
  });

  it('keeps the setting before the first question with it', () => {
    expect(questionParts('我们是一家小运营商。第12号决议讲什么？另外第34号呢？')).toEqual([
      '我们是一家小运营商。第12号决议讲什么？',
      '另外第34号呢？',
    ]);
    // Told in the same sentence before 还有: a story, not a first question.
    const told = '好多风筝手的线老是被剪断，还有被人偷的，国际电联有没有专门讲保护风筝手的决议？';
    expect(questionParts(told)).toEqual([told]);
  });

  it('keeps a question that leans on the one before with it', () => {
    expect(questionParts('那个实验室建在哪里了？效果怎么样？')).toEqual([
      '那个实验室建在哪里了？ 效果怎么样？',
    ]);
    expect(questionParts('How many study groups are there, and which?')).toEqual([
      'How many study groups are there, and which?',
    ]);
    expect(questionParts('Is there a clause on training? Where exactly is it?')).toEqual([
      'Is there a clause on training? Where exactly is it?',
    ]);
    // Where the answer stands (which resolution, what item), asked politely, has no topic of its own.
    expect(questionParts('Does anyone help kite clubs? which resolution, what item pls')).toEqual([
      'Does anyone help kite clubs? which resolution, what item pls',
    ]);
    // How they differ, asked after what each does: one comparison.
    expect(questionParts('风筝协会和无人机协会各自管什么事？有什么不一样？')).toEqual([
      '风筝协会和无人机协会各自管什么事？ 有什么不一样？',
    ]);
    // Pointing back at the two (二者, these two): no topic of its own.
    expect(questionParts('风筝协会和无人机协会各自管什么事？二者差别何在？')).toEqual([
      '风筝协会和无人机协会各自管什么事？ 二者差别何在？',
    ]);
    expect(
      questionParts('Who runs the kite clubs and the drone clubs? How do the two differ?'),
    ).toEqual(['Who runs the kite clubs and the drone clubs? How do the two differ?']);
    expect(
      questionParts('Who runs the kite clubs and the drone clubs? What is the difference?'),
    ).toEqual(['Who runs the kite clubs and the drone clubs? What is the difference?']);
    // Pointing back at what it counted (那四个, those 4): asked of that.
    expect(questionParts('听说砍了四个风筝规定，对吧？那四个分别叫什么？')).toEqual([
      '听说砍了四个风筝规定，对吧？ 那四个分别叫什么？',
    ]);
    expect(questionParts('They cut 4 kite rules, right? those 4, which are they?')).toEqual([
      'They cut 4 kite rules, right? those 4, which are they?',
    ]);
    // Telling apart the sides just named, however many status words it has: asked of them.
    expect(
      questionParts(
        'The kite one and the drone one? which one is kite-only and which is unchanged?',
      ),
    ).toEqual(['The kite one and the drone one? which one is kite-only and which is unchanged?']);
    expect(questionParts('风筝那个和无人机那个？哪个是新的，哪个没改？')).toEqual([
      '风筝那个和无人机那个？ 哪个是新的，哪个没改？',
    ]);
  });

  it('keeps the asker’s guess at the answer with the question it answers', () => {
    expect(questionParts('风筝协会要先弄清楚什么？是不是要数一数风筝？')).toEqual([
      '风筝协会要先弄清楚什么？ 是不是要数一数风筝？',
    ]);
    expect(questionParts('What does the kite club check first? Is it the kite count?')).toEqual([
      'What does the kite club check first? Is it the kite count?',
    ]);
    // A status asked after it is a question of its own.
    expect(questionParts('第12号决议讲什么？是不是修订了？')).toHaveLength(2);
  });

  it('joins a greeting that asks nothing yet to the question after it', () => {
    expect(questionParts('在吗？第12号决议讲什么？')).toEqual(['在吗？第12号决议讲什么？']);
  });

  it('does not take a question quoted inside a sentence for one of the asker’s', () => {
    const m = "My boss asked 'why this report?' and I did not know. What is it for?";
    expect(questionParts(m)).toHaveLength(1);
  });

  it('reads a last question typed without its question mark, as chat does', () => {
    expect(questionParts('第12号决议讲什么？还有它要求跟哪些组织合作')).toEqual([
      '第12号决议讲什么？',
      '还有它要求跟哪些组织合作',
    ]);
    expect(questionParts('Who runs the test labs? and who pays for the training courses')).toEqual([
      'Who runs the test labs?',
      'and who pays for the training courses',
    ]);
  });

  it('keeps a note after the question with it', () => {
    const m = 'Why do study groups liaise with the development sector? (res 12)';
    expect(questionParts(m)).toEqual([m]);
    // A remark without its end asks nothing: it is no question typed without its mark.
    const remark = 'What sets 21 apart from 35? both look like training to me';
    expect(questionParts(remark)).toEqual([remark]);
  });

  it('asks the question after a first part that only names the subject of it', () => {
    expect(questionParts('那讲漫游的那个决议呢？我们能申请帮助吗')).toEqual([
      '那讲漫游的那个决议呢？ 我们能申请帮助吗',
    ]);
    // Nigerian Pidgin's "X nko?" (what about X?).
    expect(questionParts('Di kite resolution nko? Dem change am this year?')).toEqual([
      'Di kite resolution nko? Dem change am this year?',
    ]);
  });

  it('keeps a question in another language that only asks "which number?" with the one before', () => {
    // Taglish: anong (what) and po (politeness) are no topic of a question of its own.
    const m = 'may resolution ba na about kite safety? anong number po?';
    expect(questionParts(m)).toEqual([m]);
  });

  it('answers at most three parts', () => {
    const m = '第1号呢？第2号呢？第3号呢？第4号呢？';
    const parts = questionParts(m);
    expect(parts).toHaveLength(3);
    expect(parts[2]).toContain('第4号');
  });
});
