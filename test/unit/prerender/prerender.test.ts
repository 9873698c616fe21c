import { describe, expect, it } from 'vitest'
import { fillTemplate, linkStaticPages } from '../../../scripts/prerender/run'

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
