import { fileURLToPath, URL } from 'node:url'
import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'
import VueI18nPlugin from '@intlify/unplugin-vue-i18n/vite'
import type { Plugin } from 'vite'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { minify } from 'vite'
import { headersFor, parseHeaders } from './scripts/hosting/headers'
import { flowGraph, toSvg } from './src/rules/flowGraph'

/**
 * `vite preview` serves the build with the headers of dist/_headers, exactly as shipped, so the
 * browser tests and Lighthouse run under the real Content-Security-Policy.
 */
function staticHostHeaders(): Plugin {
  return {
    name: 'intro-guide:static-host-headers',
    configurePreviewServer(server) {
      const rules = parseHeaders(readFileSync(resolve(server.config.root, server.config.build.outDir, '_headers'), 'utf8'))
      server.middlewares.use((req, res, next) => {
        const path = new URL(req.url ?? '/', 'http://localhost').pathname
        for (const [name, value] of Object.entries(headersFor(path, rules))) res.setHeader(name, value)
        next()
      })
    },
  }
}

/**
 * Start the app after the first paint. Every HTML page arrives with its content pre-rendered
 * (scripts/prerender), so on a slow phone the text shows as soon as the HTML and CSS are in,
 * without waiting for ~70 kB of JavaScript to share the connection with the CSS.
 * Vite's module script and preload links become one list, which public/boot.js loads at once
 * for a page that is not the pre-rendered one, and otherwise right after the first paint. The
 * Bokmål messages join the list: the app needs them before it draws anything.
 */
function startAfterFirstPaint(sourceLocale = 'nb'): Plugin {
  return {
    name: 'intro-guide:start-after-first-paint',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const locale = Object.values(ctx.bundle ?? {}).find(
          (c) => c.type === 'chunk' && c.facadeModuleId?.replace(/\\/g, '/').endsWith(`/locales/${sourceLocale}.json`),
        )
        if (!locale) throw new Error(`startAfterFirstPaint: no chunk for locales/${sourceLocale}.json`)
        const entry: string[] = []
        const preload: string[] = []
        const out = html
          .replace(/\s*<script type="module" crossorigin src="([^"]+)"><\/script>/g, (_m, src: string) => (entry.push(src), ''))
          .replace(/\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g, (_m, href: string) => (preload.push(href), ''))
        if (entry.length !== 1) throw new Error(`startAfterFirstPaint: expected one module script, found ${entry.length}`)
        const list = [...entry, ...preload, `./${locale.fileName}`].join(' ')
        const marker = '<script src="./boot.js"></script>'
        if (!out.includes(marker)) throw new Error('startAfterFirstPaint: index.html must load ./boot.js')
        return out.replace(marker, `<meta name="intro-guide:app" content="${list}" />\n    ${marker}`)
      },
    },
  }
}

/**
 * The boot script (src/boot.js) goes into every page's <head> inline, minified: a separate file
 * there was render-blocking, one more request before the first paint (the start page's LCP was
 * 1.22 × a static page's; inline, 1.01 ×). The strict Content-Security-Policy allows exactly this
 * script by its hash, which the build writes into dist/_headers ("script-src 'self' 'sha256-…'"):
 * no 'unsafe-inline'. test/e2e/csp.e2e.ts checks every built page against the shipped header.
 */
