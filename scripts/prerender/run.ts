/**
 * Pre-renders the information pages to static HTML after `vite build`, in every locale:
 *
 *   dist/index.html, programme.html, how-to-complain.html, about.html   Bokmål, at the root
 *   dist/<code>/index.html, …                                           each locale (nb too)
 *   dist/404.html                                                       the not-found page
 *
 * Each page shows before any script runs, and with JavaScript off; the app then starts on top.
 * A locale's page has <html lang dir>, its title and description in its language, its font
 * preloaded (Arabic script, Ethiopic), its messages in the list the boot script loads at once,
 * hreflang links to the same page in every other locale, and links between the locale's pages.
 *
 * How: an SSR build of src/prerender.ts (the same components, router and messages as the app)
 * renders each page with Vue's server renderer into the built index.html.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'vite'
import type { LocaleInfo } from '../../src/i18n/locales'

const root = resolve(import.meta.dirname, '../..')
const dist = resolve(root, 'dist')
const out = resolve(root, '.prerender')

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * In-app links (rendered as "/programme" by the server-side router) become links between the
 * static files where the target is pre-rendered, so they work without JavaScript; the others
 * (the questions, the letter helper) become hash links, and are hidden when JavaScript is off.
 */
export function linkStaticPages(html: string, pages: Record<string, string>): string {
  return html.replace(/href="#?(\/[^"]*)"/g, (_whole, path: string) => {
    const page = pages[path.split('?')[0]!]
    return page ? `href="./${page}"` : `href="#${path}"`
  })
}

function replaceOnce(html: string, from: string | RegExp, to: string): string {
  const found = typeof from === 'string' ? html.includes(from) : from.test(html)
  if (!found) throw new Error(`prerender: ${String(from)} not found in dist/index.html`)
  return html.replace(from, () => to)
}

export function fillTemplate(template: string, page: { path: string; html: string; title: string; description?: string }): string {
  let html = template
  html = replaceOnce(html, '<div id="app"></div>', `<div id="app">${page.html}</div>`)
  html = replaceOnce(html, /<title>[^<]*<\/title>/, `<title>${escapeHtml(page.title)}</title>`)
  html = replaceOnce(html, '<meta name="intro-guide:route" content="/" />', `<meta name="intro-guide:route" content="${escapeHtml(page.path)}" />`)
  if (page.description !== undefined) html = replaceOnce(html, /<meta name="description" content="[^"]*" \/>/, `<meta name="description" content="${escapeHtml(page.description)}" />`)
  return html
}

/** What a locale's pages need beyond the Bokmål template (file names from Vite's manifest). */
export interface LocaleAssets {
  /** the locale's message chunk, e.g. assets/ar-XXXX.js (none for Bokmål: already listed) */
  messages?: string
  /** the font style sheet and the font file it points to, for locales that need a font */
  fontCss?: string
  fontFile?: string
}

/**
 * The built index.html made into the template of one locale's pages, `depth` from the root
 * ("./" at the root, "../" in the locale's folder): the language on <html>, every URL of the
 * guide's own files from the right place, the messages loaded at once, the font preloaded.
 */
