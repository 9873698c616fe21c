/**
 * The rules engine (contract: shared/spec/rules-api.md section 1). Pure TypeScript: no Vue, no
 * DOM, no i18n, no clock.
 */
export { assess } from './assess'
// The complaint helper has its own folder (src/complaint); its deadline is part of this contract.
export { complaintDeadline } from '@/complaint/deadline'
export { isRelevant, QUESTION_ORDER } from './relevance'
export { branchOutcome } from './openPoints'
export { REASON_CODES, REASON_STANCE } from './reasons'
export type { ReasonStance } from './reasons'
export type { ReasonCode } from './reasons'
export { LAW, RULES_CHECKED_ON, gInForce, lawOn } from './params'
export { formatCitation } from './citations'
export { PERMITS, REFERENCE_PERMITS, TRI_VALUES, OUTCOMES, RIGHT_OUTCOMES, FLAGS, DATE_KEYS, TRI_KEYS } from './values'
export type {
  Answers,
  AnswerKey,
  Assessment,
  Outcome,
  Flag,
  Reason,
  Citation,
  Permit,
  ReferencePermit,
  Tri,
  Stipend,
  PartialDate,
  ComplaintDeadline,
  KeyDate,
  KeyDateKind,
  Branch,
  BranchAnswer,
} from './types'
