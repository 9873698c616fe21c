/**
 * LIX (läsbarhetsindex, Björnsson 1968) for Bokmål message strings. Pure functions, no I/O:
 * scripts/plain/check.ts applies them to locales/nb.json, test/unit/plain/lix.test.ts to fixtures.
 *
 *   LIX = words / sentences + 100 × longWords / words        long word = more than 6 letters
 *
 * Rough scale for Norwegian: < 30 very easy, 30–40 easy, 40–50 medium, 50–60 hard, > 60 very hard.
 *
 * How a message is counted (the choices a LIX tool has to make, made here once):
 *
 * - Placeholders (`{name}`, `{amount}`, `{deadline}`) count as ONE SHORT WORD. Nearly all of them
 *   stand for a number, a date or a name, which the reader reads as one chunk; dropping them would
 *   make sentences look shorter than they are. vue-i18n literals (`{'@'}`) become their text.
 * - A word is a whitespace-separated token with at least one letter or digit, after leading and
 *   trailing punctuation is peeled off: «Jeg → Jeg, (vedtaket). → vedtaket, EØS-land, e-post,
 *   f.eks., 2/3 and skatteetaten.no are each one word. Bare punctuation (§, –, …) is no word.
 * - A word is long when it has more than 6 LETTERS (\p{L}); digits are not letters, so a number
 *   or a year is always short, and the dots of f.eks. or a domain are not counted.
 * - A sentence ends at . ! ? or … (after any closing » " ) ]) when the next token starts with a
 *   capital letter or a placeholder, or at the end of the message, or at a line break. So:
 *     · "f.eks. Sverige", "jf. § 8", "bl.a. UDI": a known abbreviation never ends a sentence;
 *     · "1. mai", "15. 3. 2024": an ordinal or a date is followed by lower case or a digit, so
 *       it does not end one either (Norwegian does not begin a sentence with a digit or §);
 *     · "introduksjonsloven § 8 gjelder": § and its number are plain words in the sentence;
 *     · "skatteetaten.no (folkeregisteret)": a dot inside a token is never a sentence end.
 * - A colon ends a sentence only when a capital letter follows ("Merk: En regel …"), as in
 *   Björnsson's count; "Dato: {date}" and "Du får {share}: omtrent …" stay one sentence.
 * - A message without final punctuation (a title, a button, an option) is one sentence.
 *   A message with no words at all has 0 words and 0 sentences.
 */

/** A private-use character stands in for a placeholder: no letter, no digit, no capital. */
const SLOT = '\uE000'

/** `{name}` placeholders, as vue-i18n writes them (same pattern as scripts/i18n/check.ts). */
const PLACEHOLDER = /\{\s*[A-Za-z_]\w*\s*\}/g
/** vue-i18n literal interpolation: `{'@'}` prints `@`. */
const LITERAL = /\{'([^']*)'\}/g

/** Common Norwegian abbreviations that end in a full stop but do not end a sentence. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'adr.', 'alt.', 'ang.', 'avd.', 'bl.a.', 'bokst.', 'ca.', 'd.d.', 'd.s.', 'dvs.', 'e.l.', 'ekskl.',
  'etc.', 'ev.', 'evt.', 'f.', 'f.eks.', 'f.o.m.', 'ff.', 'fhv.', 'fig.', 'flg.', 'forts.', 'fr.o.m.',
  'gl.', 'hhv.', 'ifb.', 'ifm.', 'iflg.', 'iht.', 'inkl.', 'jf.', 'jfr.', 'jnr.', 'kap.', 'kl.', 'm.a.o.',
  'm.fl.', 'm.m.', 'md.', 'mht.', 'mill.', 'mnd.', 'mrd.', 'mv.', 'nr.', 'o.a.', 'o.fl.', 'o.l.', 'obs.',
  'osv.', 'p.t.', 'pga.', 'pkt.', 'pr.', 'pt.', 'ref.', 's.', 'sml.', 'st.', 'stk.', 'str.', 't.o.m.',
  'tab.', 'tlf.', 'vedk.', 'vedr.', 'vha.', 'vs.', 'årg.',
])

const OPENERS = /^[«"“'‘(\[¿¡\u2068\u2069]+/u
const CLOSERS = /[»"”'’)\]\u2068\u2069]+$/u
const WORD_CHAR = /[\p{L}\p{N}\uE000]/u
const EDGE_JUNK = /^[^\p{L}\p{N}\uE000]+|[^\p{L}\p{N}\uE000]+$/gu

export interface TextStats {
  words: number
  sentences: number
  longWords: number
}

/** The message as the reader sees it, counting-wise: placeholders become one short word. */
export function stripPlaceholders(message: string): string {
  return message.replace(LITERAL, '$1').replace(PLACEHOLDER, SLOT)
}

