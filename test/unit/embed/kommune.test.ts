import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { kommuneFromLocation, validateKommuneDetails, validEmail, validName, validPhone, validUrl } from '@/embed/kommune'

const loc = (search: string, hash = '') => ({ search, hash })

describe('kommune details from the embed snippet or the address', () => {
  it('keeps good values, trimmed', () => {
    const d = kommuneFromLocation(
      loc('?lang=ar&kommune=%20Bergen%20kommune&kommune-url=https%3A%2F%2Fwww.bergen.kommune.no%2Fflyktning&kommune-phone=%2B47%2055%2056%2055%2056&kommune-email=flyktning%40bergen.kommune.no&county=46'),
    )
    expect(d).toEqual({
      name: 'Bergen kommune',
      url: 'https://www.bergen.kommune.no/flyktning',
      phone: '+47 55 56 55 56',
      email: 'flyktning@bergen.kommune.no',
      county: '46',
    })
  })

  it('reads them after the # too (…#/result?kommune=…)', () => {
    expect(kommuneFromLocation(loc('', '#/result?kommune=Nord-Fron%20kommune')).name).toBe('Nord-Fron kommune')
  })

  it('keeps names in any script and with the punctuation real names use', () => {
    for (const name of ['Porsáŋgu – Porsanger – Porsanki', 'Unjárga-Nesseby', 'St. Hanshaugen', 'بلدية برغن', 'Aurskog-Høland']) expect(validName(name)).toBe(name)
  })

  it('drops markup, scripts and javascript: links', () => {
    const { details, dropped } = validateKommuneDetails({
      name: '<script>alert(1)</script>',
      url: 'javascript:alert(1)',
      phone: '55 56<img src=x>',
      email: '"a"@b.no<script>',
      county: '<b>46</b>',
    })
    expect(details).toEqual({})
    expect(dropped.sort()).toEqual(['county', 'email', 'name', 'phone', 'url'])
  })

  it('allows only https links, without a user name or password', () => {
    expect(validUrl('http://bergen.kommune.no')).toBeUndefined()
    expect(validUrl('data:text/html,<b>x</b>')).toBeUndefined()
    expect(validUrl('https://evil@bergen.kommune.no')).toBeUndefined()
    expect(validUrl('//bergen.kommune.no')).toBeUndefined()
    expect(validUrl(' https://bergen.kommune.no ')).toBe('https://bergen.kommune.no/')
  })

  it('drops values that are far too long (10 000 characters)', () => {
    const long = 'a'.repeat(10_000)
    const { details, dropped } = validateKommuneDetails({ name: long, url: `https://x.no/${long}`, phone: '1'.repeat(10_000), email: `${long}@x.no` })
    expect(details).toEqual({})
    expect(dropped).toHaveLength(4)
  })

  it('checks the shape of phone numbers and e-mail addresses', () => {
    expect(validPhone('55 56 55 56')).toBe('55 56 55 56')
    expect(validPhone('1234')).toBeUndefined()
    expect(validPhone('call us')).toBeUndefined()
    expect(validEmail('post@kommune.no')).toBe('post@kommune.no')
    expect(validEmail('post@kommune')).toBeUndefined()
    expect(validEmail('a b@kommune.no')).toBeUndefined()
  })

  it('never lets through a value with markup characters, whatever it is', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.string({ maxLength: 80 }), (a, b) => {
        const raw = `${a}<${b}`
        const { details } = validateKommuneDetails({ name: raw, phone: raw, email: raw, county: raw })
        for (const v of Object.values(details)) expect(v).not.toMatch(/[<>"]/)
        const url = validUrl(`https://x.no/${raw}`)
        if (url !== undefined) expect(url).not.toMatch(/[<>"]/) // URL serialisation percent-encodes them
      }),
      { numRuns: 1000 },
    )
  })
})
