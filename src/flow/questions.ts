/**
 * The questions: ids are the `Answers` keys (contract, rules-api.md §2), and the options are the
 * contract's enum values. Wording lives in locales/ under `question.<id>`; this file holds only
 * the shape of each question. The order, and whether a question matters, come from src/rules.
 */
import type { AnswerKey, Permit } from '@/rules/types'
import { PERMITS, REFERENCE_PERMITS, TRI_VALUES as TRI } from '@/rules/values'
import { QUESTION_ORDER } from '@/rules/relevance'

export type DatePrecision =
  /** year and month required, day optional */
  | 'month'
  /** only the year required (birth dates) */
  | 'year'

export interface ChoiceQuestion {
  id: AnswerKey
  kind: 'choice'
  options: readonly string[]
}

export interface DateQuestion {
  id: AnswerKey
  kind: 'date'
  precision: DatePrecision
  /** Whether "I don't know" is a valid answer (the engine then treats the date as not given). */
  allowUnknown: boolean
}

export type Question = ChoiceQuestion | DateQuestion

/** The options in the order shown: the rules' own lists, with asylum seekers before EEA citizens. */
const PERMIT_OPTIONS: readonly Permit[] = [
  ...PERMITS.filter((p) => p !== 'eea-nordic' && p !== 'unknown'),
  'eea-nordic',
  'unknown',
]

const choice = (id: AnswerKey, options: readonly string[]): ChoiceQuestion => ({ id, kind: 'choice', options })
const date = (id: AnswerKey, precision: DatePrecision = 'month', allowUnknown = true): DateQuestion => ({
  id,
  kind: 'date',
  precision,
  allowUnknown,
})

const DEFINITIONS: Record<AnswerKey, Question> = {
  permit: choice('permit', PERMIT_OPTIONS),
  referencePermit: choice('referencePermit', REFERENCE_PERMITS),
  referenceSettlementDate: date('referenceSettlementDate'),
  familyApplicationDate: date('familyApplicationDate'),
  permitDate: date('permitDate'),
  arrivalDate: date('arrivalDate'),
  // Many people only know the year they were born (or have 1 January on their papers).
  birthDate: date('birthDate', 'year', false),
  startedProgramme: choice('startedProgramme', TRI),
  declinedOrLeft: choice('declinedOrLeft', TRI),
  settled: choice('settled', TRI),
  settlementDate: date('settlementDate'),
  imdiAgreement: choice('imdiAgreement', TRI),
  firstKommune: choice('firstKommune', TRI),
  claimDate: date('claimDate'),
  job30Hours: choice('job30Hours', TRI),
  childrenUnder18: choice('childrenUnder18', TRI),
  livesWithParent: choice('livesWithParent', TRI),
}

/** All questions in the order they are asked. */
export const QUESTIONS: readonly Question[] = QUESTION_ORDER.map((id) => DEFINITIONS[id])

export function getQuestion(id: string): Question | undefined {
  return (QUESTION_ORDER as readonly string[]).includes(id) ? DEFINITIONS[id as AnswerKey] : undefined
}

export function isQuestionId(id: string): id is AnswerKey {
  return (QUESTION_ORDER as readonly string[]).includes(id)
}
