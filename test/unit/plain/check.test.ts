import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkPlainLanguage, formatReport, globToRegExp, parseConfig, type Finding } from '../../../scripts/plain/check'

/** A small config like the real one; `over` replaces top-level parts. */
function config(over: Record<string, unknown> = {}) {
  return parseConfig({
    lix: {
      defaultLimit: 40,
      defaultReason: 'easy Norwegian',
      overallLimit: 40,
      minWords: 10,
      minWordsReason: 'too few words to judge',
      splitGroups: ['complaint'],
      splitGroupsReason: 'one step per subgroup',
      overrides: [],
    },
    units: [],
    wordsToAvoid: [
      { match: ['dersom'], plain: 'hvis' },
      { match: ['kun'], plain: 'bare' },
      { match: ['i henhold til', 'iht.'], plain: 'etter' },
      { label: 'hva gjelder', pattern: '(?<![\\p{L}])hva gjelder(?![\\p{L}])(?![^.!?]*\\?)', plain: 'om' },
    ],
    legalTerms: [
      { term: 'vedtak', match: ['*vedtak*'], plain: 'avgjørelsen (vedtaket)' },
      { term: 'forvaltningsloven', match: ['forvaltningslov*'], plain: 'loven (forvaltningsloven)' },
    ],
    citations: { terms: ['forvaltningsloven'], before: ['§', 'kapittel'], reason: 'a reference' },
    explanations: [],
    exemptions: [],
    ...over,
  })
}

const found = (source: Record<string, unknown>, c = config()) =>
  checkPlainLanguage(source, c)
    .findings.map((f: Finding) => (f.kind === 'config' ? `config:${f.detail}` : `${f.kind}:${f.key}:${f.found}`))
    .sort()

describe('words to avoid', () => {
  it('are found as whole words, case-insensitively, with the key and the word', () => {
    expect(found({ a: { x: 'Dersom du flytter, må du si fra.', y: 'Du kunne ikke svare.', z: 'Kun én gang, iht. loven.' } })).toEqual([
      'avoid:a.x:Dersom',
      'avoid:a.z:Kun',
      'avoid:a.z:iht.',
    ])
  })

  it('match phrases across any whitespace', () => {
    expect(found({ a: { x: 'Vi gjør det i  henhold til loven.' } })).toEqual(['avoid:a.x:i  henhold til'])
  })

  it('can be a pattern: "hva gjelder" as officialese, not in a real question', () => {
    expect(found({ a: { x: 'Hva gjelder vedtaket du vil klage på?' } }).filter((f) => f.startsWith('avoid'))).toEqual([])
    expect(found({ a: { x: 'Hva gjelder søknaden, må du vente.' } })).toEqual(['avoid:a.x:Hva gjelder'])
  })

  it('are not looked for inside placeholders', () => {
    expect(found({ a: { x: 'Du får {kun} kroner.' } })).toEqual([])
  })
})

