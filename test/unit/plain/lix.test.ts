import { describe, expect, it } from 'vitest'
import { isLongWord, lix, lixOf, pool, sentences, textStats, words } from '../../../scripts/plain/lix'

describe('LIX', () => {
  it('of a known text, counted by hand', () => {
    // Du har rett til programmet. | Kommunen må gi deg et tilbud.
    // 11 words, 2 sentences; long (> 6 letters): programmet (10), Kommunen (8) – tilbud has 6.
    // LIX = 11/2 + 100 × 2/11 = 5.5 + 18.18… = 23.68…
    const text = 'Du har rett til programmet. Kommunen må gi deg et tilbud.'
    expect(textStats(text)).toEqual({ words: 11, sentences: 2, longWords: 2 })
    expect(lixOf(text)).toBeCloseTo(23.68, 2)
  })

  it('of a very hard text', () => {
    // 3 words, 1 sentence, all 3 long: 3/1 + 100 × 3/3 = 103
    expect(lixOf('Introduksjonsstønaden utbetales etterskuddsvis.')).toBe(103)
  })

  it('of a group is the LIX of its messages pooled, not a mean of LIXes', () => {
    // the text above (11 words, 2 sentences, 2 long) + "Ja" (1, 1, 0):
    // 12/3 + 100 × 2/12 = 4 + 16.67 = 20.67 (the mean of 23.68 and 1 would be 12.3)
    const s = pool([textStats('Du har rett til programmet. Kommunen må gi deg et tilbud.'), textStats('Ja')])
    expect(s).toEqual({ words: 12, sentences: 3, longWords: 2 })
    expect(lix(s)).toBeCloseTo(20.67, 2)
  })

  it('is 0 for a message without words', () => {
    expect(textStats('')).toEqual({ words: 0, sentences: 0, longWords: 0 })
    expect(textStats('§ – …')).toEqual({ words: 0, sentences: 0, longWords: 0 })
    expect(lixOf('')).toBe(0)
  })

  it('counts letters, not characters, for a long word', () => {
    expect(isLongWord('tilbud')).toBe(false) // 6
    expect(isLongWord('Sverige')).toBe(true) // 7
    expect(isLongWord('f.eks')).toBe(false) // 4 letters
    expect(isLongWord('2024')).toBe(false) // digits are no letters
    expect(isLongWord('EØS-land')).toBe(true) // 7 letters, one word
  })
})

describe('sentence splitting', () => {
  it('does not end a sentence at an abbreviation before a capital', () => {
    // Velg et land f.eks Sverige eller Polen | Da er du ferdig: 11 words, 2 sentences,
    // 1 long (Sverige): 11/2 + 100 × 1/11 = 5.5 + 9.09 = 14.59
    const text = 'Velg et land, f.eks. Sverige eller Polen. Da er du ferdig.'
    expect(sentences(text)).toEqual(['Velg et land f.eks Sverige eller Polen', 'Da er du ferdig'])
    expect(lixOf(text)).toBeCloseTo(14.59, 2)
    expect(sentences('Dette gjelder bl.a. UDI og IMDi. Spør kommunen.')).toHaveLength(2)
    expect(sentences('Regelen står i loven (jf. § 8). Den gjelder deg.')).toHaveLength(2)
  })

  it('does not let a § citation, an ordinal or a date end a sentence', () => {
    expect(sentences('Da gjelder introduksjonsloven § 8 for deg.')).toEqual(['Da gjelder introduksjonsloven 8 for deg'])
    expect(sentences('Utlendingsloven § 38 femte ledd. Velg det første svaret.')).toHaveLength(2)
    expect(sentences('Grunnbeløpet endres hvert år 1. mai. Beløpet kan være for gammelt.')).toHaveLength(2)
    expect(sentences('Skriv tall, for eksempel 15. 3. 2024. Vet du ikke dagen, la den stå tom.')).toHaveLength(2)
    expect(sentences('Integreringsloven §§ 63–66 gjelder.')).toHaveLength(1)
  })

  it('ends sentences at ! ? and after closing quotes and brackets', () => {
    expect(sentences('Er du uenig? Da kan du klage!')).toHaveLength(2)
    expect(sentences('Velg «Jeg vet ikke». Da går du videre.')).toHaveLength(2)
    expect(sentences('Se skatteetaten.no (folkeregisteret). Der står datoen.')).toEqual(['Se skatteetaten.no folkeregisteret', 'Der står datoen'])
    expect(sentences('Der står det ofte «Vedtak om …». Nederst står fristen.')).toHaveLength(2)
  })

  it('ends a sentence at a colon only before a capital', () => {
    expect(sentences('Merk: En regel kan ha endret seg.')).toHaveLength(2)
    expect(sentences('Du får trolig {share}: omtrent {amount} kroner i året.')).toHaveLength(1)
    expect(sentences('Dato: {date}')).toHaveLength(1)
  })

  it('counts a message without final punctuation, and each line, as a sentence', () => {
    expect(textStats('Slett svarene mine')).toEqual({ words: 3, sentences: 1, longWords: 1 })
    expect(sentences('Første linje\nAndre linje')).toHaveLength(2)
  })
})

describe('placeholders', () => {
  it('count as one short word, whatever their name', () => {
    // {complaintWeeks} reads as "3": the same counts as the text with the number in it
    expect(textStats('Fristen er {complaintWeeks} uker.')).toEqual(textStats('Fristen er 3 uker.'))
    expect(textStats('Fristen er {complaintWeeks} uker.')).toEqual({ words: 4, sentences: 1, longWords: 1 })
    expect(words('Til: {kommune}')).toHaveLength(2)
  })

  it('start a sentence after a full stop, but not after a colon', () => {
    expect(sentences('Fristen gikk ut {deadline}. {n} uker er gått.')).toHaveLength(2)
    expect(sentences('Fra: {name}')).toHaveLength(1)
  })

  it('are not split into words by their own letters, and literals print their text', () => {
    expect(textStats('{introduksjonsstonadBelop}')).toEqual({ words: 1, sentences: 1, longWords: 0 })
    expect(words("Skriv {'@'} her")).toHaveLength(2)
  })
})
