/**
 * What this tab has kept, known without loading the stores: the start page and the page frame
 * need only "are there answers?", and must not pull in the rules engine to find out.
 */
import { ref } from 'vue'
import { readSession } from '@/lib/storage'

export const ANSWERS_KEY = 'intro-guide:answers:v1'
export const COMPLAINT_KEY = 'intro-guide:complaint:v1'
/** Set for one load when answers came from another phone (src/lib/takeHandover.ts). */
export const HANDOVER_KEY = 'intro-guide:handover'

/** True while this tab holds eligibility answers; the answers store keeps it up to date. */
export const hasSavedAnswers = ref(readSession(ANSWERS_KEY) !== null)

/** True when this load brought answers from another phone: the frame then shows how that went. */
export const handoverArrived = ref(false)