describe('legal terms', () => {
  it('are found without brackets, in their inflected and compound forms', () => {
    expect(
      found({
        a: { x: 'Du får et vedtak fra kommunen.', y: 'Du kan klage på vedtakene.', z: 'Se i bosettingsvedtaket.', w: 'Stortinget har vedtatt loven.' },
      }),
    ).toEqual(['legal-term:a.x:vedtak', 'legal-term:a.y:vedtakene', 'legal-term:a.z:bosettingsvedtaket'])
  })

  it('pass inside brackets directly after plain words: «avgjørelsen (vedtaket)»', () => {
    expect(found({ a: { x: 'Du kan klage på avgjørelsen (vedtaket).', y: 'Er du uenig i en avgjørelse (et vedtak)? Da kan du klage på vedtaket.' } })).toEqual([])
  })

  it('do not pass in brackets when the words before them are not plain, or there are none', () => {
    expect(found({ a: { x: 'Du får et vedtak om programmet (vedtak om deltakelse).', y: '(Vedtaket) kom i går.' } })).toEqual([
      'legal-term:a.x:vedtak',
      'legal-term:a.y:Vedtaket',
    ])
  })

  it('pass when the message defines them', () => {
    expect(found({ a: { x: 'Et vedtak er en skriftlig avgjørelse fra kommunen.', y: 'Kommunen bestemmer. Det kalles et vedtak.' } })).toEqual([])
    // "vedtaket er feil" is no definition: it does not open the sentence
    expect(found({ a: { x: 'Hvorfor mener du vedtaket er feil?' } })).toEqual(['legal-term:a.x:vedtaket'])
  })

  it('pass in a citation (law name before §), not in running text', () => {
    expect(found({ a: { x: 'Jeg ber om å se dokumentene (forvaltningsloven § {fvl}).', y: 'Da gjelder forvaltningsloven kapittel 2.' } })).toEqual([])
    expect(found({ a: { x: 'Da gjelder forvaltningsloven for deg.' } })).toEqual(['legal-term:a.x:forvaltningsloven'])
  })

  it('are skipped in an exempt group, and only there', () => {
    const c = config({ exemptions: [{ where: 'letter', checks: ['legal-terms'], reason: 'written to the kommune' }] })
    expect(found({ letter: { intro: 'Jeg klager på vedtaket.' }, result: { x: 'Jeg klager på vedtaket.' } }, c)).toEqual(['legal-term:result.x:vedtaket'])
  })

  it('can be exempt for some terms only', () => {
    const c = config({ exemptions: [{ where: 'about.sources', checks: ['legal-terms'], terms: ['forvaltningsloven'], reason: 'a list of sources' }] })
    expect(found({ about: { sources: 'Reglene står i forvaltningsloven. Et vedtak kan du klage på.' } }, c)).toEqual(['legal-term:about.sources:vedtak'])
  })

  it('count as explained when the config says the message explains them', () => {
    const c = config({ explanations: [{ key: 'a.x', term: 'vedtak', reason: 'the next clause says what it is' }] })
    expect(found({ a: { x: 'Du får et vedtak, altså et brev om hva kommunen har bestemt.' } }, c)).toEqual([])
  })

  it('with scope "unit" need one explanation per unit, and give one finding for a unit without it', () => {
    const terms = [{ term: 'vedtak', match: ['*vedtak*'], plain: 'avgjørelsen (vedtaket)', scope: 'unit', scopeReason: 'used everywhere' }]
    const units = [{ name: 'result page', groups: ['result', 'outcome'], reason: 'shown together' }]
    const c = config({ legalTerms: terms, units, citations: { terms: [], before: ['§'], reason: 'x' } })
    const explained = { result: { a: 'Er du uenig i en avgjørelse (et vedtak), kan du klage.' }, outcome: { b: 'Du kan klage på vedtaket.' } }
    expect(found(explained, c)).toEqual([])
    const report = checkPlainLanguage({ result: { a: 'Du kan klage på vedtaket.' }, outcome: { b: 'Les vedtaket.' }, complaint: { c: 'Klag på vedtaket.' } }, c)
    expect(report.findings).toEqual([
      expect.objectContaining({ kind: 'legal-term', key: 'result.a', unit: 'result page', alsoBare: ['outcome.b'] }),
      expect.objectContaining({ kind: 'legal-term', key: 'complaint.c', unit: 'complaint', alsoBare: [] }),
    ])
  })
})

