import { describe, expect, it } from 'vitest'
import { alternates, fillTemplate, linkStaticPages, localeTemplate } from '../../../scripts/prerender/run'

const PAGES = { '/': 'index.html', '/programme': 'programme.html' }

describe('pre-rendered pages', () => {
  it('link to each other as static files, and keep other in-app links as hash links', () => {
    const html = '<a href="/">Hjem</a><a href="/programme">P</a><a href="#/programme">P</a><a href="/question/permit">Q</a><a href="#main">skip</a><a href="https://lovdata.no/x">law</a>'
    expect(linkStaticPages(html, PAGES)).toBe(
      '<a href="./index.html">Hjem</a><a href="./programme.html">P</a><a href="./programme.html">P</a><a href="#/question/permit">Q</a><a href="#main">skip</a><a href="https://lovdata.no/x">law</a>',
    )
  })

  it('fill the built index.html: content, title (escaped) and which route the file holds', () => {
    const template = '<head><title>x</title><meta name="intro-guide:route" content="/" /></head><body><div id="app"></div></body>'
    const out = fillTemplate(template, { path: '/programme', html: '<h1>Hei $& $1</h1>', title: 'A <b> & "c"' })
    expect(out).toContain('<div id="app"><h1>Hei $& $1</h1></div>')
    expect(out).toContain('<title>A &lt;b&gt; &amp; &quot;c&quot;</title>')
    expect(out).toContain('<meta name="intro-guide:route" content="/programme" />')
  })

  it('refuse a template that lacks a slot, rather than write a page without content', () => {
    expect(() => fillTemplate('<title>x</title>', { path: '/', html: '', title: '' })).toThrow(/not found/)
  })
})

describe('a locale’s pages (issue 14)', () => {
  const template = `<!doctype html>
<html lang="nb" dir="ltr">
  <head>
    <link rel="icon" href="./favicon.svg" />
    <meta name="intro-guide:root" content="./" />
    <meta name="intro-guide:app" content="./assets/index.js ./assets/nb.js" />
    <script src="./boot.js"></script>
    <noscript><link rel="stylesheet" href="./noscript.css" /></noscript>
    <link rel="stylesheet" crossorigin href="./assets/index.css">
  </head>
  <body><a href="./programme.html">p</a></body>
</html>`

  it('in a folder: the language on <html>, every head URL one folder up, its messages and font loaded at once', () => {
    const html = localeTemplate(template, { code: 'ar', dir: 'rtl', font: 'arabic' }, '../', {
      messages: 'assets/ar.js',
      fontCss: 'assets/fonts-arabic.css',
      fontFile: 'assets/arabic.woff2',
    })
    expect(html).toContain('<html lang="ar" dir="rtl" data-font="arabic" translate="no">')
    expect(html).toContain('href="../favicon.svg"')
    expect(html).toContain('<script src="../boot.js"></script>')
    expect(html).toContain('<meta name="intro-guide:root" content="../" />')
    expect(html).toContain('<meta name="intro-guide:locale" content="ar" />')
    expect(html).toContain('content="../assets/index.js ../assets/nb.js ../assets/ar.js"')
    // The font outside <noscript> and before the style sheet: every reader needs it, at once.
    const head = html.split('</head>')[0]!
    expect(head.indexOf('<link rel="preload" href="../assets/arabic.woff2" as="font" type="font/woff2" crossorigin />')).toBeGreaterThan(head.indexOf('</noscript>'))
    expect(head.indexOf('href="../assets/fonts-arabic.css"')).toBeLessThan(head.indexOf('href="../assets/index.css"'))
    // Links in the body are the page's own (relative to its folder): untouched.
    expect(html).toContain('<a href="./programme.html">p</a>')
  })

  it('Bokmål at the root keeps its template, and can be read by machine translation', () => {
    const html = localeTemplate(template, { code: 'nb', dir: 'ltr', font: 'latin' }, './', {})
    expect(html).toContain('<html lang="nb" dir="ltr" data-font="latin">')
    expect(html).toContain('href="./favicon.svg"')
    expect(html).not.toContain('intro-guide:locale')
  })

  it('name the same page in every language, and Bokmål at the root as the default', () => {
    const links = alternates('programme.html', '../', ['nb', 'ar', 'ti'])
    expect(links.split('\n').map((l) => l.trim())).toEqual([
      '<link rel="alternate" hreflang="nb" href="../programme.html" />',
      '<link rel="alternate" hreflang="ar" href="../ar/programme.html" />',
      '<link rel="alternate" hreflang="ti" href="../ti/programme.html" />',
      '<link rel="alternate" hreflang="x-default" href="../programme.html" />',
    ])
  })
})
