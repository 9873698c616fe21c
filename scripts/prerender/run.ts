/**
 * Pre-renders the information pages to static HTML after `vite build`: the start page into
 * dist/index.html, and the programme, complaint-route and about pages into their own files.
 * They show before any script runs, and with JavaScript off; the app then starts on top.
 *
 * How: an SSR build of src/prerender.ts (the same components, router and messages as the app)
 * renders each page with Vue's server renderer into the built index.html.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'vite'

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

export function fillTemplate(template: string, page: { path: string; html: string; title: string }): string {
  const parts = [
    ['<div id="app"></div>', `<div id="app">${page.html}</div>`],
    [/<title>[^<]*<\/title>/, `<title>${escapeHtml(page.title)}</title>`],
    ['<meta name="intro-guide:route" content="/" />', `<meta name="intro-guide:route" content="${escapeHtml(page.path)}" />`],
  ] as const
  let html = template
  for (const [from, to] of parts) {
    const found = typeof from === 'string' ? html.includes(from) : from.test(html)
    if (!found) throw new Error(`prerender: ${String(from)} not found in dist/index.html`)
    html = html.replace(from, () => to)
  }
  return html
}

async function main() {
  await build({ root, logLevel: 'warn', build: { ssr: 'src/prerender.ts', outDir: out, emptyOutDir: true, minify: false } })
  const mod = (await import(pathToFileURL(resolve(out, 'prerender.js')).href)) as {
    render(path: string): Promise<{ html: string; title: string }>
    PRERENDERED: Record<string, string>
  }
  const template = readFileSync(resolve(dist, 'index.html'), 'utf8')
  for (const [path, file] of Object.entries(mod.PRERENDERED)) {
    const page = await mod.render(path)
    const html = fillTemplate(template, { path, title: page.title, html: linkStaticPages(page.html, mod.PRERENDERED) })
    writeFileSync(resolve(dist, file), html)
    console.log(`prerendered ${path} -> dist/${file} (${(Buffer.byteLength(html) / 1024).toFixed(1)} KB)`)
  }
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