export function localeTemplate(template: string, locale: Pick<LocaleInfo, 'code' | 'dir' | 'font'>, depth: './' | '../', assets: LocaleAssets): string {
  let html = template
  const nb = locale.code === 'nb'
  html = replaceOnce(
    html,
    /<html lang="nb" dir="ltr">/,
    `<html lang="${locale.code}" dir="${locale.dir}" data-font="${locale.font}"${nb ? '' : ' translate="no"'}>`,
  )
  if (depth === '../') {
    // Every relative URL in the head (icons, scripts, styles, the boot list) is one folder up.
    const [head, body] = html.split('</head>') as [string, string]
    html = `${head.replace(/((?:href|src)=")\.\//g, '$1../').replace(/(<meta name="intro-guide:app" content=")([^"]*)"/, (_m, a: string, list: string) => `${a}${list.replace(/(^| )\.\//g, '$1../')}"`)}</head>${body}`
    html = replaceOnce(html, '<meta name="intro-guide:root" content="./" />', '<meta name="intro-guide:root" content="../" />\n    <meta name="intro-guide:locale" content="' + locale.code + '" />')
  }
  if (assets.messages) html = html.replace(/(<meta name="intro-guide:app" content="[^"]*)"/, `$1 ${depth}${assets.messages}"`)
  if (assets.fontCss && assets.fontFile) {
    // The font first: text in Arabic or Ge'ez script waits for it (it is the page's LCP).
    const font = `<link rel="preload" href="${depth}${assets.fontFile}" as="font" type="font/woff2" crossorigin />\n    <link rel="stylesheet" href="${depth}${assets.fontCss}" />\n    `
    // Before the guide's own style sheet, outside <noscript>: every reader needs it.
    html = replaceOnce(html, '<link rel="stylesheet" crossorigin', `${font}<link rel="stylesheet" crossorigin`)
  }
  return html
}

/** <link rel="alternate" hreflang> to the same page in every locale, and x-default (Bokmål, the root). */
export function alternates(file: string, depth: './' | '../', codes: readonly string[]): string {
  const links = codes.map((code) => `<link rel="alternate" hreflang="${code}" href="${depth}${code === 'nb' ? '' : `${code}/`}${file}" />`)
  links.push(`<link rel="alternate" hreflang="x-default" href="${depth}${file}" />`)
  return links.join('\n    ')
}

async function main() {
  await build({ root, logLevel: 'warn', build: { ssr: 'src/prerender.ts', outDir: out, emptyOutDir: true, minify: false } })
  const mod = (await import(pathToFileURL(resolve(out, 'prerender.js')).href)) as {
    render(path: string, code?: string, root?: string): Promise<{ html: string; title: string; description: string }>
    PRERENDERED: Record<string, string>
    LOCALES: readonly LocaleInfo[]
  }
  const manifest = JSON.parse(readFileSync(resolve(dist, '.vite/manifest.json'), 'utf8')) as Record<string, { file: string; css?: string[] }>
  const template = readFileSync(resolve(dist, 'index.html'), 'utf8')
  const codes = mod.LOCALES.map((l) => l.code)
  let written = 0
  let bytes = 0
  for (const locale of mod.LOCALES) {
    const assets: LocaleAssets = {}
    if (locale.code !== 'nb') assets.messages = manifest[`locales/${locale.code}.json`]?.file
    if (locale.font === 'arabic' || locale.font === 'ethiopic') {
      assets.fontCss = manifest[`src/styles/fonts-${locale.font}.css`]?.file
      const css = assets.fontCss ? readFileSync(resolve(dist, assets.fontCss), 'utf8') : ''
      const url = /url\(["']?\.\/([^"')]+\.woff2)/.exec(css)?.[1]
      if (url) assets.fontFile = `assets/${url}`
      if (!assets.fontCss || !assets.fontFile) throw new Error(`prerender: no font for ${locale.code}`)
    }
    if (locale.code !== 'nb' && !assets.messages) throw new Error(`prerender: no message chunk for ${locale.code}`)
    // Bokmål at the root ("<base>/ stays Bokmål") and in nb/ like every other locale.
    const places: ('./' | '../')[] = locale.code === 'nb' ? ['./', '../'] : ['../']
    for (const depth of places) {
      const folder = depth === './' ? dist : resolve(dist, locale.code)
      mkdirSync(folder, { recursive: true })
      const base = localeTemplate(template, locale, depth, assets)
      for (const [path, file] of Object.entries(mod.PRERENDERED)) {
        const page = await mod.render(path, locale.code, depth)
        let html = fillTemplate(base, { path, title: page.title, description: page.description, html: linkStaticPages(page.html, mod.PRERENDERED) })
        html = replaceOnce(html, '</head>', `  ${alternates(file, depth, codes)}\n  </head>`)
        writeFileSync(resolve(folder, file), html)
        written++
        bytes += Buffer.byteLength(html)
      }
    }
  }
  console.log(`prerendered ${written} pages (${Object.keys(mod.PRERENDERED).length} pages × ${codes.length} locales, and Bokmål at the root), ${(bytes / 1024).toFixed(0)} KB`)
  // The not-found page, for hosts that serve 404.html and for the service worker offline.
  const missing = await mod.render('/not-found')
  writeFileSync(resolve(dist, '404.html'), fillTemplate(template, { path: '/not-found', title: missing.title, html: linkStaticPages(missing.html, mod.PRERENDERED) }))
  console.log('prerendered the not-found page -> dist/404.html')
  rmSync(out, { recursive: true, force: true })
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((e: unknown) => {
    console.error(e)
    process.exit(1)
  })
}
