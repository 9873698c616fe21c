/**
 * The plain-language (klarspråk) check of the Bokmål source: LIX per message group, words to
 * avoid, and legal terms that must be explained. Pure functions; scripts/plain/cli.ts runs them on
 * locales/nb.json and plain-language.config.json, test/unit/plain/*.test.ts on fixtures.
 *
 * Legal terms: a use counts as EXPLAINED when
 *   (a) it stands inside brackets that directly follow plain words – «en avgjørelse (et vedtak)».
 *       "Plain" means: the up to 4 words before "(" (back to the previous , ; : . ! ? or bracket)
 *       do not themselves contain the term. So «et vedtak om programmet (vedtak om …)» is not an
 *       explanation, but «…forstå og bli forstått (tolkeloven)» is;
 *   (b) it is defined: a sentence begins with it (optionally after en/et/ei/den/det/de/dette)
 *       followed by «er», «betyr» or «vil si» – «Introduksjonsprogrammet er opplæring …»;
 *       or it follows «kalles»/«heter» – «Det kalles et vedtak»; or it is followed by
 *       «, det vil si» / «– det vil si»;
 *   (c) the config lists the message under `explanations` for that term (an explanation the
 *       patterns above cannot see), with its reason.
 * A law name directly followed by § or kapittel (config `citations`) is a reference, not a use.
 * Scope "message" (the default): every message that uses the term bare is a finding, unless the
 * same message also explains it. Scope "unit": the term must be explained once somewhere in the
 * unit (a page group: a top-level group, or several groups joined in config `units`); if it is
 * not, there is one finding for the unit, naming its first bare use (where to explain it) and
 * the other bare uses. Word order across messages is not known here, so "once in the unit" does
 * not check that the explanation comes first on the page.
 *
 * Matching: case-insensitive, whole words (a letter or digit may not touch either end), on the
 * message with its placeholders blanked out. Config globs: words separated by spaces (matching any
 * whitespace); `*` at a word's start or end stands for any letters, digits or hyphens, so
 * `vedtak*` matches vedtaket, vedtakene, vedtaksdato, and `*vedtak*` also bosettingsvedtaket.
 */
import { flatten } from '../i18n/check'
import { lix, pool, textStats, type TextStats } from './lix'

export type Messages = Record<string, unknown>
export type Check = 'legal-terms' | 'words-to-avoid'

export interface LixOverride {
  group: string
  limit: number
  reason: string
}
export interface WordToAvoid {
  /** Globs (see file comment); or a regular expression in `pattern`. */
  match?: string[]
  pattern?: string
  label?: string
  plain: string
  note?: string
}
export interface LegalTerm {
  term: string
  match: string[]
  plain: string
  scope?: 'message' | 'unit'
  scopeReason?: string
}
export interface Unit {
  name: string
  groups: string[]
  reason: string
}
export interface Exemption {
  /** A group, subgroup or message key; it also covers every key below it. */
  where: string
  checks: Check[]
  /** Only these legal terms (all when absent). */
  terms?: string[]
  reason: string
}
export interface Explanation {
  key: string
  term: string
  reason: string
}
export interface Config {
  lix: {
    defaultLimit: number
    overallLimit: number
    minWords: number
    splitGroups: string[]
    overrides: LixOverride[]
  }
  units: Unit[]
  wordsToAvoid: WordToAvoid[]
  legalTerms: LegalTerm[]
  citations: { terms: string[]; before: string[]; reason: string }
  explanations: Explanation[]
  exemptions: Exemption[]
}

// ---------------------------------------------------------------------------------------------
// Config: validated when read, so a typo fails CI with a clear message instead of checking less.

const fail = (path: string, want: string): never => {
  throw new Error(`plain-language config: ${path} must be ${want}`)
}
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const str = (v: unknown, path: string): string => (typeof v === 'string' && v.trim() !== '' ? v : fail(path, 'a non-empty string'))
const optStr = (v: unknown, path: string): string | undefined => (v === undefined ? undefined : str(v, path))
const num = (v: unknown, path: string): number => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : fail(path, 'a number ≥ 0'))
const arr = (v: unknown, path: string): unknown[] => (Array.isArray(v) ? v : fail(path, 'an array'))
const strs = (v: unknown, path: string): string[] => arr(v, path).map((x, i) => str(x, `${path}[${i}]`))
const obj = (v: unknown, path: string): Record<string, unknown> => (isObj(v) ? v : fail(path, 'an object'))

