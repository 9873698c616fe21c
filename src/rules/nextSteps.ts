/**
 * What the person should do next, from their assessment: each step names its text
 * (`next.<code>` in locales/) and the key date it is tied to, with the rule behind it. The views
 * only show these; which step applies to whom is decided here.
 */
import type { Assessment, Citation, KeyDate, KeyDateKind } from './types'
import { ilRule } from './citations'
import type { IlTopic } from './params'
import { RIGHT_OUTCOMES, includes } from './values'

export type NextStepCode =
  /** start deadline passed, not started: ask in writing now (what to write), complaint if refused */
  | 'start-passed'
  /** start deadline ahead: the date, and what to do if nothing has happened by then */
  | 'start-ahead'
  /** a right, but no settlement date: within 3 months of settlement or of a written claim */
  | 'start-general'
  /** in reception: the 3 months run from settlement */
  | 'start-once-settled'
  /** the kommune must decide before the 2 years have passed (today stands in for the decision) */
  | 'decide-before'
  /** the right applies only in the first kommune */
  | 'first-kommune-only'
  /** in reception: the right will apply in the first kommune */
  | 'first-kommune-once-settled'
  /** from 2026: no right while working 30+ hours; it returns if the job ends before the limit */
  | 'job-ends-before'
  /** may be offered: ask in writing, before the 2 years have passed */
  | 'ask-offer-before'
  /** may be offered, no date: ask in writing; a refusal can be appealed */
  | 'ask-offer'
  /** the 2 years have passed (not in the target group any more) */
  | 'two-years-passed'
  /** family: the 5 years of the family member, as a date */
  | 'family-five-years'
  /** declined or left: may still ask; the kommune decides */
  | 'ask-again'
  /** old law: ask the kommune */
  | 'ask-old-law'
  /** not in the target group: what it does and does not mean */
  | 'what-no-means'
  /** Norwegian and social studies: a right and/or duty depending on the permit (§§ 26–28) */
  | 'norwegian-training'
  /** NAV for money to live on or help to find work */
  | 'ask-nav'
  /** cannot tell: ask the kommune about the open points */
  | 'ask-open-points'
  /** a key date no other step names: shown on its own */
  | 'date-start-deadline'
  | 'date-two-year-limit'
  | 'date-family-five-years'

/** The steps, in no particular order (each a `next.<code>` text in locales/). */
export const NEXT_STEP_CODES = [
  'start-passed',
  'start-ahead',
  'start-general',
  'start-once-settled',
  'decide-before',
  'first-kommune-only',
  'first-kommune-once-settled',
  'job-ends-before',
  'ask-offer-before',
  'ask-offer',
  'two-years-passed',
  'family-five-years',
  'ask-again',
  'ask-old-law',
  'what-no-means',
  'norwegian-training',
  'ask-nav',
  'ask-open-points',
  'date-start-deadline',
  'date-two-year-limit',
  'date-family-five-years',
] as const

// The list and the type name the same codes.
NEXT_STEP_CODES satisfies readonly NextStepCode[]

export interface NextStep {
  code: NextStepCode
  /** the key date the step names ({date} in its text) */
  keyDate?: KeyDate
  citations: Citation[]
}

function find(a: Assessment, kind: KeyDateKind): KeyDate | undefined {
  return a.keyDates.find((k) => k.kind === kind)
}

/** `today`: the day the assessment was made for (the rules' numbering of that day). */
export function nextSteps(a: Assessment, today: string): NextStep[] {
  const il = (topic: IlTopic) => ilRule(topic, today)
  const steps: NextStep[] = []
  const start = find(a, 'start-deadline')
  const two = find(a, 'two-year-limit')
  const five = find(a, 'family-five-years')
  const add = (code: NextStepCode, citations: Citation[], keyDate?: KeyDate) => steps.push(keyDate ? { code, keyDate, citations } : { code, citations })
  const started = a.flags.includes('can-complete')

  switch (a.outcome) {
    case 'right-and-duty':
    case 'right-temporary-rules':
      if (started) break
      if (start) add(start.passed ? 'start-passed' : 'start-ahead', start.rule, start)
      else add('start-general', [il('startDeadline')])
      if (two && !two.passed) add('decide-before', two.rule, two)
      add('first-kommune-only', [il('targetGroup')])
      break
    case 'right-once-settled':
      add('start-once-settled', [il('startDeadline')])
      add('first-kommune-once-settled', [il('targetGroup')])
      break
    case 'may-be-offered':
      if (two && !two.passed) add('ask-offer-before', [il('mayOffer'), ...two.rule], two)
      else add('ask-offer', [il('mayOffer')])
      break
    case 'duty-lapsed':
      add('ask-again', [il('dutyLapsed')])
      break
    case 'old-law':
      add('ask-old-law', [il('transition')])
      break
    case 'not-in-target-group':
      if (a.flags.includes('right-returns-if-job-ends') && two && !two.passed) add('job-ends-before', [il('jobRule'), ...two.rule], two)
      else if (two?.passed) add('two-years-passed', two.rule, two)
      add('what-no-means', [il('targetGroup')])
      add('norwegian-training', [il('training'), il('trainingRight'), il('trainingDuty')])
      add('ask-nav', [])
      break
    case 'cannot-tell':
      add('ask-open-points', [il('targetGroup')])
      break
  }
  if (five) add('family-five-years', five.rule, five)
  // Every one of the person's dates is shown: those no step names, on their own.
  for (const k of a.keyDates) if (!steps.some((s) => s.keyDate?.kind === k.kind)) add(`date-${k.kind}`, k.rule, k)
  return steps
}

/** Outcomes for which the page describes the programme (it gives the right, or may be offered). */
export const describesProgramme = (a: Pick<Assessment, 'outcome'>): boolean => givesRight(a) || a.outcome === 'may-be-offered'

/** Flags shown as a notice of their own, in this order. */
const NOTICE_FLAGS = ['rules-may-have-changed', 'can-complete', 'right-returns-if-job-ends', 'may-refuse-if-job', 'age-limit-changing'] as const

export interface Notice {
  flag: (typeof NOTICE_FLAGS)[number]
  /** chapter 6A past its end date: say so in plain words */
  temporaryRulesEnded: boolean
}

export function notices(a: Pick<Assessment, 'outcome' | 'flags'>): Notice[] {
  return NOTICE_FLAGS.filter((f) => a.flags.includes(f)).map((flag) => ({
    flag,
    temporaryRulesEnded: flag === 'rules-may-have-changed' && a.outcome === 'right-temporary-rules',
  }))
}

/** Whether the outcome gives (or will give) the right: the programme's content applies in full. */
export const givesRight = (a: Pick<Assessment, 'outcome'>): boolean => includes(RIGHT_OUTCOMES, a.outcome)
