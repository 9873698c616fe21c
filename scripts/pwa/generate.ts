/**
 * The service worker, generated with Workbox after the pages are pre-rendered (so the HTML it
 * precaches is the HTML that is served): after one visit the guide works offline — every page,
 * every language's messages, the styles. Fonts are cached the first time a language that needs
 * one is shown. A new version takes over at once (skipWaiting + clientsClaim) and old caches
 * are removed, so nobody is left on a stale copy; the app reloads once if an old chunk is gone.
 * Nothing the user types is ever in a cache: the guide makes no requests with answers.
 */
import { resolve } from 'node:path'
import { generateSW } from 'workbox-build'

const dist = resolve(import.meta.dirname, '../../dist')

const { count, size, warnings } = await generateSW({
  globDirectory: dist,
  globPatterns: ['**/*.{html,js,css,svg,png,webmanifest}'],
  // Not part of the guide itself: the host pages' script and Vite's build manifest.
  globIgnores: ['embed.js', '.vite/**', 'sw.js', 'workbox-*.js'],
  swDest: resolve(dist, 'sw.js'),
  // The kommune details and ?lang= are query parameters: the same cached page serves them all.
  ignoreURLParametersMatching: [/.*/],
  navigateFallback: 'index.html',
  navigateFallbackDenylist: [/\/embed\.js$/],
  cleanupOutdatedCaches: true,
  clientsClaim: true,
  skipWaiting: true,
  // One file, no separate workbox runtime to fetch (and to allow in the CSP).
  inlineWorkboxRuntime: true,
  sourcemap: false,
  mode: 'production',
  // Hashed files are named by content: the name is the revision.
  dontCacheBustURLsMatching: /^assets\//,
  runtimeCaching: [
    {
      urlPattern: ({ request, sameOrigin }) => sameOrigin && request.destination === 'font',
      handler: 'CacheFirst',
      options: { cacheName: 'intro-guide-fonts', expiration: { maxEntries: 10 } },
    },
  ],
})
for (const w of warnings) console.warn(`service worker: ${w}`)
console.log(`service worker: ${count} files precached, ${(size / 1000).toFixed(1)} kB (uncompressed)`)
