/**
 * The words attribution is read by, per language. English first; a language without a
 * lexicon of its own is read with the English one (most scraped wire copy in other languages
 * still quotes with marks, which need no words). Each list is small and hand-written: the
 * verbs and phrases news writing uses to report speech, writing and stated belief.
 */

export interface AttributionLexicon {
  /** Verbs that introduce speech right beside a quote: "…," she said. / He told reporters: "…" */
  quoteVerbs: readonly string[];
  /** Verbs and phrases that report speech or stated belief without quote marks. */
  reportVerbs: readonly string[];
  /** Participles of reporting verbs: ", saying the plan …" (the source is the clause's subject). */
  participles: readonly string[];
  /** Verbs whose object comes before the content: "told reporters that …", "asked the court to …". */
  withObject: readonly string[];
  /** Pronouns that name a source without naming it. */
  pronouns: readonly string[];
}

const QUOTE_VERBS = [
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'asked', 'asks', 'wrote', 'writes', 'explained', 'explains',
  'noted', 'notes', 'continued', 'continues', 'replied', 'replies', 'responded', 'responds', 'insisted', 'insists',
  'argued', 'argues', 'warned', 'warns', 'stressed', 'stresses', 'declared', 'declares', 'recalled', 'recalls',
  'concluded', 'remarked', 'commented', 'announced', 'acknowledged', 'admitted', 'admits', 'claimed', 'claims',
  'observed', 'tweeted', 'posted', 'joked', 'jokes', 'quipped', 'shouted', 'yelled', 'cried', 'exclaimed',
  'conceded', 'predicted', 'suggested', 'suggests', 'complained', 'boasted', 'countered', 'agreed', 'mused',
  'recounted', 'proclaimed', 'promised', 'vowed', 'urged', 'demanded', 'confirmed', 'reiterated', 'repeated',
  'emphasized', 'emphasised', 'underscored', 'underlined', 'stated', 'states', 'added', 'offered', 'pleaded',
  'chimed', 'snapped', 'whispered', 'laughed', 'sighed', 'lamented', 'scoffed', 'wondered', 'thundered',
  'declared', 'marveled', 'bragged', 'charged', 'contended', 'maintained', 'objected', 'pointed out', 'went on',
  'said in a statement', 'wrote on Twitter', 'told reporters',
];

const REPORT_VERBS = [
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'argued', 'argues', 'argue', 'warned', 'warns', 'warn',
  'claimed', 'claims', 'claim', 'believes', 'believe', 'believed', 'thinks', 'think', 'thought', 'noted', 'notes',
  'suggested', 'suggests', 'suggest', 'announced', 'announces', 'reported', 'reports', 'wrote', 'writes',
  'acknowledged', 'acknowledges', 'insisted', 'insists', 'explained', 'explains', 'stated', 'states', 'predicted',
  'predicts', 'estimated', 'estimates', 'found', 'finds', 'shows', 'showed', 'show', 'denied', 'denies', 'accused',
  'accuses', 'urged', 'urges', 'promised', 'promises', 'vowed', 'vows', 'pledged', 'pledges', 'confirmed',
  'confirms', 'revealed', 'reveals', 'recalled', 'recalls', 'admitted', 'admits', 'contended', 'contends',
  'maintained', 'maintains', 'agreed', 'agrees', 'stressed', 'stresses', 'emphasized', 'emphasised', 'indicated',
  'indicates', 'conceded', 'concedes', 'hopes', 'hoped', 'expects', 'expected', 'fears', 'feared', 'knows', 'knew',
  'asserted', 'asserts', 'alleged', 'alleges', 'complained', 'complains', 'declared', 'declares', 'tweeted',
  'boasted', 'cautioned', 'concluded', 'concludes', 'testified', 'responded', 'replied', 'countered', 'mentioned',
  'proposed', 'proposes', 'questioned', 'wondered', 'criticized', 'criticised', 'blamed', 'blames', 'praised',
  'called', 'calls', 'described', 'describes', 'according to',
  // stated positions, plans and beliefs are attributions too ("she wants the law repealed")
  'wants', 'wanted', 'plans', 'planned', 'intends', 'intended', 'feels', 'felt', 'sees', 'saw', 'doubts', 'doubted',
  'worries', 'worried', 'supports', 'supported', 'endorsed', 'endorses', 'backed', 'backs', 'opposes', 'opposed',
  'cited', 'cites', 'rejected', 'rejects', 'defended', 'defends', 'disputed', 'disputes', 'signaled', 'signalled',
  'demanded', 'demands', 'understands', 'learned', 'assured', 'assures', 'reminded', 'informed', 'announced',
];

