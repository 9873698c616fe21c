/**
 * Imported first by main.ts: a result handed over from another phone (#/result?handover=…,
 * src/lib/handover.ts) is taken out of the address at once — it never stays in the address bar
 * or the history — and put where this tab keeps answers. The answers store then validates it
 * like any stored answers; anything wrong and it shows a calm message instead (LOAD_NOTICES).
 */
import { decodeHandover, takeFromHash } from './handover'
import { writeSession } from './storage'
import { ANSWERS_KEY, HANDOVER_KEY, handoverArrived, hasSavedAnswers } from '@/stores/saved'

const { found, hash } = takeFromHash(window.location.hash)
if (found !== null) {
  window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search + hash)
  const value = decodeHandover(found)
  const readable = typeof value === 'object' && value !== null && !Array.isArray(value)
  if (readable) writeSession(ANSWERS_KEY, JSON.stringify(value))
  writeSession(HANDOVER_KEY, readable ? 'received' : 'unreadable')
  hasSavedAnswers.value = true
  handoverArrived.value = true
}
export {}
