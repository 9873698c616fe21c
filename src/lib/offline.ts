/**
 * The page's side of the service worker (src/sw/sw.ts): keep the shown language on the device,
 * and ask before switching offline whether a language is there.
 */
import type { ToWorker } from '@/sw/protocol'

function ask<T>(message: ToWorker): Promise<T | undefined> {
  const controller = typeof navigator !== 'undefined' ? navigator.serviceWorker?.controller : null
  if (!controller) return Promise.resolve(undefined)
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = (event) => resolve(event.data as T)
    controller.postMessage(message, [channel.port2])
  })
}

/** Keeps the language's messages, font and pages on the device (once it has been shown online). */
export async function keepLocale(code: string): Promise<void> {
  await ask({ type: 'intro-guide:cache-locale', code })
}

/**
 * Whether switching to `code` can work now: online, yes; offline, only if the service worker
 * has the language's files (without a service worker we cannot tell, and try).
 */
export async function canShowLocale(code: string): Promise<boolean> {
  if (typeof navigator === 'undefined' || navigator.onLine !== false) return true
  const reply = await ask<{ available: boolean }>({ type: 'intro-guide:has-locale', code })
  return reply === undefined ? true : reply.available
}
