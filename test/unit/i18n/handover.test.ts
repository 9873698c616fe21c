import { describe, expect, it } from 'vitest'
import { decodeHandover, encodeHandover, handoverAddress, takeFromHash } from '@/lib/handover'

describe('handing answers over in the URL fragment', () => {
  const state = { answers: { permit: 'refugee', birthDate: '1990-05-01', kommune: 'Bærum' }, unknownDates: ['settlementDate'] }

  it('round-trips any answers, letters outside ASCII too, as base64url', () => {
    const text = encodeHandover(state)
    expect(text).toMatch(/^[\w-]+$/)
    expect(decodeHandover(text)).toEqual(state)
  })

  it('gives nothing for what is not base64url of JSON', () => {
    for (const bad of ['', 'not-json-%%%', 'eyJhIjo', '////', encodeHandover(state).slice(0, -3) + '%']) expect(decodeHandover(bad), bad).toBeUndefined()
  })

  it('puts the answers after the # only, at the guide’s start page', () => {
    const url = new URL(handoverAddress('https://guide.example.no/veiviser/ar/../', state))
    expect(url.origin + url.pathname + url.search).toBe('https://guide.example.no/veiviser/index.html')
    expect(url.hash.startsWith('#/result?handover=')).toBe(true)
  })

  it('takes the handover out of the fragment and keeps the rest', () => {
    expect(takeFromHash('#/result?handover=abc')).toEqual({ found: 'abc', hash: '#/result' })
    expect(takeFromHash('#/result?lang=ar&handover=abc')).toEqual({ found: 'abc', hash: '#/result?lang=ar' })
    expect(takeFromHash('#/result?lang=ar')).toEqual({ found: null, hash: '#/result?lang=ar' })
    expect(takeFromHash('#/result')).toEqual({ found: null, hash: '#/result' })
  })
})
