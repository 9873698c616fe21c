/**
 * What the page and the service worker say to each other (src/sw/sw.ts, src/lib/offline.ts).
 * Pure types and names, shared by both.
 */

/** Is a language's every file (messages, font, pages) on this device? Reply: { available }. */
export interface HasLocale {
  type: 'intro-guide:has-locale'
  code: string
}

/** Keep a language's every file on this device (done once it has been shown). Reply: { cached }. */
export interface CacheLocale {
  type: 'intro-guide:cache-locale'
  code: string
}

export type ToWorker = HasLocale | CacheLocale

/** The runtime cache of the files kept per language (other than the precache). */
export const LOCALE_CACHE = 'intro-guide-locales-v1'
