/// <reference lib="webworker" />
/**
 * The service worker: the guide works offline after one visit, with a small download.
 *
 * - Precached (the build lists them: scripts/pwa/generate.ts): the app itself, the Bokmål
 *   messages and pages (Bokmål is the authority and the fallback), the styles, the icons.
 * - Each other language — its messages, its font (Arabic or Ethiopic script) — is
 *   kept once it has been shown (its pre-rendered pages are not: offline, a language's page is
 *   the precached Bokmål one, drawn in the language by the app) (the page asks: intro-guide:cache-locale), not for everyone.
 *   Offline, the page asks before switching (intro-guide:has-locale) and says so when a
 *   language is not on the device, rather than failing.
 * - A page not on the device, offline: the guide's not-found page, with a <base> so its links
 *   work from any folder (/assets/nope.js included).
 * - A new version takes over at once; old caches are removed.
 *
 * Nothing the user types is ever in a cache: the guide makes no requests with answers.
 */
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching'
import { registerRoute } from 'workbox-routing'
import { CacheFirst } from 'workbox-strategies'
import { ExpirationPlugin } from 'workbox-expiration'
import { clientsClaim } from 'workbox-core'
import { LOCALE_CACHE, type ToWorker } from './protocol'

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: { url: string; revision: string | null }[] }
/** Per language, the files it needs beyond the precache (relative to the scope). Set by the build. */
declare const __LOCALE_ASSETS__: Record<string, string[]>

void self.skipWaiting()
clientsClaim()
cleanupOutdatedCaches()
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/.*/], directoryIndex: 'index.html' })

const scope = () => self.registration.scope
const abs = (rel: string) => new URL(rel, scope()).href
// Hosts send Vary: Accept-Encoding; a kept file is the same file whatever the encoding asked for.
const MATCH = { ignoreVary: true, ignoreSearch: true } as const

// Hashed files not precached (other languages' messages, fonts, font styles, the editors' page):
// their names change with their content, so a kept copy is always right.
registerRoute(
  ({ url, request, sameOrigin }) => sameOrigin && request.mode !== 'navigate' && url.pathname.includes('/assets/'),
  new CacheFirst({ cacheName: LOCALE_CACHE, matchOptions: MATCH, plugins: [new ExpirationPlugin({ maxEntries: 120 })] }),
)

/** A page for any folder: the HTML with a <base> at the guide's root, so relative links work. */
async function withBase(response: Response, status = 200, head = ''): Promise<Response> {
  const html = (await response.text()).replace(/<head>/i, `<head><base href="${scope()}">${head}`)
  return new Response(html, { status, headers: { 'content-type': 'text/html; charset=utf-8' } })
}

// Pages not precached (another language's pages): the network first, the kept copy offline,
// and the not-found page for anything else.
registerRoute(
  ({ request, sameOrigin }) => sameOrigin && request.mode === 'navigate',
  async ({ request, url }) => {
    const cache = await caches.open(LOCALE_CACHE)
    const page = new URL(url.pathname, url.origin).href
    try {
      const response = await fetch(request)
      if (response.ok) await cache.put(page, response.clone())
      return response
    } catch {
      const kept = (await cache.match(page, MATCH)) ?? (await cache.match(`${page.replace(/\/$/, '')}/index.html`, MATCH))
      if (kept) return kept
      // A language's folder (ar/, nb/, …) has the root's pages in that language. The root's are
      // precached: serve that one, saying the page's language; the app then draws it in that
      // language (its messages are kept: has-locale), rather than keep every page twice.
      const folder = /^([a-z]{2,3})\/([\w-]+\.html)?$/.exec(page.slice(scope().length))
      const same = folder && folder[1]! in __LOCALE_ASSETS__ ? await matchPrecache(folder[2] ?? 'index.html') : undefined
      if (same) return withBase(same, 200, `<meta name="intro-guide:locale" content="${folder![1]}">`)
      const notFound = await matchPrecache('404.html')
      return notFound ? withBase(notFound, 404) : Response.error()
    }
  },
)

async function hasAll(code: string): Promise<boolean> {
  const files = __LOCALE_ASSETS__[code]
  if (!files) return false
  for (const f of files) if (!(await caches.match(abs(f), MATCH))) return false
  return true
}

async function keepAll(code: string): Promise<boolean> {
  const files = __LOCALE_ASSETS__[code] ?? []
  const cache = await caches.open(LOCALE_CACHE)
  const results = await Promise.allSettled(
    files.map(async (f) => {
      if (await caches.match(abs(f), MATCH)) return
      const response = await fetch(abs(f))
      if (!response.ok) throw new Error(`${f}: ${response.status}`)
      await cache.put(abs(f), response)
    }),
  )
  return results.every((r) => r.status === 'fulfilled')
}

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  const data = event.data as ToWorker | null
  const port = event.ports[0]
  if (!data || typeof data !== 'object' || typeof data.code !== 'string' || !port) return
  if (data.type === 'intro-guide:has-locale') event.waitUntil(hasAll(data.code).then((available) => port.postMessage({ available })))
  if (data.type === 'intro-guide:cache-locale') event.waitUntil(keepAll(data.code).then((cached) => port.postMessage({ cached })))
})
