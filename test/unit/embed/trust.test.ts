/**
 * Crafted links (rules-api.md §4): kommune details count only when the page around the guide is
 * the kommune's own; its web address and e-mail only on that domain.
 */
import { describe, expect, it } from 'vitest'
import { kommuneDomain, provenance } from '@/embed/trust'
import { kommuneFromLocation, trustedDetails, validEmail } from '@/embed/kommune'
import { heightTarget } from '@/embed/reportHeight'

const OWN = 'https://veiviser.example.org'
const crafted = kommuneFromLocation({
  search: '?kommune=Bergen%20kommune&kommune-phone=%2B47%2099%2099%2099%2099&kommune-email=flyktning%40bergen.kommune.no&kommune-url=https%3A%2F%2Fwww.bergen.kommune.no%2Fflyktning&county=46',
  hash: '',
})

describe('whose page showed the guide', () => {
  it('a kommune’s own site (under kommune.no, https): trusted, with its domain', () => {
    expect(provenance({ embedded: true, ancestorOrigin: 'https://www.bergen.kommune.no', ownOrigin: OWN })).toEqual({
      origin: 'https://www.bergen.kommune.no',
      trusted: true,
      domain: 'bergen.kommune.no',
    })
    // Firefox has no ancestorOrigins: the referrer embed.js lets through
    expect(provenance({ embedded: true, referrer: 'https://www.asker.kommune.no/', ownOrigin: OWN }).domain).toBe('asker.kommune.no')
    // a link from the kommune's page
    expect(provenance({ embedded: false, referrer: 'https://bergen.kommune.no/flyktning', ownOrigin: OWN }).trusted).toBe(true)
  })

  it('anyone else: not trusted', () => {
    for (const s of [
      { embedded: false, ownOrigin: OWN }, // a link in a text message: no referrer
      { embedded: false, referrer: 'https://evil.example/', ownOrigin: OWN },
      { embedded: true, ancestorOrigin: 'https://evil.example', ownOrigin: OWN },
      { embedded: true, ancestorOrigin: 'https://bergen.kommune.no.evil.example', ownOrigin: OWN },
      { embedded: true, ancestorOrigin: 'https://evilkommune.no', ownOrigin: OWN },
      { embedded: true, ancestorOrigin: 'http://www.bergen.kommune.no', ownOrigin: OWN }, // not https
      { embedded: true, ancestorOrigin: 'null', ownOrigin: OWN },
      { embedded: false, referrer: `${OWN}/index.html`, ownOrigin: OWN }, // its own pages opened top-level: the address can be crafted
    ]) {
      expect(provenance(s).trusted, JSON.stringify(s)).toBe(false)
    }
    expect(kommuneDomain('kommune.no')).toBeUndefined()
  })

  it('the guide’s own page for kommune editors may preview the details it was given', () => {
    expect(provenance({ embedded: true, ancestorOrigin: OWN, ownOrigin: OWN }).trusted).toBe(true)
  })
})

describe('details presented as the kommune’s', () => {
  it('none from a crafted link opened from a message, or embedded by another site', () => {
    expect(trustedDetails(crafted, provenance({ embedded: false, ownOrigin: OWN }))).toEqual({})
    expect(trustedDetails(crafted, provenance({ embedded: true, ancestorOrigin: 'https://evil.example', ownOrigin: OWN }))).toEqual({})
  })

  it('on the kommune’s own site: all, but a web address or e-mail on another domain is dropped', () => {
    const bergen = provenance({ embedded: true, ancestorOrigin: 'https://www.bergen.kommune.no', ownOrigin: OWN })
    expect(trustedDetails(crafted, bergen)).toEqual(crafted)
    const elsewhere = { ...crafted, email: 'flyktning@evil.example', url: 'https://evil.example/bergen' }
    expect(trustedDetails(elsewhere, bergen)).toEqual({ name: 'Bergen kommune', phone: '+47 99 99 99 99', county: '46' })
    // another kommune's page cannot borrow Bergen's address either
    const asker = provenance({ embedded: true, ancestorOrigin: 'https://www.asker.kommune.no', ownOrigin: OWN })
    expect(trustedDetails(crafted, asker).email).toBeUndefined()
  })
})

describe('e-mail as an address, not as a mailto: with extra headers', () => {
  it.each(['flyktning?cc=attacker@evil.example', 'a&b=c@bergen.kommune.no', 'a%0d%0abcc:x@y.no', 'a@b', 'a..b@bergen.kommune.no', '.a@bergen.kommune.no', 'a@-bergen.no', 'a b@bergen.no'])('rejects %s', (e) => {
    expect(validEmail(e)).toBeUndefined()
  })
  it.each(['flyktning@bergen.kommune.no', 'ola.nordmann+intro@asker.kommune.no', 'post_mottak@nord-fron.kommune.no'])('accepts %s', (e) => {
    expect(validEmail(e)).toBe(e)
  })
})

describe('the height message goes to the embedding page only', () => {
  it('its origin where known, else any', () => {
    expect(heightTarget({ ancestorOrigin: 'https://www.bergen.kommune.no' })).toBe('https://www.bergen.kommune.no')
    expect(heightTarget({ referrer: 'https://www.bergen.kommune.no/flyktning' })).toBe('https://www.bergen.kommune.no')
    expect(heightTarget({ ancestorOrigin: 'null' })).toBe('*')
    expect(heightTarget({})).toBe('*')
  })
})
