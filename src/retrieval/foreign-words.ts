/**
 * A question written mostly in a language the word lists do not hold (Tagalog or Swahili typed in Latin
 * letters, English terms among its words): its lower-case words are that language's, so they are neither
 * misspellings to correct (namin is no slip of naming) nor terms the document never uses. Its English terms
 * and its names still count.
 *
 * Two signs, either enough: English's commonest small words are nearly absent from a question of some
 * length while words no list knows are in it; or words no list knows are many. Word lists alone miss it, as
 * they hold many short strings of other languages (ano, yung).
 */

/** The commonest English function words: about a third of any English sentence. */
const ENGLISH_SMALL_WORDS = new Set(
  'the a an of to in on at for with from by about as is are was were be been am do does did has have had what which who whom how when where why whether if and or but not no it its this that these those there here can could will would should may might must any all some i we you he she they me us my our your their'.split(
    ' ',
  ),
);
/** Fewer Latin words than this say too little (a keyword query has no small words either). */
const MIN_WORDS = 8;
/** Below this share of small words, with at least this many unknown words, the text is not English. */
const SMALL_SHARE = 0.15;
const MIN_UNKNOWN_FEW_SMALL = 2;
/** Or from this share of unknown words on (of those of three letters or more), and this many. */
const UNKNOWN_SHARE = 0.4;
const MIN_UNKNOWN = 4;

/**
 * Small words of languages often mixed into English in chat: two different ones of one language say the
 * message switches into it (…free po ba, or …), however many English words are around them.
 */
const SWITCH_MARKERS = [
  // Tagalog
  'po ba na yung ang ng mga naman kasi lang sila kami namin ako diba talaga',
  // Swahili (and Sheng, Nairobi's mix of it with English)
  'kwa hii hiyo lakini tafadhali habari nini wapi gani sasa ama iko lazima sana bado pia manze',
  // Malay, Indonesian
  'yang tidak saya untuk tolong boleh sudah belum juga',
  // Hindi, Urdu
  'kya nahi nahin bhai yaar kaise kyun kyon aur hain',
].map((list) => new Set(list.split(' ')));
const MIN_MARKERS = 2;

export function inAnotherLanguage(text: string, knows: (word: string) => boolean): boolean {
  const words = (text.match(/(?<![\p{L}\p{N}'’-])\p{L}+(?![\p{L}\p{N}'’-])/gu) ?? [])
    .filter((w) => /^[A-Za-z]+$/.test(w))
    .map((w) => w.toLowerCase());
  const distinct = new Set(words);
  if (SWITCH_MARKERS.some((m) => [...m].filter((w) => distinct.has(w)).length >= MIN_MARKERS))
    return true;
  if (words.length < MIN_WORDS) return false;
  const long = words.filter((w) => w.length >= 3);
  const unknown = long.filter((w) => !knows(w)).length;
  const small = words.filter((w) => ENGLISH_SMALL_WORDS.has(w)).length;
  return (
    (small < words.length * SMALL_SHARE && unknown >= MIN_UNKNOWN_FEW_SMALL) ||
    (unknown >= MIN_UNKNOWN && unknown >= long.length * UNKNOWN_SHARE)
  );
}
