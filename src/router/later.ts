/**
 * The pages after the questions, as lazy route components. While the user answers questions,
 * their code is fetched in an idle moment, so "Continue" to the check page and "See the result"
 * wait for no download (on a slow connection, that wait was most of the tap).
 */
import { whenIdle } from '@/lib/idle'

export const CheckView = () => import('@/views/CheckView.vue')
export const ResultView = () => import('@/views/ResultView.vue')

let fetched = false

export function prefetchLaterPages(): void {
  if (fetched || (typeof navigator !== 'undefined' && navigator.onLine === false)) return
  fetched = true
  // Offline, the service worker has them already; a failed fetch is tried again on the tap.
  whenIdle(() => {
    void CheckView().catch(() => (fetched = false))
    void ResultView().catch(() => (fetched = false))
  })
}
