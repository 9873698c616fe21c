/**
 * npm run i18n:check — every locale in the registry against locales/nb.json: missing or extra
 * keys, placeholders that differ, empty strings, strings in the wrong script, message syntax,
 * unclosed directional isolates (right-to-left), and source keys the app does not use.
 * Prints a status table per locale; exits 1 on any problem.
 */
import { readFileSync, statSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { LOCALES, SOURCE_LOCALE } from '@/i18n/locales'
import { checkLocale, flatten, statusTable, unusedKeys, type Problem, type Script } from './check'
import { usageChecker } from './usage'

const read = (code: string) => JSON.parse(readFileSync(`locales/${code}.json`, 'utf8')) as Record<string, unknown>
const scriptOf = (font: string): Script => (font === 'cyrillic' || font === 'arabic' || font === 'ethiopic' ? font : 'latin')

const source = read(SOURCE_LOCALE)
const problems: Problem[] = []
const rows = LOCALES.map((l) => {
  let messages: Record<string, unknown> = {}
  const before = problems.length
  try {
    messages = read(l.code)
    problems.push(...checkLocale(l.code, scriptOf(l.font), source, messages, l.dir === 'rtl'))
  } catch (e) {
    problems.push({ locale: l.code, key: '*', kind: 'missing', detail: `locales/${l.code}.json: ${String(e)}` })
  }
  return { locale: l.code, name: l.englishName, dir: l.dir, keys: Object.keys(flatten(messages)).length, problems: problems.length - before, reviewed: l.reviewed }
})
const used = usageChecker('src')
for (const key of unusedKeys(source, used)) problems.push({ locale: SOURCE_LOCALE, key, kind: 'unused' })

// The page for kommune web editors: its own messages, Bokmål and English only (locales/editor/).
const editorSource = JSON.parse(readFileSync('locales/editor/nb.json', 'utf8')) as Record<string, unknown>
const editorEn = JSON.parse(readFileSync('locales/editor/en.json', 'utf8')) as Record<string, unknown>
problems.push(...checkLocale('editor/en', 'latin', editorSource, editorEn).map((p) => ({ ...p, locale: 'editor/en' })))
for (const key of unusedKeys(editorSource, used)) problems.push({ locale: 'editor/nb', key, kind: 'unused' })

// The reviewers' page: its own messages in every locale (locales/reviewers/).
const reviewers = (code: string) => JSON.parse(readFileSync(`locales/reviewers/${code}.json`, 'utf8')) as Record<string, unknown>
const reviewersSource = reviewers(SOURCE_LOCALE)
for (const l of LOCALES) {
  if (l.code === SOURCE_LOCALE) continue
  try {
    problems.push(...checkLocale(`reviewers/${l.code}`, scriptOf(l.font), reviewersSource, reviewers(l.code), l.dir === 'rtl').map((p) => ({ ...p, locale: l.code })))
  } catch (e) {
    problems.push({ locale: l.code, key: '*', kind: 'missing', detail: `locales/reviewers/${l.code}.json: ${String(e)}` })
  }
}
for (const key of unusedKeys(reviewersSource, used)) problems.push({ locale: 'reviewers/nb', key, kind: 'unused' })

console.log(statusTable(rows))
const bytes = (code: string) => {
  const raw = readFileSync(`locales/${code}.json`)
  return `${code} ${raw.length} B (${gzipSync(raw).length} B gzip json)`
}
console.log(`\nsource files: ${LOCALES.filter((l) => statSync(`locales/${l.code}.json`, { throwIfNoEntry: false })).map((l) => bytes(l.code)).join(', ')}`)
// `npm run i18n:check -- ar` lists the problems of one locale only (the table still shows all).
const only = process.argv[2]
const listed = only ? problems.filter((p) => p.locale === only) : problems
if (problems.length) {
  console.log(`\n${problems.length} problem(s)${only ? `, ${listed.length} in ${only}` : ''}:`)
  for (const p of listed.slice(0, 200)) console.log(`  ${p.locale}  ${p.kind.padEnd(12)} ${p.key}${p.detail ? `  — ${p.detail}` : ''}`)
  process.exit(1)
}
console.log('\nAll locales complete.')
