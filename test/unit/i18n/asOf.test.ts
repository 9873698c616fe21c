import { describe, expect, it } from 'vitest'
import { addressWithoutAsOf, asOfInAddress, validAsOf } from '@/lib/asOf'

describe('?asof= (rules as of a day)', () => {
  it('takes a real day in range, and nothing else', () => {
    expect(validAsOf('2026-07-01')).toBe('2026-07-01')
    for (const bad of ['2026-02-30', '2026-7-1', '1999-12-31', '2101-01-01', 'today', '', null, undefined]) expect(validAsOf(bad), String(bad)).toBeNull()
  })

  it('is read before or after the #', () => {
    expect(asOfInAddress({ search: '?asof=2025-12-31', hash: '#/' })).toBe('2025-12-31')
    expect(asOfInAddress({ search: '?lang=ar', hash: '#/result?asof=2022-06-14' })).toBe('2022-06-14')
    expect(asOfInAddress({ search: '?asof=nonsense', hash: '' })).toBeNull()
  })

  it('back to today removes it from the address and keeps everything else', () => {
    expect(addressWithoutAsOf('https://g.no/v/?asof=2026-01-01&lang=ar#/result')).toBe('https://g.no/v/?lang=ar#/result')
    expect(addressWithoutAsOf('https://g.no/v/#/question/permit?asof=2026-01-01&lang=ti')).toBe('https://g.no/v/#/question/permit?lang=ti')
    expect(addressWithoutAsOf('https://g.no/v/#/?asof=2026-01-01')).toBe('https://g.no/v/#/')
  })
})
