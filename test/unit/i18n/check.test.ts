import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkLocale, placeholders, unusedKeys, type Script } from '../../../scripts/i18n/check'
import { usageChecker } from '../../../scripts/i18n/usage'
import { LOCALES } from '@/i18n/locales'

const source = {
  app: { name: 'Veiviser' },
  question: { progress: 'Spørsmål {n}', why: 'Fordi {twoYears} år er grensen.' },
  reason: { 'two-years-passed': 'Det har gått {twoYears} år.' },
}

const kinds = (p: { kind: string; key: string }[]) => p.map((x) => `${x.kind}:${x.key}`).sort()

describe('the translation check', () => {
  it('passes a complete, well-formed locale', () => {
    const ok = { app: { name: 'Guide' }, question: { progress: 'Question {n}', why: 'Because {twoYears} years is the limit.' }, reason: { 'two-years-passed': 'It has been {twoYears} years.' } }
    expect(checkLocale('en', 'latin', source, ok)).toEqual([])
  })

  it('fails a broken locale: missing and extra keys, a changed placeholder, an empty string', () => {
    const broken = { app: { name: '' }, question: { progress: 'Question {num}' }, extra: { key: 'x' }, reason: { 'two-years-passed': 'It has been {twoYears} years.' } }
    expect(kinds(checkLocale('en', 'latin', source, broken))).toEqual([
      'empty:app.name',
      'extra:extra.key',
      'missing:question.why',
      'placeholder:question.progress',
    ])
  })

  it.each([
    ['ti', 'ethiopic', 'Question {n}'],
    ['ar', 'arabic', 'Question {n}'],
    ['uk', 'cyrillic', 'Question {n}'],
    ['en', 'latin', 'ጥያቄ {n}'],
  ] as [string, Script, string][])('fails a %s string with no %s letters', (locale, script, text) => {
    const target = { ...source, question: { ...source.question, progress: text } }
    expect(kinds(checkLocale(locale, script, source, target))).toContain('script:question.progress')
  })

  it('accepts the right script, placeholders aside', () => {
    const target = { app: { name: 'መምርሒ' }, question: { progress: 'ሕቶ {n}', why: 'ምኽንያቱ {twoYears} ዓመት እዩ።' }, reason: { 'two-years-passed': '{twoYears} ዓመት ሓሊፉ።' } }
    expect(checkLocale('ti', 'ethiopic', source, target)).toEqual([])
  })

  it('fails message syntax errors and linked-message @, and unclosed isolates in right-to-left', () => {
    const target = {
      app: { name: 'دليل {' },
      question: { progress: 'سؤال {n} info@kommune.no', why: 'لأن \u2068integreringsloven § 8 {twoYears}' },
      reason: { 'two-years-passed': 'مرت {twoYears} سنوات.' },
    }
    const k = kinds(checkLocale('ar', 'arabic', source, target, true))
    expect(k).toContain('syntax:app.name')
    expect(k).toContain('syntax:question.progress')
    expect(k).toContain('isolate:question.why')
  })

  it('finds placeholders', () => {
    expect(placeholders('{b} and {a} and {b}')).toEqual(['a', 'b'])
  })

  it('finds unused keys, and knows the key families the app builds from the rules', () => {
    const used = usageChecker('src')
    expect(used('reason.two-years-passed')).toBe(true)
    expect(used('question.permit.options.refugee')).toBe(true)
    expect(used('question.permit.options.tourist')).toBe(false)
    expect(used('reason.no-such-rule')).toBe(false)
    expect(unusedKeys({ check: { title: 'x', nothing: 'y' } }, used)).toEqual(['check.nothing'])
  })
})

describe('the real locales', () => {
  const nb = JSON.parse(readFileSync('locales/nb.json', 'utf8'))
  for (const l of LOCALES) {
    it(`${l.code} (${l.englishName}) is complete and well formed`, () => {
      const messages = JSON.parse(readFileSync(`locales/${l.code}.json`, 'utf8'))
      const script: Script = l.font === 'cyrillic' || l.font === 'arabic' || l.font === 'ethiopic' ? l.font : 'latin'
      expect(checkLocale(l.code, script, nb, messages, l.dir === 'rtl')).toEqual([])
    })
  }
  it('nb has no unused keys', () => {
    expect(unusedKeys(nb, usageChecker('src'))).toEqual([])
  })

  // The reviewers' page has its own messages (locales/reviewers/), in every locale too.
  const reviewersNb = JSON.parse(readFileSync('locales/reviewers/nb.json', 'utf8'))
  for (const l of LOCALES) {
    it(`${l.code}: the reviewers' page messages are complete and well formed`, () => {
      const messages = JSON.parse(readFileSync(`locales/reviewers/${l.code}.json`, 'utf8'))
      const script: Script = l.font === 'cyrillic' || l.font === 'arabic' || l.font === 'ethiopic' ? l.font : 'latin'
      expect(checkLocale(l.code, script, reviewersNb, messages, l.dir === 'rtl')).toEqual([])
    })
  }
  it('the reviewers\' nb has no unused keys', () => {
    expect(unusedKeys(reviewersNb, usageChecker('src'))).toEqual([])
  })
})
