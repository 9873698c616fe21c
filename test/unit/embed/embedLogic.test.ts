import { describe, expect, it } from 'vitest'
import { embedUrl, frameHeight, pickLanguage } from '@/embed/embedLogic'

describe('embed.js', () => {
  it('points the iframe at index.html next to embed.js, with the snippet details as parameters of the same names', () => {
    const attrs: Record<string, string> = { lang: 'ar', kommune: 'Bergen kommune', 'kommune-url': 'https://www.bergen.kommune.no/', county: '46', unknown: 'x' }
    const url = embedUrl('https://guide.example.no/veiviser/embed.js', (n) => attrs[n] ?? null)
    expect(url.origin + url.pathname).toBe('https://guide.example.no/veiviser/index.html')
    expect(Object.fromEntries(url.searchParams)).toEqual({ lang: 'ar', kommune: 'Bergen kommune', 'kommune-url': 'https://www.bergen.kommune.no/', county: '46' })
    expect(embedUrl('https://g.no/embed.js', () => 'x'.repeat(10_000)).searchParams.get('kommune')).toHaveLength(500)
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