function inlineBoot(): Plugin {
  const marker = '<script src="./boot.js"></script>'
  let hash: string | undefined
  let outDir = ''
  return {
    name: 'intro-guide:inline-boot',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        if (!html.includes(marker)) throw new Error('inlineBoot: index.html must load ./boot.js')
        const source = readFileSync(resolve(fileURLToPath(new URL('.', import.meta.url)), 'src/boot.js'), 'utf8')
        const { code, errors } = await minify('boot.js', source, { compress: { target: 'es2015' }, mangle: true })
        if (errors.length) throw new Error(`inlineBoot: ${errors.map((e) => e.message).join('; ')}`)
        const script = code.trim()
        if (/<\/script/i.test(script)) throw new Error('inlineBoot: the boot script may not contain "</script"')
        if (!ctx.server) hash = `'sha256-${createHash('sha256').update(script).digest('base64')}'`
        return html.replace(marker, `<script>${script}</script>`)
      },
    },
    closeBundle() {
      // Only the client build made a page (the pre-render's SSR build has no index.html).
      if (!hash) return
      const file = resolve(outDir, '_headers')
      if (!existsSync(file)) throw new Error('inlineBoot: no _headers in the build')
      const before = readFileSync(file, 'utf8')
      const after = before.replace(/script-src 'self'(?=;)/g, `script-src 'self' ${hash}`)
      if (after === before) throw new Error("inlineBoot: _headers has no \"script-src 'self';\" to add the boot script's hash to")
      writeFileSync(file, after)
    },
  }
}

/**
 * The question flow of the reviewers' page (#/rules), drawn from the code when the guide is
 * built (src/rules/flowGraph.ts): `import { svg, graph, drawnOn } from 'virtual:flow-diagram'`.
 */
function flowDiagram(): Plugin {
  const id = 'virtual:flow-diagram'
  return {
    name: 'intro-guide:flow-diagram',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load(source) {
      if (source !== `\0${id}`) return
      const drawnOn = new Date().toISOString().slice(0, 10)
      const graph = flowGraph(drawnOn)
      const svg = toSvg(graph, 'introduksjonsprogram: questions and outcomes')
      return `export const drawnOn = ${JSON.stringify(drawnOn)}\nexport const graph = ${JSON.stringify(graph)}\nexport const svg = ${JSON.stringify(svg)}\n`
    },
  }
}

export default defineConfig({
  // Relative asset URLs: the build runs under any base path (e.g. /veiviser/) on any static host.
  base: './',
  plugins: [
    vue(),
    // Precompile locales/*.json to functions at build time, so the runtime needs no message
    // compiler (and no `unsafe-eval`); each locale becomes its own lazily loaded chunk.
    VueI18nPlugin({
      include: [resolve(fileURLToPath(new URL('.', import.meta.url)), './locales/**')],
      runtimeOnly: true,
      dropMessageCompiler: true,
      fullInstall: false,
      strictMessage: true,
      escapeHtml: true,
    }),
    startAfterFirstPaint(),
    // After startAfterFirstPaint, which puts its list just before the boot script.
    inlineBoot(),
    staticHostHeaders(),
    flowDiagram(),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  // The app uses the Composition API only: Vue leaves out the Options API (smaller download).
  define: { __VUE_OPTIONS_API__: 'false', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
  build: {
    target: 'es2020',
    // Browsers from 2021 on (Chrome 89, Safari 15) read :is() and :where(): no -webkit-any()
    // copies of every rule, which the phone would parse and match for nothing.
    cssTarget: ['chrome89', 'edge89', 'firefox89', 'safari15', 'ios15'],
    cssCodeSplit: true,
    sourcemap: false,
    // Read by scripts/budget to tell the locale message chunks apart.
    manifest: true,
  },
  // Two kinds of tests (vitest projects): the pure ones (rules, flow, scripts) run in plain
  // Node, with no DOM to set up; the ones that need a browser-like page (components, stores,
  // embedding) run in jsdom. A file under test/unit that needs the DOM says so in its first line
  // (`// @vitest-environment jsdom`).
  test: {
    restoreMocks: true,
    // A guard against a hung test, not a speed check: a busy machine may be many times slower
    // than an idle one, and no test may fail for that (vitest's default is 5 s).
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'unit', environment: 'node', include: ['test/unit/**/*.test.ts'], setupFiles: ['test/support/setup.ts'] } },
      {
        extends: true,
        test: { name: 'component', environment: 'jsdom', include: ['test/component/**/*.test.ts'], setupFiles: ['test/support/setup.ts'] },
      },
    ],
  },
})
