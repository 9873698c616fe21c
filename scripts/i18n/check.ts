/**
 * The translation check: every locale against the Bokmål source (locales/nb.json).
 * Pure functions here; scripts/i18n/cli.ts runs them on the real files, and
 * test/unit/i18n/check.test.ts runs them on broken fixtures.
 */
import { baseCompile } from '@intlify/message-compiler'

export type Script = 'latin' | 'cyrillic' | 'arabic' | 'ethiopic'
export type ProblemKind = 'missing' | 'extra' | 'not-a-string' | 'empty' | 'placeholder' | 'script' | 'syntax' | 'isolate' | 'unused'

export interface Problem {
  locale: string
  key: string
  kind: ProblemKind
  detail?: string
}

export type Messages = Record<string, unknown>

/** Letters of each script (after placeholders are removed, a string must contain at least one). */
const LETTERS: Record<Script, RegExp> = {
  latin: /[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ]/u,
  cyrillic: /[\u0400-\u04FF]/u,
  arabic: /[\u0600-\u06FF\u0750-\u077F]/u,
  ethiopic: /[\u1200-\u139F\u2D80-\u2DDF\uAB00-\uAB2F]/u,
}

/** Messages that are patterns of placeholders only (a date's word order), exempt from the script check. */
const PATTERN_KEYS = /^date\.format\w*$/
/** Plural forms of a unit ("{n} years"). */
const UNIT_KEYS = /^unit\.\w+\.(zero|one|two|few|many|other)$/

export function flatten(obj: unknown, prefix = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  if (obj && typeof obj === 'object' && !Array.isArray(obj)) {
    for (const [k, v] of Object.entries(obj as Record<string, unknown>)) {
      if (v && typeof v === 'object' && !Array.isArray(v)) Object.assign(out, flatten(v, `${prefix}${k}.`))
      else out[`${prefix}${k}`] = v
    }
  }
  return out
}

/** The named placeholders of a message, sorted and without duplicates: "{n} of {m}" → [m, n]. */
export function placeholders(message: string): string[] {
  return [...new Set([...message.matchAll(/\{\s*([A-Za-z_][\w]*)\s*\}/g)].map((m) => m[1] as string))].sort()
}

function syntaxError(message: string): string | undefined {
  let error: string | undefined
  try {
    baseCompile(message, {
      onError: (e) => {
        error ??= e.message
      },
    })
  } catch (e) {
    error ??= String(e)
  }
  // The compiler lets a lone brace at the end pass as text; we do not want stray braces at all.
  const rest = message.replace(/\{\s*[A-Za-z_]\w*\s*\}|\{'[^']*'\}/g, '')
  if (error === undefined && /[{}]/.test(rest)) error = 'a stray { or }'
  if (error === undefined && /@/.test(rest)) error = 'contains @ (linked-message syntax)'
  return error
}

export function checkLocale(locale: string, script: Script, source: Messages, target: Messages, rtl = false): Problem[] {
  const problems: Problem[] = []
  const src = flatten(source)
  const tgt = flatten(target)
  for (const key of Object.keys(src)) {
    if (!(key in tgt)) problems.push({ locale, key, kind: 'missing' })
  }
  for (const [key, value] of Object.entries(tgt)) {
    if (!(key in src)) {
      problems.push({ locale, key, kind: 'extra' })
      continue
    }
    if (typeof value !== 'string') {
      problems.push({ locale, key, kind: 'not-a-string' })
      continue
    }
    if (value.trim() === '') {
      problems.push({ locale, key, kind: 'empty' })
      continue
    }
    const want = placeholders(String(src[key]))
    const have = placeholders(value)
    // A plural form may write the number as a word ("سنتين" for 2 years): {n} may be left out there.
    const mayDropN = UNIT_KEYS.test(key) && want.join() === 'n' && have.length === 0
    if (want.join() !== have.join() && !mayDropN) {
      problems.push({ locale, key, kind: 'placeholder', detail: `expected {${want.join('}, {')}} got {${have.join('}, {')}}` })
    }
    const letters = value.replace(/\{\s*[A-Za-z_]\w*\s*\}/g, '')
    // A date pattern ("{day}. {month} {year}") is all placeholders and punctuation in any script.
    if (!PATTERN_KEYS.test(key) && !LETTERS[script].test(letters)) problems.push({ locale, key, kind: 'script', detail: `no ${script} letters` })
    const error = syntaxError(value)
    if (error) problems.push({ locale, key, kind: 'syntax', detail: error })
    // Right-to-left: every first-strong isolate (U+2068) must be closed (U+2069), or the rest of
    // the line is isolated and reads wrongly.
    if (rtl) {
      const open = (value.match(/\u2068/g) ?? []).length
      const close = (value.match(/\u2069/g) ?? []).length
      if (open !== close) problems.push({ locale, key, kind: 'isolate', detail: `${open} U+2068, ${close} U+2069` })
    }
  }
  return problems
}

/** Source keys that nothing in the app uses. */
export function unusedKeys(source: Messages, isUsed: (key: string) => boolean): string[] {
  return Object.keys(flatten(source)).filter((k) => !isUsed(k))
}

export interface StatusRow {
  locale: string
  name: string
  dir: string
  keys: number
  problems: number
  reviewed: boolean
}

export function statusTable(rows: StatusRow[]): string {
  const head = ['locale', 'language', 'dir', 'keys', 'problems', 'reviewed']
  const body = rows.map((r) => [r.locale, r.name, r.dir, String(r.keys), String(r.problems), r.reviewed ? 'yes' : 'no'])
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)))
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ')
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n')
}
