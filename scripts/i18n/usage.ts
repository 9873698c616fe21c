/**
 * Which message keys the app uses: keys written out in src/, plus the families of keys the app
 * builds from the rules' own lists (a reason per reason code, an option per question option, …).
 * A key in neither is unused, e.g. a reason the engine no longer gives.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { FLAGS, OUTCOMES, REASON_CODES } from '@/rules'
import { CONTENT_ITEMS, programmeFacts } from '@/rules/programme'
import { NEXT_STEP_CODES } from '@/rules/nextSteps'
import { QUESTIONS } from '@/flow/questions'
import { DATE_ERRORS } from '@/flow/dateParts'
import { LOAD_NOTICES } from '@/stores/answers'
import { APPEALABLE, DECISIONS, LEGAL_AID, NOT_APPEALABLE } from '@/complaint/decisions'
import { TEXT_LANGUAGES } from '@/complaint/language'
import { lawChanges } from '@/rules/lawChanges'
import { LAW } from '@/rules/params'

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    return statSync(p).isDirectory() ? files(p) : /\.(vue|ts)$/.test(p) ? [p] : []
  })
}

/** Every quoted word-with-dots in the source: candidate literal keys. */
export function literalKeys(srcDir: string): Set<string> {
  const out = new Set<string>()
  for (const f of files(srcDir)) {
    for (const m of readFileSync(f, 'utf8').matchAll(/['"`]([A-Za-z][\w-]*(?:\.[\w-]+)+)['"`]/g)) out.add(m[1] as string)
  }
  return out
}

/** Texts shown with a step (src/components/NextSteps.vue). */
const NEXT_STEP_EXTRAS = ['start-passed-write', 'start-passed-sample', 'start-passed-complaint', 'start-ahead-if-nothing', 'approximate']

const options = new Map(QUESTIONS.map((q) => [q.id as string, q.kind === 'choice' ? q.options : []]))
const durations = programmeFacts('2026-01-01').durations.map((d) => d.id as string)

/** [pattern, is this dynamic part one the app can ask for?] */
// The reviewers' page names each value by its name in LAW (rulesReview.change.<id>, and <id>_ends
// where an entry ends), for the changes and for the values in force on a day.
const changeKeys = new Set([...Object.keys(LAW), ...lawChanges().filter((c) => c.kind === 'ends').map((c) => `${c.id}_ends`)])

const FAMILIES: [RegExp, (...parts: string[]) => boolean][] = [
  [/^rulesReview\.change\.(.+)$/, (id) => changeKeys.has(id)],
  [/^result\.lawChange\.(JOB_HOURS|CHAPTER_6A)\.(before|after)$/, () => true],
  [/^question\.([^.]+)\.(?:title|short|hint|why|help)$/, (id) => options.has(id)],
  [/^question\.([^.]+)\.(?:options|optionHints)\.(.+)$/, (id, opt) => (options.get(id) ?? []).includes(opt)],
  [/^outcome\.([^.]+)\.(?:title|lead)$/, (o) => (OUTCOMES as readonly string[]).includes(o)],
  [/^outcomeShort\.(.+)$/, (o) => (OUTCOMES as readonly string[]).includes(o)],
  [/^next\.(.+)$/, (c) => (NEXT_STEP_CODES as readonly string[]).includes(c) || NEXT_STEP_EXTRAS.includes(c)],
  [/^unit\.(years|months|weeks|hours)\.(zero|one|two|few|many|other)$/, () => true],
  [/^date\.monthName\.(\d+)$/, (n) => Number(n) >= 1 && Number(n) <= 12],
  [/^programme\.content\.(norwegian|society|lifeSkills|workOrSchool)$/, (i) => (CONTENT_ITEMS as readonly string[]).includes(i)],
  [/^programme\.leftOut(?:Ask)?\.(.+)$/, (i) => (CONTENT_ITEMS as readonly string[]).includes(i)],
  [/^flag\.(.+)$/, (f) => (FLAGS as readonly string[]).includes(f)],
  [/^reason\.(.+)$/, (c) => (REASON_CODES as readonly string[]).includes(c)],
  [/^error\.date\.(.+)$/, (e) => (DATE_ERRORS as readonly string[]).includes(e)],
  [/^stipend\.share\.(.+)$/, (s) => ['full', 'two-thirds', 'one-third'].includes(s)],
  [/^storage\.(.+)$/, (n) => (LOAD_NOTICES as readonly string[]).includes(n)],
  [/^programme\.duration\.(.+)$/, (d) => durations.includes(d)],
  [/^date\.(day|month|year)$/, () => true],
  [/^complaint\.decision\.options\.(.+)$/, (d) => (DECISIONS as readonly string[]).includes(d)],
  [/^complaint\.notAppealable\.(.+)$/, (d) => (NOT_APPEALABLE as readonly string[]).includes(d)],
  [/^letter\.decision\.(.+)$/, (d) => (APPEALABLE as readonly string[]).includes(d)],
  [/^complaint\.route\.(help\w+)$/, (w) => LEGAL_AID.some((a) => a.where === w)],
  [/^complaint\.result\.(copied|copyFailed)$/, () => true],
  [/^complaint\.name\.(yes|no)$/, () => true],
  [/^letter\.languageName\.(.+)$/, (l) => (TEXT_LANGUAGES as readonly string[]).includes(l)],
  [/^complaint\.error\.(id-format|id-check)$/, () => true],
  [/^complaint\.change\.(wanted|reasons)(Label|Hint)$/, () => true],
]

export function usageChecker(srcDir: string): (key: string) => boolean {
  const literal = literalKeys(srcDir)
  return (key) =>
    literal.has(key) ||
    FAMILIES.some(([re, ok]) => {
      const m = re.exec(key)
      return m !== null && ok(...m.slice(1))
    })
}