const PARTICIPLES = [
  'saying', 'adding', 'arguing', 'warning', 'claiming', 'noting', 'suggesting', 'insisting', 'explaining',
  'telling', 'stating', 'asserting', 'calling', 'describing', 'accusing', 'predicting', 'acknowledging',
  'promising', 'vowing', 'urging', 'stressing', 'declaring', 'complaining', 'admitting', 'conceding',
  'citing', 'arguing', 'questioning', 'demanding', 'insisting', 'recalling', 'referring',
];

const WITH_OBJECT = ['told', 'tells', 'telling', 'asked', 'asks', 'asking', 'urged', 'urges', 'assured', 'assures', 'reminded', 'informed'];

const PRONOUNS = ['he', 'she', 'they', 'we', 'i', 'it'];

export const ENGLISH: AttributionLexicon = {
  quoteVerbs: QUOTE_VERBS,
  reportVerbs: REPORT_VERBS,
  participles: PARTICIPLES,
  withObject: WITH_OBJECT,
  pronouns: PRONOUNS,
};

const LEXICONS: Record<string, AttributionLexicon> = {en: ENGLISH};

/** The lexicon for an ISO 639-1 code; English when the language is unknown or has none. */
export function lexiconFor(language: string | null | undefined): AttributionLexicon {
  return (language && LEXICONS[language]) || ENGLISH;
}

/** Alternation of phrases for a regex, longest first so "pointed out" wins over "pointed". */
export function alternation(words: readonly string[]): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
}

/**
 * `alternation(words)` written as a trie, for lists of lower-case ASCII words and phrases (one
 * space between words); null for any other list. "said|says|saying" becomes
 * "sa(?:y(?:s|ing)|id)": a regex tries only the branch of the letter it meets, not every word
 * in turn at each place (the cue-word gate runs over every paragraph of the body).
 *
 * It matches what `alternation` matches, where `alternation` would: at one place the branches
 * of a node start with different letters (or one with white space), so at most one of them
 * can go on, and a node's longer words are tried before its own (the empty alternative,
 * last), as `alternation` tries the longest word first. Letters stay literals, as in
 * `alternation`, so the `i` flag folds them the same way.
 */
export function trieAlternation(words: readonly string[]): string | null {
  if (!words.every((w) => /^[a-z]+(?: [a-z]+)*$/.test(w))) return null;
  interface Node {
    next: Map<string, Node>;
    end: boolean;
  }
  const root: Node = {next: new Map(), end: false};
  for (const w of new Set(words)) {
    let node = root;
    for (const ch of w) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = {next: new Map(), end: false}));
      node = child;
    }
    node.end = true;
  }
  const write = (node: Node): string => {
    const alts = [...node.next].map(([ch, child]) => (ch === ' ' ? '\\s+' : ch) + write(child));
    if (node.end && alts.length) alts.push('');
    if (alts.length === 0) return '';
    return alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
  };
  return write(root);
}

/** Words that are never a speaker on their own: days, months and time words. */
export const NOT_A_SOURCE = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'today', 'yesterday',
  'tomorrow', 'tonight', 'recently', 'later', 'earlier', 'also', 'then', 'once', 'again', 'previously', 'reportedly',
  'it', 'this', 'that', 'there', 'which', 'what', 'who', 'one', 'but', 'and', 'so', 'yet', 'the', 'a', 'an',
]);

/** Titles written before a name: "Sen. Jane Doe", "President Doe". Dropped from a speaker's name. */
export const TITLE_WORDS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'sen', 'senator', 'rep', 'representative', 'gov', 'governor', 'lt', 'gen', 'general',
  'col', 'sgt', 'capt', 'captain', 'adm', 'rev', 'atty', 'prof', 'professor', 'president', 'vice', 'prime', 'minister',
  'secretary', 'ceo', 'cfo', 'coo', 'chairman', 'chairwoman', 'chair', 'mayor', 'judge', 'justice', 'chief', 'director',
  'sir', 'lord', 'lady', 'king', 'queen', 'pope', 'officer', 'detective', 'sergeant', 'coach', 'commissioner',
  'ambassador', 'deputy', 'acting', 'former', 'speaker', 'congressman', 'congresswoman', 'sheriff', 'attorney',
]);