export function parseConfig(raw: unknown): Config {
  const c = obj(raw, 'the file')
  const l = obj(c.lix, 'lix')
  // A reason is required wherever the config makes an exception: nothing is exempt silently.
  str(l.defaultReason, 'lix.defaultReason')
  str(l.minWordsReason, 'lix.minWordsReason')
  str(l.splitGroupsReason, 'lix.splitGroupsReason')
  const config: Config = {
    lix: {
      defaultLimit: num(l.defaultLimit, 'lix.defaultLimit'),
      overallLimit: num(l.overallLimit, 'lix.overallLimit'),
      minWords: num(l.minWords, 'lix.minWords'),
      splitGroups: strs(l.splitGroups, 'lix.splitGroups'),
      overrides: arr(l.overrides, 'lix.overrides').map((o, i) => {
        const p = `lix.overrides[${i}]`
        const x = obj(o, p)
        return { group: str(x.group, `${p}.group`), limit: num(x.limit, `${p}.limit`), reason: str(x.reason, `${p}.reason`) }
      }),
    },
    units: arr(c.units ?? [], 'units').map((u, i) => {
      const x = obj(u, `units[${i}]`)
      return { name: str(x.name, `units[${i}].name`), groups: strs(x.groups, `units[${i}].groups`), reason: str(x.reason, `units[${i}].reason`) }
    }),
    wordsToAvoid: arr(c.wordsToAvoid, 'wordsToAvoid').map((w, i) => {
      const p = `wordsToAvoid[${i}]`
      const x = obj(w, p)
      const entry: WordToAvoid = { plain: str(x.plain, `${p}.plain`) }
      if (x.match !== undefined) entry.match = strs(x.match, `${p}.match`)
      const pattern = optStr(x.pattern, `${p}.pattern`)
      if (pattern !== undefined) {
        try {
          new RegExp(pattern, 'iu')
        } catch (e) {
          fail(`${p}.pattern`, `a valid regular expression (${String(e)})`)
        }
        entry.pattern = pattern
        entry.label = str(x.label, `${p}.label`)
      }
      if (!entry.match && !entry.pattern) fail(p, 'an entry with `match` or `pattern`')
      const note = optStr(x.note, `${p}.note`)
      if (note) entry.note = note
      return entry
    }),
    legalTerms: arr(c.legalTerms, 'legalTerms').map((t, i) => {
      const p = `legalTerms[${i}]`
      const x = obj(t, p)
      const term: LegalTerm = { term: str(x.term, `${p}.term`), match: strs(x.match, `${p}.match`), plain: str(x.plain, `${p}.plain`) }
      if (x.scope !== undefined) {
        if (x.scope !== 'message' && x.scope !== 'unit') fail(`${p}.scope`, '"message" or "unit"')
        term.scope = x.scope as 'message' | 'unit'
        if (term.scope === 'unit') term.scopeReason = str(x.scopeReason, `${p}.scopeReason`)
      }
      return term
    }),
    citations: (() => {
      const x = obj(c.citations, 'citations')
      return { terms: strs(x.terms, 'citations.terms'), before: strs(x.before, 'citations.before'), reason: str(x.reason, 'citations.reason') }
    })(),
    explanations: arr(c.explanations ?? [], 'explanations').map((e, i) => {
      const p = `explanations[${i}]`
      const x = obj(e, p)
      return { key: str(x.key, `${p}.key`), term: str(x.term, `${p}.term`), reason: str(x.reason, `${p}.reason`) }
    }),
    exemptions: arr(c.exemptions ?? [], 'exemptions').map((e, i) => {
      const p = `exemptions[${i}]`
      const x = obj(e, p)
      const checks = strs(x.checks, `${p}.checks`).map((k, j) =>
        k === 'legal-terms' || k === 'words-to-avoid' ? (k as Check) : fail(`${p}.checks[${j}]`, '"legal-terms" or "words-to-avoid"'),
      )
      const ex: Exemption = { where: str(x.where, `${p}.where`), checks, reason: str(x.reason, `${p}.reason`) }
      if (x.terms !== undefined) ex.terms = strs(x.terms, `${p}.terms`)
      return ex
    }),
  }
  // Words deliberately left off the term list (documentation for reviewers) need a reason, and
  // must not be matched by a listed term after all – that would contradict the decision.
  arr(c.notListed ?? [], 'notListed').forEach((n, i) => {
    const x = obj(n, `notListed[${i}]`)
    str(x.reason, `notListed[${i}].reason`)
    for (const w of strs(x.words, `notListed[${i}].words`)) {
      const hit = config.legalTerms.find((t) => t.match.some((g) => globToRegExp(g).test(w)))
      if (hit) fail(`notListed[${i}].words`, `words no legal term matches ("${w}" is matched by "${hit.term}")`)
    }
  })
  // Names that point into the term list must exist there (a renamed term would silently stop
  // being exempt or explained).
  const terms = new Set(config.legalTerms.map((t) => t.term))
  const known = (name: string, path: string) => terms.has(name) || fail(path, `a term listed in legalTerms (got "${name}")`)
  config.citations.terms.forEach((t, i) => known(t, `citations.terms[${i}]`))
  config.explanations.forEach((e, i) => known(e.term, `explanations[${i}].term`))
  config.exemptions.forEach((e, i) => e.terms?.forEach((t, j) => known(t, `exemptions[${i}].terms[${j}]`)))
  return config
}

