import { describe, expect, it } from 'vitest'
import { embedUrl, frameHeight, pickLanguage } from '@/embed/embedLogic'

describe('embed.js', () => {
  const KNOWN = ['nb', 'en', 'ar', 'ti']

  it("points the iframe at the language's own page next to embed.js, with the snippet details as parameters of the same names", () => {
    const attrs: Record<string, string> = { lang: 'ar', kommune: 'Bergen kommune', 'kommune-url': 'https://www.bergen.kommune.no/', county: '46', unknown: 'x' }
    const url = embedUrl('https://guide.example.no/veiviser/embed.js', (n) => attrs[n] ?? null, KNOWN)
    expect(url.origin + url.pathname).toBe('https://guide.example.no/veiviser/ar/index.html')
    expect(Object.fromEntries(url.searchParams)).toEqual({ lang: 'ar', kommune: 'Bergen kommune', 'kommune-url': 'https://www.bergen.kommune.no/', county: '46' })
    expect(embedUrl('https://g.no/embed.js', () => 'x'.repeat(10_000), KNOWN).searchParams.get('kommune')).toHaveLength(500)
  })

  it('uses the root page for Bokmål, no language, and a language the guide does not have', () => {
    for (const lang of ['nb', null, 'xx', '../x', 'AR'])
      expect(embedUrl('https://g.no/v/embed.js', (n) => (n === 'lang' ? lang : null), KNOWN).pathname, String(lang)).toBe('/v/index.html')
  })

  it('accepts exactly { type: "intro-guide:height", height: <number> } and nothing else', () => {
    expect(frameHeight({ type: 'intro-guide:height', height: 812.4 })).toBe(813)
    for (const bad of [
      null,
      'intro-guide:height',
      [],
      { type: 'intro-guide:height', height: '812' },
      { type: 'intro-guide:height', height: Number.NaN },
      { type: 'intro-guide:height', height: Infinity },
      { type: 'intro-guide:height', height: -5 },
      { type: 'intro-guide:height', height: 10_000_000 },
      { type: 'other', height: 812 },
      { type: 'intro-guide:height', height: 812, extra: '<script>' },
      { height: 812 },
    ])
      expect(frameHeight(bad), JSON.stringify(bad)).toBeNull()
  })

  it('falls back to Bokmål for an unknown language', () => {
    const texts = { nb: { title: 'a', open: 'b', dir: 'ltr' as const }, ar: { title: 'c', open: 'd', dir: 'rtl' as const } }
    expect(pickLanguage('ar', texts)).toBe('ar')
    expect(pickLanguage('xx', texts)).toBe('nb')
    expect(pickLanguage('constructor', texts)).toBe('nb')
    expect(pickLanguage(null, texts)).toBe('nb')
  })
})