describe('the config', () => {
  it('matches globs as whole words', () => {
    expect('vedtaksdato'.match(globToRegExp('vedtak*'))).toEqual(['vedtaksdato'])
    expect('bosettingsvedtaket'.match(globToRegExp('vedtak*'))).toBeNull()
    expect('bosettingsvedtaket'.match(globToRegExp('*vedtak*'))).toEqual(['bosettingsvedtaket'])
    expect('EØS-vedtak'.match(globToRegExp('vedtak'))).toBeNull()
  })

  it('refuses an exception without a reason, and a term name it does not know', () => {
    expect(() => config({ exemptions: [{ where: 'letter', checks: ['legal-terms'] }] })).toThrow(/exemptions\[0\]\.reason/)
    expect(() =>
      config({ lix: { defaultLimit: 40, defaultReason: 'x', overallLimit: 40, minWords: 10, minWordsReason: 'x', splitGroups: [], splitGroupsReason: 'x', overrides: [{ group: 'about', limit: 45 }] } }),
    ).toThrow(/overrides\[0\]\.reason/)
    expect(() => config({ explanations: [{ key: 'a.x', term: 'vedtakk', reason: 'typo' }] })).toThrow(/a term listed in legalTerms/)
    expect(() => config({ notListed: [{ words: ['bosatt'] }] })).toThrow(/notListed\[0\]\.reason/)
    expect(() => config({ notListed: [{ words: ['vedtaket'], reason: 'everyday' }] })).toThrow(/"vedtaket" is matched by "vedtak"/)
  })

  it('reports entries that point at nothing in the source', () => {
    const c = config({ exemptions: [{ where: 'leter', checks: ['legal-terms'], reason: 'typo' }] })
    expect(found({ letter: { x: 'Hei.' } }, c)).toEqual(['config:exemptions: nothing at "leter" in the source'])
  })
})

describe('LIX limits', () => {
  // 12 words, 1 sentence; 10 long (not iht. = 3 letters, fravær = 6): 12/1 + 100 × 10/12 = 95.33
  const hard = 'Introduksjonsstønaden utbetales etterskuddsvis forutsatt dokumentert deltakelse iht. integreringslovens bestemmelser vedrørende fravær ovennevnte'
  const easy = 'Du har rett til programmet. Kommunen må gi deg et tilbud.'

  it('fail a group over its limit, and the whole check with it', () => {
    const report = checkPlainLanguage({ start: { a: easy }, about: { a: hard } }, config({ wordsToAvoid: [] }))
    const about = report.rows.find((r) => r.group === 'about')
    expect(about).toMatchObject({ words: 12, sentences: 1, longWords: 10, limit: 40, judged: true, pass: false })
    expect(about?.lix).toBeCloseTo(95.33, 2)
    expect(report.rows.find((r) => r.group === 'start')).toMatchObject({ pass: true })
    expect(report.ok).toBe(false)
    expect(formatReport(report)).toMatch(/about .*95\.3 +40 +FAIL/)
  })

  it('show but do not judge a group with fewer than minWords', () => {
    const report = checkPlainLanguage({ nav: { back: 'Tilbakemeldingsskjema' }, start: { a: easy } }, config())
    expect(report.rows.find((r) => r.group === 'nav')).toMatchObject({ lix: 101, judged: false, pass: true })
    expect(report.ok).toBe(true)
  })

  it('use a per-group override with its reason', () => {
    const lix = { defaultLimit: 40, defaultReason: 'x', overallLimit: 200, minWords: 10, minWordsReason: 'x', splitGroups: [], splitGroupsReason: 'x' }
    const c = config({ lix: { ...lix, overrides: [{ group: 'about', limit: 120, reason: 'legal sources list' }] }, wordsToAvoid: [] })
    const about = checkPlainLanguage({ about: { a: hard } }, c).rows.find((r) => r.group === 'about')
    expect(about).toMatchObject({ limit: 120, limitReason: 'legal sources list', pass: true })
  })

  it('give the subgroups of a split group their own rows', () => {
    const report = checkPlainLanguage({ complaint: { title: 'Klage', deadline: { a: easy }, route: { a: easy, b: easy } } }, config())
    expect(report.rows.map((r) => `${r.group}:${r.messages}`)).toEqual(['complaint:4', 'complaint.deadline:1', 'complaint.route:2'])
  })
})

describe('the real config', () => {
  it('is valid and points only at messages that exist in nb.json', () => {
    const nb = JSON.parse(readFileSync('locales/nb.json', 'utf8')) as Record<string, unknown>
    const c = parseConfig(JSON.parse(readFileSync('plain-language.config.json', 'utf8')))
    expect(checkPlainLanguage(nb, c).findings.filter((f) => f.kind === 'config')).toEqual([])
  })
})
