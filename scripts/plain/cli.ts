/**
 * The plain-language (klarspråk) check of the Bokmål source, for CI:
 *
 *   tsx --tsconfig tsconfig.app.json scripts/plain/cli.ts [--source locales/nb.json,locales/editor/nb.json,locales/reviewers/nb.json] [--config plain-language.config.json]
 *
 * Several sources (comma-separated) are checked as one: the guide's messages and those of the
 * page for kommune web editors.
 *
 * Prints LIX per message group (and subgroup, and overall) against its limit, the hardest
 * messages of any group over its limit, and every finding: a word to avoid, a legal term used
 * without a plain explanation, a stale config entry. Exits 1 when a limit is broken or there is
 * any finding, 2 when the files cannot be read. Paths are relative to the working directory (the
 * repository root in CI, like scripts/i18n/cli.ts).
 */
import { readFileSync } from 'node:fs'
import { checkPlainLanguage, formatReport, parseConfig, type Report } from './check'

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`)
  const v = i >= 0 ? process.argv[i + 1] : undefined
  return v ?? fallback
}

const sourcePath = arg('source', 'locales/nb.json,locales/editor/nb.json,locales/reviewers/nb.json')
const configPath = arg('config', 'plain-language.config.json')

let report: Report
try {
  const source = Object.assign({}, ...sourcePath.split(',').map((p) => JSON.parse(readFileSync(p, 'utf8')) as Record<string, unknown>)) as Record<string, unknown>
  const config = parseConfig(JSON.parse(readFileSync(configPath, 'utf8')))
  report = checkPlainLanguage(source, config)
} catch (e) {
  console.error(`plain-language check: ${e instanceof Error ? e.message : String(e)}`)
  process.exit(2)
}
console.log(`Plain-language check of ${sourcePath} (LIX: words/sentences + 100 × words over 6 letters/words; ≤ 30 very easy, 30–40 easy)\n`)
console.log(formatReport(report))
process.exit(report.ok ? 0 : 1)
