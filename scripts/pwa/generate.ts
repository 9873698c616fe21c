/**
 * The service worker (src/sw/sw.ts), built after the pages are pre-rendered so the HTML it
 * precaches is the HTML that is served:
 *  1. which files each language needs beyond the precache (its messages chunk, its font styles
 *     and fonts, its pre-rendered pages), from Vite's manifest → __LOCALE_ASSETS__;
 *  2. src/sw/sw.ts bundled to one classic script, dist/sw.js (no workbox runtime to fetch);
 *  3. Workbox injects the precache list: the app, the Bokmål messages and pages, the styles and
 *     icons — not the other languages (kept when first shown) nor the editors' page.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'vite'
import { getManifest, injectManifest } from 'workbox-build'
import { LOCALES, SOURCE_LOCALE } from '../../src/i18n/locales'

const root = resolve(import.meta.dirname, '../..')
const dist = resolve(root, 'dist')
const manifest = JSON.parse(readFileSync(resolve(dist, '.vite/manifest.json'), 'utf8')) as Record<string, { file: string; src?: string }>

const fileOf = (src: string) => manifest[src]?.file
/** The font files a font style sheet points to. */
const fontsIn = (css: string) => [...readFileSync(resolve(dist, css), 'utf8').matchAll(/url\(["']?\.?\/?([^"')]+\.woff2)["']?\)/g)].map((m) => `assets/${m[1]!.replace(/^.*\//, '')}`)

/** Files kept only for the languages that need them (never precached). */
const perLocale: Record<string, string[]> = {}
const notPrecached = new Set<string>()
for (const l of LOCALES) {
  const files: string[] = []
  const messages = fileOf(`locales/${l.code}.json`)
  if (!messages) throw new Error(`service worker: no chunk for locales/${l.code}.json`)
  const css = l.font === 'arabic' || l.font === 'ethiopic' ? fileOf(`src/styles/fonts-${l.font}.css`) : undefined
  if (css) files.push(css, ...fontsIn(css))
  // Its pre-rendered pages (<code>/…) are not kept: offline, the service worker serves the
  // precached Bokmål page in their place and the app draws it in the language (src/sw/sw.ts).
  if (l.code !== SOURCE_LOCALE) files.push(messages)
  perLocale[l.code] = files
  files.forEach((f) => notPrecached.add(f))
}
// The page for kommune web editors (its code and its messages) and the reviewers' page (its
// code, its messages and its flow picture): kept when visited, not for every resident.
for (const [src, entry] of Object.entries(manifest)) {
  if (src.startsWith('locales/editor/') || src.startsWith('locales/reviewers/') || /src\/(views\/(ForKommunerView|RulesReviewView)|components\/Embed(SnippetForm|Preview))\.vue$/.test(src)) notPrecached.add(entry.file)
}

await build({
  root,
  configFile: false,
  logLevel: 'warn',
  // Workbox checks NODE_ENV: production drops its development logging (and `process`).
  define: { __LOCALE_ASSETS__: JSON.stringify(perLocale), 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: dist,
    emptyOutDir: false,
    copyPublicDir: false,
    target: 'es2020',
    lib: { entry: resolve(root, 'src/sw/sw.ts'), formats: ['iife'], name: 'introGuideSw', fileName: () => 'sw.js' },
  },
})

const precache = {
  globDirectory: dist,
  // Root pages only: the other languages' folders are kept per language.
  // The icons are for "add to home screen" (the browser fetches them then), not for the pages.
  globPatterns: ['*.html', 'assets/*.{js,css}', '*.{svg,webmanifest,css,js}'],
  globIgnores: ['embed.js', 'sw.js', '.vite/**', ...notPrecached],
  dontCacheBustURLsMatching: /^assets\//,
}
const { count, size, warnings } = await injectManifest({ ...precache, swSrc: resolve(dist, 'sw.js'), swDest: resolve(dist, 'sw.js') })
for (const w of warnings) console.warn(`service worker: ${w}`)
const { manifestEntries } = await getManifest(precache)
const gzip = manifestEntries.reduce((n, e) => n + gzipSync(readFileSync(resolve(dist, e.url))).length, 0)
console.log(`service worker: ${count} files precached, ${(size / 1000).toFixed(1)} kB (${(gzip / 1000).toFixed(1)} kB gzip)`)
