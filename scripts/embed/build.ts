/**
 * Builds dist/embed.js from src/embed/embed.ts: one small classic script (no modules, works in
 * any page), with the iframe title and the "open on its own page" text of every language taken
 * from locales/*.json at build time.
 */
import { readFileSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'vite'
import { EMBED_TEXT_KEYS, type EmbedText } from '../../src/embed/embedLogic'
import { LOCALES } from '../../src/i18n/locales'

const root = resolve(import.meta.dirname, '../..')

function message(messages: Record<string, unknown>, key: string): string {
  const value = key.split('.').reduce<unknown>((m, part) => (m as Record<string, unknown> | undefined)?.[part], messages)
  if (typeof value !== 'string') throw new Error(`embed: no message ${key}`)
  return value
}

const text: Record<string, EmbedText> = {}
for (const l of LOCALES) {
  const messages = JSON.parse(readFileSync(resolve(root, `locales/${l.code}.json`), 'utf8')) as Record<string, unknown>
  text[l.code] = { title: message(messages, EMBED_TEXT_KEYS.title), open: message(messages, EMBED_TEXT_KEYS.open), dir: l.dir }
}

await build({
  root,
  configFile: false,
  logLevel: 'warn',
  define: { __EMBED_TEXT__: JSON.stringify(text) },
  resolve: { alias: { '@': resolve(root, 'src') } },
  build: {
    outDir: resolve(root, 'dist'),
    emptyOutDir: false,
    copyPublicDir: false,
    target: 'es2019',
    lib: { entry: resolve(root, 'src/embed/embed.ts'), formats: ['iife'], name: 'introGuideEmbed', fileName: () => 'embed.js' },
  },
})
const file = resolve(root, 'dist/embed.js')
console.log(`embed.js: ${(statSync(file).size / 1000).toFixed(1)} kB, ${(gzipSync(readFileSync(file)).length / 1000).toFixed(1)} kB gzip`)