// ---------------------------------------------------------------------------------------------
// Matching

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const WORDISH = '[\\p{L}\\p{N}-]*'

/** A config glob as a global, case-insensitive, whole-word regular expression. */
export function globToRegExp(glob: string): RegExp {
  const parts = glob
    .trim()
    .split(/\s+/)
    .map((w) => {
      const lead = w.startsWith('*')
      const trail = w.endsWith('*') && w.length > 1
      const body = escape(w.slice(lead ? 1 : 0, trail ? -1 : undefined))
      return `${lead ? WORDISH : ''}${body}${trail ? WORDISH : ''}`
    })
  return new RegExp(`(?<![\\p{L}\\p{N}-])${parts.join('\\s+')}(?![\\p{L}\\p{N}])`, 'giu')
}

export interface Match {
  start: number
  end: number
  text: string
}

function matchAll(text: string, res: RegExp[]): Match[] {
  const out: Match[] = []
  for (const re of res) {
    for (const m of text.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g'))) {
      out.push({ start: m.index, end: m.index + m[0].length, text: m[0] })
    }
  }
  return out.sort((a, b) => a.start - b.start)
}

/** Placeholders blanked to spaces of the same length, so `{fvlLate}` can never match a word. */
const blank = (message: string) => message.replace(/\{[^{}]*\}/g, (m) => ' '.repeat(m.length))

/** Index of the "(" whose bracket holds position `at`, or -1. */
function enclosingBracket(text: string, at: number, end: number): number {
  const open = text.lastIndexOf('(', at)
  if (open < 0 || text.lastIndexOf(')', at) > open) return -1
  const close = text.indexOf(')', end)
  if (close < 0 || (text.indexOf('(', end) >= 0 && text.indexOf('(', end) < close)) return -1
  return open
}

