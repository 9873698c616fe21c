import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { buildSnippet, escapeAttribute, guideUrlWithDetails } from '@/embed/snippet'
import { kommuneFromLocation } from '@/embed/kommune'

const EMBED = 'https://veiviser.example.no/intro/embed.js'
const INDEX = 'https://veiviser.example.no/intro/index.html'

const bergen = {
  lang: 'nb',
  name: 'Bergen kommune',
  url: 'https://www.bergen.kommune.no/flyktning',
  phone: '+47 55 56 55 56',
  email: 'flyktning@bergen.kommune.no',
  county: '46',
}

describe('the embed snippet (rules-api.md §4)', () => {
  it('writes every given detail as a data- attribute, in the order lang, kommune, kommune-url, kommune-phone, kommune-email, county', () => {
    // Given in another order on purpose: the output order is fixed.
    const { county, email, phone, url, name, lang } = bergen
    expect(buildSnippet(EMBED, { county, email, phone, url, name, lang })).toBe(
      '<script src="https://veiviser.example.no/intro/embed.js" data-lang="nb" data-kommune="Bergen kommune" ' +
        'data-kommune-url="https://www.bergen.kommune.no/flyktning" data-kommune-phone="+47 55 56 55 56" ' +
        'data-kommune-email="flyktning@bergen.kommune.no" data-county="46" async></script>',
    )
  })

  it('leaves out details that are missing or empty', () => {
    expect(buildSnippet(EMBED, {})).toBe('<script src="https://veiviser.example.no/intro/embed.js" async></script>')
    expect(buildSnippet(EMBED, { lang: '', name: 'Bodø kommune', url: undefined, phone: '   ', county: '18' })).toBe(
      '<script src="https://veiviser.example.no/intro/embed.js" data-kommune="Bodø kommune" data-county="18" async></script>',
    )
  })

  it('escapes quotes, markup and ampersands in attribute values, so a value cannot end the attribute or the script', () => {
    const snippet = buildSnippet(EMBED, { name: `"Kommune" 'x' & <script>alert(1)</script>`, url: 'https://x.no/?a=1&b="2"' })
    expect(snippet).toContain('data-kommune="&quot;Kommune&quot; &#39;x&#39; &amp; &lt;script&gt;alert(1)&lt;/script&gt;"')
    expect(snippet).toContain('data-kommune-url="https://x.no/?a=1&amp;b=&quot;2&quot;"')
    // Exactly one script element, and its only closing tag is the last thing in the line.
    expect(snippet.match(/<script/g)).toHaveLength(1)
    expect(snippet.indexOf('</script>')).toBe(snippet.length - '</script>'.length)
  })

  it('is always one line with one script element, whatever the values are', () => {
    fc.assert(
      fc.property(fc.record({ lang: fc.string(), name: fc.string(), url: fc.string(), phone: fc.string(), email: fc.string(), county: fc.string() }), (details) => {
        const snippet = buildSnippet(EMBED, details)
        expect(snippet).not.toMatch(/[\n\r]/)
        expect(snippet.match(/</g)).toHaveLength(2)
        expect(snippet.match(/>/g)).toHaveLength(2)
        // Every attribute value is a double-quoted string without a double quote inside.
        expect(snippet).toMatch(/^<script src="[^"]*"( data-[a-z-]+="[^"]*")* async><\/script>$/)
      }),
      { numRuns: 500 },
    )
  })

  it('escapes & " \' < > (and line breaks, to keep one line) in an attribute, and nothing else', () => {
    expect(escapeAttribute(`a&b"c'd<e>f`)).toBe('a&amp;b&quot;c&#39;d&lt;e&gt;f')
    expect(escapeAttribute('a\r\nb')).toBe('a&#13;&#10;b')
    expect(escapeAttribute('Porsáŋgu – Porsanger – Porsanki')).toBe('Porsáŋgu – Porsanger – Porsanki')
  })
})

describe('the guide address with the details as URL parameters', () => {
  it('adds the details as parameters of the same names, in the same order, encoding æøå and spaces', () => {
    expect(guideUrlWithDetails(INDEX, { lang: 'en', name: 'Bodø kommune', county: '18' })).toBe(
      'https://veiviser.example.no/intro/en/index.html?lang=en&kommune=Bod%C3%B8+kommune&county=18',
    )
    expect(guideUrlWithDetails(INDEX, { name: 'Sør-Fron kommune', email: 'post@sor-fron.kommune.no' })).toBe(
      'https://veiviser.example.no/intro/index.html?kommune=S%C3%B8r-Fron+kommune&kommune-email=post%40sor-fron.kommune.no',
    )
    expect(guideUrlWithDetails(INDEX, { name: 'Åfjord og Ørland' })).toBe('https://veiviser.example.no/intro/index.html?kommune=%C3%85fjord+og+%C3%98rland')
  })

  it('leaves out empty details, and gives the plain address when there are none', () => {
    expect(guideUrlWithDetails(INDEX, {})).toBe(INDEX)
    expect(guideUrlWithDetails(INDEX, { lang: '', name: ' ', phone: '55 56 55 56' })).toBe(`${INDEX}?kommune-phone=55+56+55+56`)
  })

  it('encodes characters that would break the address, such as & = # and +', () => {
    const url = guideUrlWithDetails(INDEX, { url: 'https://x.no/a?b=1&c=2#top', phone: '+47 55 56 55 56' })
    expect(url).toBe(`${INDEX}?kommune-url=https%3A%2F%2Fx.no%2Fa%3Fb%3D1%26c%3D2%23top&kommune-phone=%2B47+55+56+55+56`)
    expect(new URL(url).hash).toBe('')
  })

  it('gives back exactly what the guide reads from its address', () => {
    const url = new URL(guideUrlWithDetails(INDEX, bergen))
    const { lang, ...kommune } = bergen
    expect(url.searchParams.get('lang')).toBe(lang)
    expect(kommuneFromLocation({ search: url.search, hash: '' })).toEqual(kommune)
  })

  it("opens in the language's own pre-rendered folder; Bokmål and unknown codes at the root", () => {
    expect(new URL(guideUrlWithDetails(INDEX, { lang: 'ar' })).pathname).toBe('/intro/ar/index.html')
    expect(new URL(guideUrlWithDetails(INDEX, { lang: 'ti', name: 'Bodø kommune' })).pathname).toBe('/intro/ti/index.html')
    expect(new URL(guideUrlWithDetails(INDEX, { lang: 'nb' })).pathname).toBe('/intro/index.html')
    expect(new URL(guideUrlWithDetails(INDEX, { lang: '../../evil' })).pathname).toBe('/intro/index.html')
  })

  it('works under any base path', () => {
    const index = new URL('./index.html', 'https://www.kommune.no/tjenester/veiviser/for-kommuner.html#/for-kommuner').href
    expect(guideUrlWithDetails(index, { lang: 'nb' })).toBe('https://www.kommune.no/tjenester/veiviser/index.html?lang=nb')
  })
})