/** The word inside a token, punctuation peeled off both ends ('' when there is no word). */
function core(token: string): string {
  return WORD_CHAR.test(token) ? token.replace(EDGE_JUNK, '') : ''
}

export function letterCount(word: string): number {
  return (word.match(/\p{L}/gu) ?? []).length
}

export function isLongWord(word: string): boolean {
  return letterCount(word) > 6
}

/** Does the token `next` begin a sentence (after any opening quote or bracket)? */
function startsSentence(next: string, colon: boolean): boolean {
  const first = [...next.replace(OPENERS, '')][0] ?? ''
  if (first === SLOT) return !colon
  return /\p{Lu}/u.test(first)
}

/** Does a sentence end after `token`, given the token that follows? */
function endsSentence(token: string, next: string | undefined): boolean {
  const bare = token.replace(CLOSERS, '')
  const last = bare.slice(-1)
  if (last === '' || !'.!?…:'.includes(last)) return false
  if (next === undefined) return true
  if (last === ':') return startsSentence(next, true)
  if (last === '.' && ABBREVIATIONS.has(bare.replace(OPENERS, '').toLowerCase())) return false
  return startsSentence(next, false)
}

/**
 * The sentences of a message, each as its list of words (placeholders appear as U+E000).
 * Segments without a word (a stray "–") are dropped.
 */
export function sentenceWords(message: string): string[][] {
  const out: string[][] = []
  for (const line of stripPlaceholders(message).split(/\r?\n/)) {
    const tokens = line.split(/\s+/).filter((t) => t !== '')
    let current: string[] = []
    tokens.forEach((token, i) => {
      const word = core(token)
      if (word !== '') current.push(word)
      if (endsSentence(token, tokens[i + 1])) {
        if (current.length) out.push(current)
        current = []
      }
    })
    if (current.length) out.push(current)
  }
  return out
}

/** The words of a message (placeholders as U+E000). */
export function words(message: string): string[] {
  return sentenceWords(message).flat()
}

/** The sentences of a message as text, for reports and tests (placeholders shown as {…}). */
export function sentences(message: string): string[] {
  return sentenceWords(message).map((s) => s.join(' ').replaceAll(SLOT, '{…}'))
}

export function textStats(message: string): TextStats {
  const s = sentenceWords(message)
  const all = s.flat()
  return { words: all.length, sentences: s.length, longWords: all.filter(isLongWord).length }
}

/** Several messages read as one text: counts add up (a group's LIX is not a mean of LIXes). */
export function pool(stats: readonly TextStats[]): TextStats {
  return stats.reduce((a, b) => ({ words: a.words + b.words, sentences: a.sentences + b.sentences, longWords: a.longWords + b.longWords }), {
    words: 0,
    sentences: 0,
    longWords: 0,
  })
}

/** LIX of counted text; 0 for no words. Not rounded (round for display only). */
export function lix(s: TextStats): number {
  if (s.words === 0 || s.sentences === 0) return 0
  return s.words / s.sentences + (100 * s.longWords) / s.words
}

export function lixOf(message: string): number {
  return lix(textStats(message))
}
