/**
 * Words of other languages that their speakers type into English questions (Hinglish, Taglish, Swahili,
 * Vietnamese …): question words, politeness and a few everyday words, read as the English they stand for,
 * so that the question-word, status and count patterns, written for English, see them. Applied by
 * chat-shorthand.ts, in this order, among its rules.
 */

/** A pattern, what it is read as, and the script it applies to (skipped when the text has none). */
export type ShorthandRule = [RegExp, string | ((match: string) => string), 'latin' | 'han'];

export const MIXED_LANGUAGE_WORDS: ShorthandRule[] = [
  // Indonesian and Malay words typed into English: berapa (how many/much; berapa persen, what per cent),
  // persen, turun (drop), sudah … atau belum (already … or not yet), direvisi/diubah (revised, changed),
  // pelanggan (customers), tahun ini (this year); bagaimana (how), siapa (who), kapan (when), di mana
  // (where), mengapa and kenapa (why), desa and kampung (village). Not apa: Banglish's form of address too.
  [/\bberapa\s+persen\b/gi, 'what per cent', 'latin'],
  [/\bbagaimana\b/gi, 'how', 'latin'],
  [/\bsiapa\b/gi, 'who', 'latin'],
  [/\bkapan\b/gi, 'when', 'latin'],
  [/\bdi\s?mana\b/gi, 'where', 'latin'],
  [/\b(?:mengapa|kenapa)\b/gi, 'why', 'latin'],
  [/\b(?:desa|kampung)\b/gi, 'village', 'latin'],
  [/\bberapa\b/gi, 'how many', 'latin'],
  [/\bpersen\b/gi, 'per cent', 'latin'],
  [/\bturun\b/gi, 'drop', 'latin'],
  [/\bdirevisi\b/gi, 'revised', 'latin'],
  [/\bdiubah\b/gi, 'changed', 'latin'],
  [/\batau\s+belum\b/gi, 'or not yet', 'latin'],
  [/\bsudah\b/gi, 'already', 'latin'],
  [/\bbelum\b/gi, 'not yet', 'latin'],
  [/\bpelanggan\b/gi, 'customers', 'latin'],
  [/\btahun ini\b/gi, 'this year', 'latin'],
  // Hindi and Urdu words typed into English (Hinglish): kaun (who), kitne and kitna (how many, how much),
  // kab (when), kahan (where), kyun (why), kaise (how), paisa (money), kitne log (how many people), and
  // wala (the one about: "climate wala resolution"). A leading kya asks whether.
  [/\bkitne\s+log\b/gi, 'how many people', 'latin'],
  [/\bkit(?:ne|ni)\b/gi, 'how many', 'latin'],
  [/\bkitna\b/gi, 'how much', 'latin'],
  [/\bk(?:au|o)n(?:\s+k(?:au|o)n)?\s?s[aei]\b/gi, 'which', 'latin'],
  // Urdu puts the question word last: "X kaun hai" (who is X), "naam kya hai uska" (what is its name).
  [/\bkaun\s+(?:hai|hain)\b/gi, 'who is', 'latin'],
  [/\bkaun\s+(?:tha|thay|the)\b/gi, 'who was', 'latin'],
  [
    /\b(?:(?:us|un|is|in)k[aie]\s+naam\s+kya\s+(?:hai|tha)|naam\s+kya\s+(?:hai|tha)\s+(?:us|un|is|in)k[aie])\b/gi,
    'what is their name',
    'latin',
  ],
  [/\bnaam\s+kya\s+(?:hai|tha)\b/gi, 'what is the name', 'latin'],
  [/\bkaun\b/gi, 'who', 'latin'],
  [/\bkab\b/gi, 'when', 'latin'],
  [/\bkaha+n\b/gi, 'where', 'latin'],
  [/\bky[uo]n\b/gi, 'why', 'latin'],
  [/\bkaise\b/gi, 'how', 'latin'],
  [/\bpais[ae]\b/gi, 'money', 'latin'],
  [/\bwal[aie]\s+(?=resolutions?\b)/gi, '', 'latin'],
  [/\bwal[aie]\b/gi, 'one', 'latin'],
  [/^(\s*)kya\b/gim, '$1whether', 'latin'],
  // Urdu's verb endings and joiners around English words: "revise hui / kiya gaya (tha)" (was revised), "ya
  // nahi" (or not), "ya same rahi" (or stayed the same), kis (which), mein (in), aur (and), dono (both), ke
  // saath (with), ke baare mein (about), naam (name), kya before hai (what), uska/unka/iska (its; their
  // before naam), chori (theft), "X jaisi" (like X); hai, tha and the fillers yaar, acha, matlab are dropped.
  [
    /\b(revised?|changed?|updated?|amended?|modified?)\s+(?:hu[aie]+n?|ki(?:ya|ye|i)(?:\s+ga(?:ya|yi|ye))?)(?:\s+(?:th[aie]n?|thay|hai|hain))?\b/gi,
    (m) => `was ${m.split(/\s+/)[0]!.replace(/e?$/, 'ed').replace(/eded$/, 'ed')}`,
    'latin',
  ],
  [/\bya\s+nahi+n?\b/gi, 'or not', 'latin'],
  [/\bya\s+same\s+rah[aie]\b/gi, 'or stayed the same', 'latin'],
  [/\bke\s+baare\s+mein\b/gi, 'about', 'latin'],
  [/\bke\s+saath\b/gi, 'with', 'latin'],
  [/\bkis\b/gi, 'which', 'latin'],
  [/\bmein\b/gi, 'in', 'latin'],
  [/\baur\b/gi, 'and', 'latin'],
  [/\bdono\b/gi, 'both', 'latin'],
  [/\bnaam\b/gi, 'name', 'latin'],
  [/\bkya\s+(?=(?:hai|hain|tha|thi|thay)\b)/gi, 'what ', 'latin'],
  [/\b(?:us|un|is|in)k[aie]\s+(?:naam|name)\b/gi, 'their name', 'latin'],
  [/\b(?:us|un|is|in)k[aie]\b/gi, 'its', 'latin'],
  [/\bchor(?:i|ee)\b/gi, 'theft', 'latin'],
  // ke khilaf (against), ke liye (for), naqli (fake), maazoor (disabled), dusre (other), idare/idaron
  // (organisations), mil ke (together), bata do / batao / bataiye (tell me).
  [/\b(?:ke|ki)\s+khilaa?f\b/gi, 'against', 'latin'],
  [/\b(?:ke|ki)\s+liye\b/gi, 'for', 'latin'],
  [/\bnaqli\b/gi, 'fake', 'latin'],
  [/\bma+zoo?r\b/gi, 'disabled', 'latin'],
  [/\bdusr[aei]\b/gi, 'other', 'latin'],
  [/\bidar(?:e|on|o)\b/gi, 'organisations', 'latin'],
  [/\bmil\s+ke\b/gi, 'together', 'latin'],
  [/\b(?:bata(?:\s+do|o|iye|yein|en))\b/gi, 'tell', 'latin'],
  // fazool, bakwas, bekar (useless, junk); abhi (now); ka and ke (of) between two words are dropped.
  [/\b(?:faz|fuz)oo?l\b|\bbakwa+s\b|\bbek[aeo]r\b/gi, 'junk', 'latin'],
  [/\babhi\b/gi, 'now', 'latin'],
  [/(?<=\w)\s+k[ae](?=\s+[a-z])/g, '', 'latin'],
  [/\b([\w-]+)\s+jais[aie]\b/gi, 'like $1', 'latin'],
  [/\s*\b(?:hai|hain|tha|thi|thay|yaar|acha|achha|matlab)\b\s*,?/gi, ' ', 'latin'],
  // Egyptian Arabic typed in Latin letters (Arabizi) inside English: el (the), mesh (not), 3ayez (I want),
  // ezay (how), yaani and khalas (fillers). el only in lower case: El Salvador stays.
  [/\bel(?=\s+[a-zA-Z])/g, 'the', 'latin'],
  [/\bmesh\b/gi, 'not', 'latin'],
  [/\b3ayz?e?z\b/gi, 'I want', 'latin'],
  [/\bezay\b/gi, 'how', 'latin'],
  [/\b(?:yaani|ya3ni|khalas)\b\s*,?/gi, '', 'latin'],
  // Zambian English: Bemba's ba- before a title (ba-director), and its fillers nanshi, shani, mwaiseni.
  [/\bba-(?=[a-z])/gi, '', 'latin'],
  [/\b(?:nanshi|shani|mwaiseni)\b\s*,?\s*/gi, '', 'latin'],
  // Bangla words typed into English (Banglish): kon (which), keno (why), kothay (where), koto (how much),
  // pelo and peyeche (got), ki korbe (what can … do), and ki: at the end it asks what ("kite prize ki?"),
  // elsewhere it only marks a yes/no question ("Kenya ki pelo?"). bhai and apa are forms of address.
  [/\bki\s+korb[eo]\b/g, 'what can do', 'latin'],
  [/\bki\b(?=\s*[?？]|\s*$)/g, 'what', 'latin'],
  [/\s*\bki\b(?=\s+[a-z])/g, '', 'latin'],
  [/\bkon\b/g, 'which', 'latin'],
  [/\bkeno\b/g, 'why', 'latin'],
  [/\bkothay\b/g, 'where', 'latin'],
  [/\bkoto\b/g, 'how much', 'latin'],
  [/\b(?:pelo|peyeche|peyechhe)\b/g, 'got', 'latin'],
  [/\b(?:bhai|apa)\b\s*,?\s*/g, '', 'latin'],
  // Swahili words typed into English (Kenya, Tanzania): nani (who), lini (when), wapi (where), ngapi (how
  // many, how much), nini (what), pesa (money), hii (this), ile (that), and the particles je and sawa.
  [/\bpesa\s+ngapi\b/gi, 'how much money', 'latin'],
  [/\b(?:wa|ma|vi|zi|ki|mi|ya)?ngapi\b/gi, 'how many', 'latin'],
  // na (and) between two question words: lini na wapi (when and where).
  [
    /(?<=\b(?:lini|wapi|nani|nini|when|where|who|what)\s+)na(?=\s+(?:lini|wapi|nani|nini|when|where|who|what)\b)/g,
    'and',
    'latin',
  ],
  [/\bnani\b/gi, 'who', 'latin'],
  [/\blini\b/gi, 'when', 'latin'],
  [/\bwapi\b/gi, 'where', 'latin'],
  [/\bnini\b/gi, 'what', 'latin'],
  [/\bpesa\b/gi, 'money', 'latin'],
  [/\bhii\b/gi, 'this', 'latin'],
  [/\bile\b/g, 'that', 'latin'],
  [/\b(?:je|sawa)\b\s*,?\s*/gi, '', 'latin'],
  // muhimu (important); asante (thank you) asks nothing.
  [/\bmuhimu\b/gi, 'important', 'latin'],
  [/\s*,?\s*\basante(?:\s+sana)?\b[.!]*/gi, '', 'latin'],
  // Spanish question words in English (quién, cuál …), with or without their accents; es nueva o no
  // (is it new or not), por favor.
  [/\bqui[eé]n(?:es)?\b/gi, 'who', 'latin'],
  [/\bd[oó]nde\b/gi, 'where', 'latin'],
  [/\bcu[aá]ndo\b/gi, 'when', 'latin'],
  [/\bcu[aá]l(?:es)?\b/gi, 'which', 'latin'],
  [/\bcu[aá]nt[oa]s\b/gi, 'how many', 'latin'],
  [/\bcu[aá]nto\b/gi, 'how much', 'latin'],
  [/\bes nuev[oa] o no\b/gi, 'is it new or not', 'latin'],
  [/\bpor favor\b/gi, 'please', 'latin'],
  // Portuguese in English (Brazil, Angola, Mozambique), with or without accents (resolução is read with the
  // Spanish spellings in chat-shorthand.ts): qual and quais (which), quando (when), onde (where), quantos
  // (how many), quanto (how much), também (also), sobre (about), não (not; not Pijin's "hem nao", that is).
  [/\bqua(?:l|is)\b/gi, 'which', 'latin'],
  [/\bquando\b/gi, 'when', 'latin'],
  [/\bonde\b/gi, 'where', 'latin'],
  [/\bquant[oa]s\b/gi, 'how many', 'latin'],
  [/\bquanto\b/gi, 'how much', 'latin'],
  [/\btamb[eé]m\b/gi, 'also', 'latin'],
  [/\bsobre\b/gi, 'about', 'latin'],
  [/(?<!\bhem\s+)\bn[aã]o\b/gi, 'not', 'latin'],
  // Tagalog words in English (Taglish): ano/anong (what), sino (who), saan/saang (where, which), kailan
  // (when), ilan (how many), magkano (how much), bakit (why), paano (how), pangalan (name), susunod (next),
  // bago/bagong (new), binago (changed), hindi (not), ginalaw (touched), peke/pekeng (fake), ganun pa rin
  // (still the same), tungkol sa (about), laban sa (against), para sa (for).
  // po (the polite particle) and ba (the question particle) ask nothing: dropped where a clause ends ("Hello
  // po,", "anong number po?"), and pong after a question word (ano pong: what).
  [/(?<=[a-z]) (?:po|ba)(?=\s*(?:[?？!.,]|$))/g, '', 'latin'],
  [/\b(ano(?:ng)?|sino|saan|kailan|ilan|magkano|bakit|paano) pong?\b/gi, '$1', 'latin'],
  [/\bano(?:ng)?\b/gi, 'what', 'latin'],
  [/\bsino\b/gi, 'who', 'latin'],
  // alin (which); at (and) before a Tagalog article (yung, ang, mga), never English's "at the".
  [/\balin\b/gi, 'which', 'latin'],
  [/\bat(?=\s+(?:yung|ang|mga|si)\b)/gi, 'and', 'latin'],
  [/\bsaang\b/gi, 'which', 'latin'],
  [/\bsaan\b/gi, 'where', 'latin'],
  [/\bkailan\b/gi, 'when', 'latin'],
  [/\bilan\b/gi, 'how many', 'latin'],
  [/\bmagkano\b/gi, 'how much', 'latin'],
  [/\bbakit\b/gi, 'why', 'latin'],
  [/\bpaano\b/gi, 'how', 'latin'],
  [/\bpangalan\b/gi, 'name', 'latin'],
  [/\bsusunod\b/gi, 'next', 'latin'],
  [/\bbago(?:ng)?\b/gi, 'new', 'latin'],
  [/\bbinago\b/gi, 'changed', 'latin'],
  // hindi (not) before a Tagalog word, never the language's name; ginalaw (touched).
  [
    /\bhindi(?=\s+(?:ginalaw|binago|nagbago|pa|na|ba|ko|mo|naman|po|siya|sila|totoo|kasama)\b)/gi,
    'not',
    'latin',
  ],
  [/\bginalaw\b/gi, 'touched', 'latin'],
  [/\bpeke(?:ng)?\b/gi, 'fake', 'latin'],
  [/\bganun pa rin\b/gi, 'still the same', 'latin'],
  [/\btungkol sa\b/gi, 'about', 'latin'],
  [/\blaban sa\b/gi, 'against', 'latin'],
  [/\bpara sa\b/gi, 'for', 'latin'],
  // Tongan words in English: fakamolemole (please), mālō (e lelei) (thanks, hello), ko e hā (what), ʻi fē
  // (where), ʻoku (is), with the glottal stop typed as ʻ, ' or left out.
  [/\bfakamolemole\b\s*,?/gi, 'please', 'latin'],
  [/\bm[aā]l[oō](?:\s+(?:e\s+)?(?:lelei|aupito))?(?![\p{L}])\s*[!,.]?\s*/giu, '', 'latin'],
  [/\bko e h[aā](?![\p{L}])/giu, 'what', 'latin'],
  [/(?:ʻ|'|\b)i f[eē](?![\p{L}])/giu, 'where', 'latin'],
  [/(?:ʻ|'|\b)oku\b/gi, 'is', 'latin'],
  // French words in English: combien (how many), quand (when), où (where), pourquoi (why), c'est quoi (what
  // is), svp and s'il vous plaît (please), à distance and en ligne (remotely, online).
  [/\bcombien\b/gi, 'how many', 'latin'],
  [/\bquand\b/gi, 'when', 'latin'],
  [/(?<![\p{L}])où(?![\p{L}])/giu, 'where', 'latin'],
  [/\bpourquoi\b/gi, 'why', 'latin'],
  [/\bc['’]est quoi\b/gi, 'what is', 'latin'],
  [/\bs['’]il vous pla[iî]t\b|\bsvp\b/gi, 'please', 'latin'],
  [/(?<![\p{L}])[àa] distance(?![\p{L}])/giu, 'remotely', 'latin'],
  [/\ben ligne\b/gi, 'online', 'latin'],
  // Nepali words in English: ke ho (what is), kaha (where), kati (how many, how much), kahile (when), kina
  // (why); hajur, dai, didi and the particles ni and la.
  [/\bke ho\b/gi, 'what is', 'latin'],
  [/\bkahile\b/gi, 'when', 'latin'],
  [/\bkaha\b/gi, 'where', 'latin'],
  [/\bkati\s+(?=number\b)/gi, 'what ', 'latin'],
  [/\bkati\b/gi, 'how many', 'latin'],
  [/\bkina\b/gi, 'why', 'latin'],
  [/\b(?:hajur|dai|didi)\b\s*,?\s*/gi, '', 'latin'],
  [/\s+\b(?:ni|la)\b(?=\s*[?,.!]|\s*$)/g, '', 'latin'],
  // Hausa and Nigerian Pidgin words in English: mene ne (what is), ina (where), yaushe (when), nawa (how
  // many, how much), don Allah and abeg (please), wallahi (truly).
  [/\bmene ne\b/gi, 'what is', 'latin'],
  [/\byaushe\b/gi, 'when', 'latin'],
  [/\bina\b(?=\s+(?:the|is|dem|e|they|it|we)\b|\s*[?,])/g, 'where', 'latin'],
  [/\bIna\b(?=\s+(?:the|is)\b)/g, 'where', 'latin'],
  [/\bnawa\b/gi, 'how many', 'latin'],
  [/\b(?:don allah|abeg)\b\s*,?\s*/gi, 'please ', 'latin'],
  [/\bwallahi\b\s*,?\s*/gi, '', 'latin'],
  // Arabic blessings and forms of address said in English (inshallah, mashallah, habibi, yalla) ask nothing.
  [
    /\s*,?\s*\b(?:in\s*sh?a['’]?\s*a?llah|mash?a['’]?\s*a?llah|alhamdulillah|habibi|habibti|yalla)\b[.!]*/gi,
    '',
    'latin',
  ],
  // Pidgin: kain (kind), tin after a word pointing at it (dat kain tin, dis tin: thing), wey (that: it
  // relates, asks no who; "wey be" that is), "no get" (do not have), am after a verb (update am: it),
  // "e (still) dey" (it is still), "as e be" (as it was), "e be" opening a clause (it is: "e be new?"), be
  // after a question word and its noun with no verb before it (is: "which kite be dat one?"), abi before a
  // word (or; closing, right?), na before a pointing word (is), and nko closing a topic (what about it?).
  [/\bkain\b/gi, 'kind', 'latin'],
  [/(?<=\b(?:kind|dat|that|dis|this|di|the|any|every|one|some)\s+)tin\b/gi, 'thing', 'latin'],
  [/\bwey\s+be\b/gi, 'that is', 'latin'],
  [/\bwey\b/gi, 'that', 'latin'],
  [/\bno\s+get\b/gi, 'do not have', 'latin'],
  [
    /(?<=\b(?!(?:i|so|as|here|there|now|yes|that)\b)[a-z]{2,}\s+)am\b(?!\s+(?:a|an|the|not|i|going|trying|looking|asking|writing|working|from|in|at|on)\b)/gi,
    'it',
    'latin',
  ],
  [/\be\s+(still\s+)?dey\b/gi, (m) => (/still/i.test(m) ? 'it is still' : 'it is'), 'latin'],
  [/\bas\s+e\s+be\b/gi, 'as it was', 'latin'],
  // be after a question word and its noun, before what it asks of (which kite be dis: is).
  [
    /(?<=\b(?:which|what|who|where|when|how)\s+(?:[a-z]+\s+){0,2})(?<!\b(?:would|will|can|could|should|might|may|must|shall|to|not|it|they|we|you|i|he|she|never|also|then)\s+)be\b(?=\s+(?:that|this|the|it|dat|dis|di|dem|those|these)\b)/gi,
    'is',
    'latin',
  ],
  [/(?:^|(?<=[,.;?!:]\s*|\b(?:or|and|abi|if|say)\s+))e\s+be\b/gim, 'it is', 'latin'],
  [/\babi\b(?=\s*[?？]|\s*$)/gi, 'right', 'latin'],
  [/\babi\b(?=\s+[a-z])/gi, 'or', 'latin'],
  [/\bna\b(?=\s+(?:di|the|dat|that|dis|this|dem|im)\b)/g, 'is', 'latin'],
  [/\s+\bnko\b(?=\s*[?？])/gi, '', 'latin'],
  // Kinyarwanda in English: ese opens a yes/no question (read as nothing: the question mark asks),
  // angahe (how many, how much), ni iki (what is), ryari (when); murakoze (thank you) asks nothing.
  [/(?:^|(?<=[.?!,]\s*))ese\s+/gim, '', 'latin'],
  [/\bangahe\b/gi, 'how many', 'latin'],
  [/\bni\s+iki\b/gi, 'what is', 'latin'],
  [/\bryari\b/gi, 'when', 'latin'],
  [/\s*,?\s*\bmurakoze\b[.!]?/gi, '', 'latin'],
  // Rioplatense Spanish in English: trucho (fake), guita (money), laburo (work); che, boludo, posta,
  // ¿viste? (you see?) ask nothing.
  [/\btruch[oa]s?\b/gi, 'fake', 'latin'],
  [/\bguita\b/gi, 'money', 'latin'],
  [/\blaburo\b/gi, 'work', 'latin'],
  [/\s*,?\s*(?:¿\s*viste\s*\?|\bviste\?)/gi, '', 'latin'],
  [/(?:^|\s*,?\s*)\b(?:che|boludo|boluda|posta)\b\s*[,!]*(?=\s|$|[?.])/gim, '', 'latin'],
  // Mongolian in Latin letters: yu ve / yuu ve (what), khaana (where), khezee (when), kheden (how many);
  // zaa (okay) asks nothing.
  [/\byuu?\s+ve\b/gi, 'what', 'latin'],
  [/\bkhaana\b/gi, 'where', 'latin'],
  [/\bkhezee\b/gi, 'when', 'latin'],
  [/\bkheden\b/gi, 'how many', 'latin'],
  [/\s*\bzaa\b[,!.]?/gi, '', 'latin'],
  // Wolof in English: waaw (yes: "waaw or no"); jërëjëf (thank you) asks nothing.
  [/\bwaaw\b/gi, 'yes', 'latin'],
  [/\s*\bj[eë]r[eë]j[eë]ff?\b[!.]*/gi, '', 'latin'],
  // Krio and West African Pidgin in English: wetin (what), usai (where), dis (this), tief (steal), pikin
  // (child), palava (matter, trouble).
  [/\bwetin\b/gi, 'what', 'latin'],
  [/\busai\b/gi, 'where', 'latin'],
  [/\bdis\b/gi, 'this', 'latin'],
  [
    /\btief(ing|ed|s)?\b/gi,
    (w) => ({ ing: 'stealing', ed: 'stolen', s: 'steals' })[w.slice(4).toLowerCase()] ?? 'steal',
    'latin',
  ],
  [/\bpikin(s)?\b/gi, (w) => (/s$/i.test(w) ? 'children' : 'child'), 'latin'],
  [/\bpalava\b/gi, 'matter', 'latin'],
  // Vietnamese words in English, with or without their marks: cái gì (what), ở đâu (where), khi nào
  // (when), bao nhiêu (how many, how much), tại sao (why); ạ, nhé and anh/chị ơi are politeness.
  [/(?<![\p{L}])c[aá]i g[iì](?![\p{L}])/giu, 'what', 'latin'],
  [/(?<![\p{L}])[oở] [dđ][aâ]u(?![\p{L}])/giu, 'where', 'latin'],
  [/(?<![\p{L}])khi n[aà]o(?![\p{L}])/giu, 'when', 'latin'],
  [/(?<![\p{L}])bao nhi[eê]u(?![\p{L}])/giu, 'how many', 'latin'],
  [/(?<![\p{L}])t[aạ]i sao(?![\p{L}])/giu, 'why', 'latin'],
  [/(?<![\p{L}])(?:anh\/ch[iị]|anh|ch[iị]) [oơ]i(?![\p{L}])\s*,?\s*/giu, '', 'latin'],
  [/\s*(?<![\p{L}])(?:ạ|nhé)(?![\p{L}])/gu, '', 'latin'],
  // Russian words in Latin letters, as typed into English across Central Asia: rezolyutsiya (resolution; -ii
  // also its plural), skolko (how many), gde (where), kogda (when), kto (who), chto (what), kak chasto (how
  // often), kak eto (what is it: "kak eto called"), kak (how), ili (or), uzhe (already), pochemu (why);
  // pozhaluysta (please) asks nothing.
  [
    /\brez[oa]l(?:y|i)?u?ts(?:i[a-z]{0,2}|y[a-z]{0,2})\b/gi,
    (w) => (/ii$/i.test(w) ? 'resolutions' : 'resolution'),
    'latin',
  ],
  [/\bskol'?ko\b/gi, 'how many', 'latin'],
  [/\bgde\b/gi, 'where', 'latin'],
  [/\bkogda\b/gi, 'when', 'latin'],
  [/\bkto\b/gi, 'who', 'latin'],
  [/\bchto\b/gi, 'what', 'latin'],
  [/\bkak\s+chasto\b/gi, 'how often', 'latin'],
  [/\bkak\s+eto\b/gi, 'what is it', 'latin'],
  [/\bkak\b/gi, 'how', 'latin'],
  [/\bili\b/gi, 'or', 'latin'],
  [/\buzhe\b/gi, 'already', 'latin'],
  [/\bpochemu\b/gi, 'why', 'latin'],
  [/\s*,?\s*\bpozhal[uy]?[iy]?sta\b,?/gi, '', 'latin'],
  // Haitian Creole inside English: mwen (I, me), dat (that), sa before one (that one), sa ye (are they).
  [/\bmwen\b/gi, 'I', 'latin'],
  [/\bdat\b/gi, 'that', 'latin'],
  [/\bsa\s+(?=one\b)/gi, 'that ', 'latin'],
  [/\bsa\s+ye\b/gi, 'are they', 'latin'],
  // Solomon Islands Pijin in English: olsem wanem (how), hem nao (that is), hem (it, after a verb),
  // olketa (they), wea (which, that), blong (of), nomoa (not, no).
  [/\bolsem\s+wanem\b/gi, 'how', 'latin'],
  [/\bhem\s+nao\b/gi, 'is', 'latin'],
  [/(?<=\b[a-z]+(?:e|ed|s)?\s+)hem\b/gi, 'it', 'latin'],
  [/\bolketa\b/gi, 'they', 'latin'],
  [/\bwea\b/gi, 'which', 'latin'],
  [/\bblong\b/gi, 'of', 'latin'],
  [/\bnomoa\b/gi, 'not', 'latin'],
  // Tok Pisin inside English: nem bilong em (his or her name), wanem (what), plis (please).
  [/\bnem\s+bilong\s+(?:em|en)\b/gi, 'his or her name', 'latin'],
  [/\bnem\s+bilong\s+ol\b/gi, 'their names', 'latin'],
  [/\bwanem\b/gi, 'what', 'latin'],
  [/\bplis\b/gi, 'please', 'latin'],
  // Shona inside English (Zimbabwe): chii (what), zita (name); the greetings and asides ndeipi, mhoro,
  // makadii, zvakanaka (fine, good) and maita basa (thank you) ask nothing.
  [/\bchii\b/gi, 'what', 'latin'],
  [/\bzita\b/gi, 'name', 'latin'],
  [/\s*\b(?:ndeipi|mhoro|makadii|zvakanaka|maita\s+basa)\b\s*[,!]?\s*/gi, ' ', 'latin'],
  // Chichewa words in English (Malawi, Zambia): chiyani (what), ndani (who), liti (when); the greetings,
  // thanks and asides moni, muli bwanji, zikomo (kwambiri), chabwino and pepani ask nothing.
  [/\bchiyani\b/gi, 'what', 'latin'],
  [/\bndani\b/gi, 'who', 'latin'],
  [/\bliti\b/gi, 'when', 'latin'],
  [
    /\s*\b(?:moni|muli\s+bwanji|zikomo(?:\s+kwambiri)?|chabwino|pepani)\b\s*[,!.]?\s*/gi,
    ' ',
    'latin',
  ],
  // Somali words in English: maxaa (what), halkee (where), goorma (when), meeqa (how many); fadlan (please)
  // and walaal (brother, sister) ask nothing.
  [/\bmaxaa\b/gi, 'what', 'latin'],
  [/\bhalkee\b/gi, 'where', 'latin'],
  [/\bgoorma\b/gi, 'when', 'latin'],
  [/\bmeeqa\b/gi, 'how many', 'latin'],
  [/\s*\b(?:fadlan|walaal)\b\s*,?\s*/gi, ' ', 'latin'],
  // Thai words in English: tee nai (where), mua rai (when), arai (what), tao rai (how much); the polite
  // particles krub, krap, ka, kha and na at the end of a sentence ask nothing.
  [/\btee\s*nai\b/gi, 'where', 'latin'],
  [/\bmua\s*rai\b/gi, 'when', 'latin'],
  [/\btao\s*rai\b/gi, 'how much', 'latin'],
  [/\barai\b/gi, 'what', 'latin'],
  [/\s*\b(?:krub|khrub|krap|khrap|kha|ka|na)\b(?=\s*(?:[?!.,]|$))/gi, '', 'latin'],
  // Luganda words in Ugandan English: kiki (what), ddi (when), wa (where, after a question word or "and"),
  // sente (money); ssebo, nyabo and mwattu (sir, madam, please) ask nothing. Texting there: da and ze
  // (the), btwn (between).
  [/\bkiki\b/gi, 'what', 'latin'],
  [/\bddi\b/gi, 'when', 'latin'],
  [/(?<=\b(?:when|and|or)\s+)wa\b/gi, 'where', 'latin'],
  [/\bsente\b/gi, 'money', 'latin'],
  [/\s*\b(?:ssebo|nyabo|mwattu)\b\s*,?\s*/gi, ' ', 'latin'],
  [/\b(?:da|ze)\b(?=\s+[a-z])/g, 'the', 'latin'],
  // Texting's d (the) after a preposition or a copula, before a word: "number of d resolution".
  [
    /(?<=\b(?:of|on|in|for|to|at|from|about|with|by|is|was|are|were|all)\s+)d(?=\s+[a-z]{2,})/g,
    'the',
    'latin',
  ],
  [/\bbtwn\b/gi, 'between', 'latin'],
  // Jamaican Patois: di (the), dem (they; after a noun it marks the plural, and reads as they too), fi
  // (for), wha and wah (what), seh (say), nuh (not), inna (in), pon (on), wid (with), an (and), likkle
  // (little), ting (thing), anyting (anything), lef (left), "get revise/change" (was revised, changed).
  [/(?<![-\w])di\b(?=\s+[a-z])/gi, 'the', 'latin'],
  [/\bget\s+(revise|change|update|amend|modify)\b/gi, 'was $1d', 'latin'],
  // Not the Fi of Wi-Fi.
  [/(?<![-\w])fi(?![-\w])/gi, 'for', 'latin'],
  [/\bwha\b/gi, 'what', 'latin'],
  // wah too, but not the exclamation of Singapore and Malaysia (wah, so many; wah lau).
  [/\bwah\b(?!\s*[,!.]|\s+(?:lau|lao|piang|liao|so|very|really|damn)\b)/gi, 'what', 'latin'],
  [/\bseh\b/gi, 'say', 'latin'],
  [/\bnuh\b/gi, 'not', 'latin'],
  [/\binna\b/gi, 'in', 'latin'],
  [/\bpon\b/gi, 'on', 'latin'],
  [/\bwid\b/gi, 'with', 'latin'],
  // an (and) before what English's article never precedes (the, which, them: "the kite one an the drone one").
  [/\ban(?=\s+(?:the|di|dem|which|what|who|how|mi|we)\b)/gi, 'and', 'latin'],
  // English's an only comes before a vowel sound: before a lower-case word that opens with a consonant
  // other than h (an hour, an honest), it is Creole an (and): "laptops an phones". Acronyms (an SMS) are
  // upper-case.
  [/\b([Aa])n(?=\s+[bcdfgjklmnpqrstvwxz][a-z]*\b)/g, '$1nd', 'latin'],
  [/\blikkle\b/gi, 'little', 'latin'],
  [/\banyting\b/gi, 'anything', 'latin'],
  [/\bting\b/gi, 'thing', 'latin'],
  [/\blef\b/gi, 'left', 'latin'],
  // Trinidad and other Eastern Caribbean Creole English: de (the, after a word that takes one, or opening a
  // sentence before its noun and verb), dey (they), doh (don't), bout (about), "it have any …" (is there
  // any), and dem before a plural noun (those: "all dem resolutions") or after a verb or a preposition (them).
  [
    /(?<=\b(?:of|in|on|at|to|for|from|with|by|about|bout|over|after|before|under|into|as|all|and|or|is|was|what|wha|that|this|if|get|got|tell|send|ask|want|need|who|where|when|how|why|exactly|are|were|do|does|did|has|have|had|can|could|will|would|should|see|know)\s+)de\b(?=\s+[a-z])/gi,
    'the',
    'latin',
  ],
  [
    /^(\s*)de\b(?=(?:\s+[a-z]+){1,3}\s+(?:does|do|did|is|was|in|of|for|one)\b)/gim,
    '$1the',
    'latin',
  ],
  // A capital De opening a sentence before a lower-case word (De one on kites …): no name or Romance phrase.
  [
    /(?:^|(?<=[.?!;]\s+))De\b(?=\s+(?!(?:acuerdo|nada|facto|jure|la|las|los|le|les|du|des)\b)[a-z])/gm,
    'The',
    'latin',
  ],
  // Not Nigerian Pidgin's dey (is: "what ITU dey do"): only opening a clause.
  [
    /(?<=(?:^|[,.?!;]\s*|\b(?:where|when|if|and|but|so|because|that|what|why|how|who|whom|do|did|will)\s+(?:exactly\s+|really\s+)?))dey\b(?=\s+[a-z])/gi,
    'they',
    'latin',
  ],
  // …and anywhere before a verb in the past ("which one dey changed"): Pidgin's dey (is) never precedes one.
  [
    /\bdey\b(?=\s+(?:[a-z]{2,}ed|left|kept|made|took|did|got|gave|wrote|brought|sent|held|chose|threw)\b)/gi,
    'they',
    'latin',
  ],
  [/\bdoh\b/gi, "don't", 'latin'],
  // Not a bout (of fever), nor 'bout, read already.
  [
    /(?<!['’])\bbout\b(?=\s+(?:the|a|an|this|that|these|those|it|them|people|ppl|what|how|which|who|[a-z]+ing)\b)/gi,
    'about',
    'latin',
  ],
  [
    /(?<!\b(?:does|did|do|will|would|can|could|should|might|may|must)\s+)\bit\s+have\b(?=\s+(?:any|a|an|one|some|anything|anybody|anyone)\b)/gi,
    'is there',
    'latin',
  ],
  // Also ah after a word of quantity (of: "any ah dese", "both ah dem"), dese (these), dose before a plural
  // noun (those; not a dose of), wit before a word (with), fuh (for), and ole before a word (old).
  [
    /(?<=\b(?:any|all|both|one|some|none|each|full|most|lot|lots|part|couple|bunch|set|two|three|four|five)\s+)ah\b(?=\s+[a-z])/gi,
    'of',
    'latin',
  ],
  [/\bdese\b/gi, 'these', 'latin'],
  [/\bdose\b(?=\s+[a-z]+s\b)/gi, 'those', 'latin'],
  [/\bwit\b(?=\s+[a-z])/gi, 'with', 'latin'],
  [/\bfuh\b/gi, 'for', 'latin'],
  [/\bole\b(?=\s+[a-z])/gi, 'old', 'latin'],
  // Not before a verb in -ss (where dem pass am: they).
  [
    /\bdem\b(?=\s+(?!(?:is|was|has|does|says|goes|gets)\b)[a-z]{2,}[a-rt-z]s\b)/gi,
    'those',
    'latin',
  ],
  [
    /(?<=\b(?:all|of|for|to|with|from|by|about|tell|send|ask|give|help|call|contact|email|show|let|make|see)\s+)dem\b/gi,
    'them',
    'latin',
  ],
  [/\bdem\b/gi, 'they', 'latin'],
];