/** (a): inside brackets that directly follow plain words (which do not contain the term). */
function explainedByBracket(text: string, m: Match, term: RegExp[]): boolean {
  const open = enclosingBracket(text, m.start, m.end)
  if (open < 0) return false
  const before = text.slice(0, open)
  if (!/[\p{L}\p{N}»"”']\s*$/u.test(before)) return false
  const clause = before.split(/[,;:.!?()]/).pop() ?? ''
  const plain = clause.trim().split(/\s+/).slice(-4).join(' ')
  return plain !== '' && matchAll(plain, term).length === 0
}

/** (b): a definition – "X er/betyr/vil si …" opening a sentence, "kalles/heter X", "X, det vil si". */
function explainedByDefinition(text: string, m: Match): boolean {
  const before = text.slice(0, m.start)
  const after = text.slice(m.end)
  const opensSentence = /(?:^|[.!?:]\s+)[«"(]?(?:(?:en|et|ei|den|det|de|dette)\s+)?$/iu.test(before)
  if (opensSentence && /^\s+(?:er|betyr|vil si)(?![\p{L}])/iu.test(after)) return true
  if (/(?<![\p{L}])(?:kalles|heter)\s+(?:(?:en|et|ei|den|det)\s+)?$/iu.test(before)) return true
  return /^\s*[,–-]\s*det vil si(?![\p{L}])/iu.test(after)
}

/** A law name directly followed by § or kapittel. */
function isCitation(text: string, m: Match, before: string[]): boolean {
  const after = text.slice(m.end).trimStart()
  return before.some((b) => after.toLowerCase().startsWith(b.toLowerCase()) && !/[\p{L}]/u.test(after.charAt(b.length)))
}

// ---------------------------------------------------------------------------------------------
// The report

export interface LixRow extends TextStats {
  /** A top-level group ("question") or a subgroup ("question.permit"), or "(all)". */
  group: string
  level: 0 | 1 | 2
  messages: number
  lix: number
  limit: number
  /** Why the limit differs from the default, when it does. */
  limitReason?: string
  /** Enough words to judge (minWords); rows too short are shown but always pass. */
  judged: boolean
  pass: boolean
}

export type Finding =
  | { kind: 'avoid'; key: string; found: string; entry: string; plain: string; text: string }
  | { kind: 'legal-term'; key: string; found: string; term: string; plain: string; text: string; unit?: string; alsoBare?: string[] }
  | { kind: 'config'; detail: string }

export interface MessageStat extends TextStats {
  key: string
  lix: number
  text: string
}

export interface Report {
  rows: LixRow[]
  overall: LixRow
  findings: Finding[]
  messages: MessageStat[]
  ok: boolean
}

const covers = (where: string, key: string) => key === where || key.startsWith(`${where}.`)

export function checkPlainLanguage(source: Messages, config: Config): Report {
  const flat = Object.entries(flatten(source)).filter((e): e is [string, string] => typeof e[1] === 'string')
  const findings: Finding[] = []
  const keys = flat.map(([k]) => k)
  const exists = (where: string) => keys.some((k) => covers(where, k))
  const topGroups = [...new Set(keys.map((k) => k.split('.')[0] as string))]

  // Stale config: an exception that points at nothing no longer does what its reason says.
  for (const o of config.lix.overrides) if (!exists(o.group)) findings.push({ kind: 'config', detail: `lix.overrides: no group "${o.group}" in the source` })
  for (const u of config.units) for (const g of u.groups) if (!topGroups.includes(g)) findings.push({ kind: 'config', detail: `units "${u.name}": no group "${g}" in the source` })
  for (const e of config.exemptions) if (!exists(e.where)) findings.push({ kind: 'config', detail: `exemptions: nothing at "${e.where}" in the source` })
  for (const e of config.explanations) if (!keys.includes(e.key)) findings.push({ kind: 'config', detail: `explanations: no message "${e.key}" in the source` })

  // ---- LIX
  const messages: MessageStat[] = flat.map(([key, text]) => {
    const s = textStats(text)
    return { key, text, ...s, lix: lix(s) }
  })
  const row = (group: string, level: 0 | 1 | 2, of: MessageStat[]): LixRow => {
    const s = pool(of)
    const override = config.lix.overrides.find((o) => o.group === group)
    const limit = level === 0 ? config.lix.overallLimit : (override?.limit ?? config.lix.defaultLimit)
    const value = lix(s)
    const judged = level === 0 || s.words >= config.lix.minWords
    const r: LixRow = { group, level, messages: of.length, ...s, lix: value, limit, judged, pass: !judged || value <= limit }
    if (override) r.limitReason = override.reason
    return r
  }
  const rows: LixRow[] = []
  for (const g of topGroups) {
    const inGroup = messages.filter((m) => covers(g, m.key))
    rows.push(row(g, 1, inGroup))
    if (!config.lix.splitGroups.includes(g)) continue
    const subs = [...new Set(inGroup.map((m) => m.key.split('.').slice(0, 2).join('.')).filter((s) => inGroup.some((m) => m.key.startsWith(`${s}.`))))]
    for (const s of subs) rows.push(row(s, 2, inGroup.filter((m) => m.key.startsWith(`${s}.`))))
  }
  const overall = row('(all)', 0, messages)

  // ---- words to avoid
  const exempt = (key: string, check: Check, term?: string) =>
    config.exemptions.some((e) => covers(e.where, key) && e.checks.includes(check) && (term === undefined || !e.terms || e.terms.includes(term)))
  const avoid = config.wordsToAvoid.map((w) => ({
    w,
    res: [...(w.match ?? []).map(globToRegExp), ...(w.pattern ? [new RegExp(w.pattern, 'giu')] : [])],
    entry: w.label ?? (w.match ?? []).join(' / '),
  }))
  for (const [key, text] of flat) {
    if (exempt(key, 'words-to-avoid')) continue
    const t = blank(text)
    for (const a of avoid) {
      for (const m of matchAll(t, a.res)) findings.push({ kind: 'avoid', key, found: m.text, entry: a.entry, plain: a.w.plain, text })
    }
  }

  // ---- legal terms
  const unitOf = (key: string) => {
    const top = key.split('.')[0] as string
    return config.units.find((u) => u.groups.includes(top))?.name ?? top
  }
  for (const term of config.legalTerms) {
    const res = term.match.map(globToRegExp)
    const citationTerm = config.citations.terms.includes(term.term)
    const explainedByConfig = new Set(config.explanations.filter((e) => e.term === term.term).map((e) => e.key))
    // Per message: the first bare use, and whether the message explains the term.
    const uses: { key: string; text: string; bare?: Match; explained: boolean }[] = []
    for (const [key, text] of flat) {
      if (exempt(key, 'legal-terms', term.term)) continue
      const t = blank(text)
      const found = matchAll(t, res).filter((m) => !(citationTerm && isCitation(t, m, config.citations.before)))
      if (!found.length) continue
      const explained = explainedByConfig.has(key) || found.some((m) => explainedByBracket(t, m, res) || explainedByDefinition(t, m))
      uses.push({ key, text, explained, bare: found.find((m) => !(explainedByBracket(t, m, res) || explainedByDefinition(t, m))) })
    }
    const finding = (u: (typeof uses)[number], extra: Partial<Extract<Finding, { kind: 'legal-term' }>> = {}): Finding => ({
      kind: 'legal-term',
      key: u.key,
      found: u.bare?.text ?? '',
      term: term.term,
      plain: term.plain,
      text: u.text,
      ...extra,
    })
    if (term.scope === 'unit') {
      const units = [...new Set(uses.map((u) => unitOf(u.key)))]
      for (const unit of units) {
        const inUnit = uses.filter((u) => unitOf(u.key) === unit)
        if (inUnit.some((u) => u.explained)) continue
        const [first, ...rest] = inUnit
        if (first) findings.push(finding(first, { unit, alsoBare: rest.map((u) => u.key) }))
      }
    } else {
      for (const u of uses) if (!u.explained) findings.push(finding(u))
    }
  }

  const ok = findings.length === 0 && overall.pass && rows.every((r) => r.pass)
  return { rows, overall, findings, messages, ok }
}

// ---------------------------------------------------------------------------------------------
// Text output (the CLI prints this; kept here so tests can read it too)

const fmt = (n: number) => n.toFixed(1)

export function lixTable(report: Report): string {
  const head = ['group', 'msgs', 'words', 'sent.', 'w/sent.', '% long', 'LIX', 'limit', '']
  const body = [...report.rows, report.overall].map((r) => [
    r.level === 2 ? `  ${r.group}` : r.group,
    String(r.messages),
    String(r.words),
    String(r.sentences),
    r.sentences ? fmt(r.words / r.sentences) : '-',
    r.words ? fmt((100 * r.longWords) / r.words) : '-',
    fmt(r.lix),
    String(r.limit),
    !r.judged ? 'too short to judge' : r.pass ? 'ok' : 'FAIL',
  ])
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)))
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ').trimEnd()
  const sep = line(widths.map((w) => '-'.repeat(w)))
  return [line(head), sep, ...body.slice(0, -1).map(line), sep, line(body[body.length - 1] ?? [])].join('\n')
}

