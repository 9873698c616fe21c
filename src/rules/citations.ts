/**
 * Citation builders. Citations are kept in the Norwegian form a kommune reads
 * ("integreringsloven § 8 første ledd bokstav a"), in every UI language: they are what a user
 * quotes back to the kommune. `formatCitation` joins the parts.
 *
 * Fields: law (short Norwegian name), section ('§ 8'), paragraph ('første ledd'), letter ('a',
 * shown as "bokstav a"), url (Lovdata, to the section where Lovdata has an anchor for it).
 */
import type { Citation } from './types'
import { fvlOn, lawOn } from './params'
import type { FvlSections, IlTopic } from './params'

const SECTION_SIGN = '%C2%A7'

interface Law {
  name: string
  /** Lovdata address of the whole act. */
  base: string
  /** Whether Lovdata addresses single sections as `${base}/§N`. */
  sectionUrls: boolean
}

export const LAWS = {
  integreringsloven: { name: 'integreringsloven', base: 'https://lovdata.no/lov/2020-11-06-127', sectionUrls: true },
  integreringsforskriften: {
    name: 'integreringsforskriften',
    base: 'https://lovdata.no/forskrift/2020-11-20-1584',
    sectionUrls: true,
  },
  introduksjonsloven: { name: 'introduksjonsloven', base: 'https://lovdata.no/lov/2003-07-04-80', sectionUrls: false },
  forvaltningsloven1967: { name: 'forvaltningsloven', base: 'https://lovdata.no/lov/1967-02-10', sectionUrls: true },
  forvaltningsloven2025: { name: 'forvaltningsloven', base: 'https://lovdata.no/lov/2025-06-20-81', sectionUrls: true },
  utlendingsloven: { name: 'utlendingsloven', base: 'https://lovdata.no/lov/2008-05-15-35', sectionUrls: true },
  domstolloven: { name: 'domstolloven', base: 'https://lovdata.no/lov/1915-08-13-5', sectionUrls: true },
  folketrygdloven: { name: 'folketrygdloven', base: 'https://lovdata.no/lov/1997-02-28-19', sectionUrls: true },
  /** The amended integreringsloven as enacted by lov 20. juni 2025 nr. 35 (Norsk Lovtidend). */
  integreringslovenEndret2025: {
    name: 'integreringsloven (endret ved lov 20. juni 2025 nr. 35)',
    base: 'https://lovdata.no/dokument/LTI/lov/2025-06-20-35',
    sectionUrls: false,
  },
} as const satisfies Record<string, Law>

const ORDINALS = ['første', 'andre', 'tredje', 'fjerde', 'femte', 'sjette', 'sjuende', 'åttende'] as const

/** 1 → 'første ledd'. */
export function paragraphName(n: number): string {
  const word = ORDINALS[n - 1]
  return word ? `${word} ledd` : `${n}. ledd`
}

/**
 * A citation of `section` (e.g. '8', '14 a', '1-4') of `law`, optionally a paragraph (ledd, by
 * number) and a letter (bokstav, the bare letter).
 */
export function cite(law: Law, section: string, paragraph?: number, letter?: string): Citation {
  const c: Citation = {
    law: law.name,
    section: `§ ${section}`,
    url: law.sectionUrls ? `${law.base}/${SECTION_SIGN}${section.replace(/\s+/g, '')}` : law.base,
  }
  if (paragraph !== undefined) c.paragraph = paragraphName(paragraph)
  if (letter !== undefined) c.letter = letter
  return c
}

export const integreringsloven = (section: string, paragraph?: number, letter?: string): Citation =>
  cite(LAWS.integreringsloven, section, paragraph, letter)

export const integreringsforskriften = (section: string, paragraph?: number, letter?: string): Citation =>
  cite(LAWS.integreringsforskriften, section, paragraph, letter)

/** The old act (repealed; Lovdata shows the transition note on the act's page, no section anchors). */
export const introduksjonsloven = (section: string): Citation => cite(LAWS.introduksjonsloven, section)

export const utlendingsloven = (section: string, paragraph?: number, letter?: string): Citation =>
  cite(LAWS.utlendingsloven, section, paragraph, letter)

export const domstolloven = (section: string, paragraph?: number): Citation =>
  cite(LAWS.domstolloven, section, paragraph)

export const folketrygdloven = (section: string): Citation => cite(LAWS.folketrygdloven, section)

/** A section of integreringsloven as amended by lov 20. juni 2025 nr. 35 (Lovtidend has no section anchors). */
export const integreringslovenEndret2025 = (section: string, paragraph?: number): Citation =>
  cite(LAWS.integreringslovenEndret2025, section, paragraph)

/**
 * Integreringsloven's rule `topic` in the numbering in force on `day` (LAW.IL_SECTIONS), so a
 * renumbering is a new dated entry and no change here. A topic that is no rule on `day` throws:
 * citing it is a bug, and the engine's tests fail on it.
 */
export function ilRule(topic: IlTopic, day: string): Citation {
  const ref = lawOn('IL_SECTIONS', day)[topic]
  if (!ref) throw new Error(`integreringsloven has no rule "${topic}" on ${day}`)
  return cite(LAWS.integreringsloven, ref.section, ref.paragraph, ref.letter)
}

/** Whether integreringsloven has the rule `topic` on `day`. */
export const ilHasRule = (topic: IlTopic, day: string): boolean => lawOn('IL_SECTIONS', day)[topic] !== undefined

/**
 * Forvaltningsloven, in the numbering of the act in force on `day` (LAW.FVL_ACT): `topic` names
 * the rule, so switching acts needs no change here.
 */
export function forvaltningsloven(topic: keyof FvlSections, day: string, paragraph?: number): Citation {
  const { act, sections } = fvlOn(day)
  return cite(act === '2025' ? LAWS.forvaltningsloven2025 : LAWS.forvaltningsloven1967, sections[topic], paragraph)
}

/** "integreringsloven § 8 første ledd bokstav a" */
export function formatCitation(c: Citation): string {
  return [c.law, c.section, c.paragraph, c.letter ? `bokstav ${c.letter}` : undefined]
    .filter((p) => p !== undefined && p !== '')
    .join(' ')
}
