/**
 * Which decisions can be appealed (integreringsloven § 46, forskrift § 69) and which cannot, the
 * rules of the appeal, and free legal help. The reasoning: docs/law/complaints.md.
 */
import type { Citation } from '@/rules/types'
import { forvaltningsloven, ilRule } from '@/rules/citations'
import { parseIsoDate } from '@/rules/dates'

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

/** The appeal itself, in the acts in force on `day`: integreringsloven § 47 (to Statsforvalteren) with forvaltningsloven. */
export const appealRules = (day: string): Citation[] => [
  ilRule('appeal', day),
  forvaltningsloven('deadline', day, 1),
  forvaltningsloven('late', day),
  forvaltningsloven('content', day),
  forvaltningsloven('lowerBody', day),
  forvaltningsloven('documents', day),
]

/** The deadline has passed when today is after it (sending on the last day is in time, fvl § 30). */
export function isPastDeadline(deadline: string, today: string): boolean {
  return parseIsoDate(deadline) !== null && parseIsoDate(today) !== null && today > deadline
}

/** Free legal help run by law students (docs/law/complaints.md; contact details change, so none are given). JURK is Juridisk rådgivning for kvinner: the text beside it already says "for women". */
export const LEGAL_AID = [
  { name: 'Jussbuss', where: 'helpOslo' },
  { name: 'JURK', where: 'helpWomen' },
  { name: 'Jussformidlingen', where: 'helpBergen' },
  { name: 'Jusshjelpa i Nord-Norge', where: 'helpTromso' },
  { name: 'Studentjuristen', where: 'helpAgder' },
] as const