export function describeFinding(f: Finding): string {
  switch (f.kind) {
    case 'avoid':
      return `${f.key}: word to avoid «${f.found}» (${f.entry}) → ${f.plain}\n    ${f.text}`
    case 'legal-term': {
      const where = f.unit ? ` — not explained anywhere in "${f.unit}"; explain it once there, best where the reader first meets it` : ''
      const also = f.alsoBare?.length ? `\n    also bare in: ${f.alsoBare.join(', ')}` : ''
      return `${f.key}: legal term «${f.found}» (${f.term}) without a plain explanation${where} → ${f.plain}\n    ${f.text}${also}`
    }
    case 'config':
      return `config: ${f.detail}`
  }
}

/** The hardest messages of the failing groups: where a rewrite would help most. */
export function hardestMessages(report: Report, perGroup = 5): string[] {
  const out: string[] = []
  for (const r of report.rows.filter((x) => !x.pass)) {
    const mine = report.messages.filter((m) => covers(r.group, m.key) && m.words >= 3).sort((a, b) => b.lix - a.lix)
    out.push(`${r.group} (LIX ${fmt(r.lix)} > ${r.limit}):`, ...mine.slice(0, perGroup).map((m) => `  ${fmt(m.lix).padStart(5)}  ${m.key}: ${m.text}`))
  }
  return out
}

export function formatReport(report: Report): string {
  const parts = [lixTable(report)]
  const hard = hardestMessages(report)
  if (hard.length) parts.push(`Groups over their limit, hardest messages first (LIX of a single message is only a hint):\n${hard.join('\n')}`)
  if (report.findings.length) parts.push(`${report.findings.length} finding(s):\n${report.findings.map((f) => `  ${describeFinding(f)}`).join('\n')}`)
  parts.push(report.ok ? 'Plain-language check passed.' : 'Plain-language check FAILED.')
  return parts.join('\n\n')
}
