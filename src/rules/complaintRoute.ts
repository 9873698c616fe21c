/**
 * The complaint route: which decisions can be appealed (integreringsloven § 46, forskrift § 69),
 * which cannot and why, and which Statsforvalter office covers each county. Research:
 * shared/spec/rules.md section (d) and rules-followup.md Q7; checked 2026-11-23.
 */
import type { Citation } from './types'
import { forvaltningsloven, integreringsforskriften, integreringsloven } from './citations'
import { parseIsoDate } from './dates'

export const APPEALABLE = [
  'participation',
  'stipend',
  'norwegian-training',
  'plan-change',
  'stop',
  'leave',
  'deduction-large',
] as const
export const NOT_APPEALABLE = ['holiday', 'deduction-small', 'settlement-kommune'] as const
export const DECISIONS = [...APPEALABLE, ...NOT_APPEALABLE, 'unknown'] as const

export type AppealableDecision = (typeof APPEALABLE)[number]
export type NotAppealableDecision = (typeof NOT_APPEALABLE)[number]
export type Decision = (typeof DECISIONS)[number]

export const isAppealable = (d: unknown): d is AppealableDecision => (APPEALABLE as readonly unknown[]).includes(d)
export const isNotAppealable = (d: unknown): d is NotAppealableDecision => (NOT_APPEALABLE as readonly unknown[]).includes(d)

/** Why each decision is (or is not) an enkeltvedtak one can appeal: § 46 second paragraph letters. */
export const DECISION_BASIS: Record<Exclude<Decision, 'unknown'>, Citation[]> = {
  participation: [integreringsloven('46', 2, 'a')],
  stipend: [integreringsloven('46', 2, 'a')],
  'norwegian-training': [integreringsloven('46', 2, 'a')],
  'plan-change': [integreringsloven('46', 2, 'c')],
  stop: [integreringsloven('46', 2, 'd')],
  leave: [integreringsloven('46', 2, 'e')],
  'deduction-large': [integreringsloven('46', 2, 'g')],
  holiday: [integreringsforskriften('69')],
  'deduction-small': [integreringsloven('46', 2, 'g')],
  'settlement-kommune': [integreringsloven('46', 4)],
}

/** The appeal itself: integreringsloven § 47 (to Statsforvalteren) with forvaltningsloven. */
export const APPEAL_RULES: Citation[] = [
  integreringsloven('47'),
  forvaltningsloven('deadline', 1),
  forvaltningsloven('late'),
  forvaltningsloven('content'),
  forvaltningsloven('lowerBody'),
  forvaltningsloven('documents'),
]

/** Counties (fylker) from 1 January 2024, by number, and the Statsforvalter office for each. */
export const COUNTIES = [
  { number: '03', name: 'Oslo', office: 'Statsforvalteren i Østfold, Buskerud, Oslo og Akershus' },
  { number: '11', name: 'Rogaland', office: 'Statsforvalteren i Rogaland' },
  { number: '15', name: 'Møre og Romsdal', office: 'Statsforvalteren i Møre og Romsdal' },
  { number: '18', name: 'Nordland', office: 'Statsforvalteren i Nordland' },
  { number: '31', name: 'Østfold', office: 'Statsforvalteren i Østfold, Buskerud, Oslo og Akershus' },
  { number: '32', name: 'Akershus', office: 'Statsforvalteren i Østfold, Buskerud, Oslo og Akershus' },
  { number: '33', name: 'Buskerud', office: 'Statsforvalteren i Østfold, Buskerud, Oslo og Akershus' },
  { number: '34', name: 'Innlandet', office: 'Statsforvalteren i Innlandet' },
  { number: '39', name: 'Vestfold', office: 'Statsforvalteren i Vestfold og Telemark' },
  { number: '40', name: 'Telemark', office: 'Statsforvalteren i Vestfold og Telemark' },
  { number: '42', name: 'Agder', office: 'Statsforvalteren i Agder' },
  { number: '46', name: 'Vestland', office: 'Statsforvalteren i Vestland' },
  { number: '50', name: 'Trøndelag', office: 'Statsforvalteren i Trøndelag' },
  { number: '55', name: 'Troms', office: 'Statsforvalteren i Troms og Finnmark' },
  { number: '56', name: 'Finnmark', office: 'Statsforvalteren i Troms og Finnmark' },
] as const

export const STATSFORVALTER_URL = 'https://www.statsforvalteren.no/'

export function officeForCounty(number: unknown): string | undefined {
  return COUNTIES.find((c) => c.number === number)?.office
}

/** The deadline has passed when today is after it (sending on the last day is in time, fvl § 30). */
export function isPastDeadline(deadline: string, today: string): boolean {
  return parseIsoDate(deadline) !== null && parseIsoDate(today) !== null && today > deadline
}

/** Free legal help run by law students (rules.md S25; contact details change, so none are given). JURK is Juridisk rådgivning for kvinner: the text beside it already says "for women". */
export const LEGAL_AID = [
  { name: 'Jussbuss', where: 'helpOslo' },
  { name: 'JURK', where: 'helpWomen' },
  { name: 'Jussformidlingen', where: 'helpBergen' },
  { name: 'Jusshjelpa i Nord-Norge', where: 'helpTromso' },
  { name: 'Studentjuristen', where: 'helpAgder' },
] as const
