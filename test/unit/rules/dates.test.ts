import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  addDays,
  addMonths,
  addYears,
  ageOn,
  fromDayNumber,
  isAgeAtLeast,
  isBefore,
  isOnOrAfter,
  isoWeekday,
  parseIsoDate,
  parsePartialDate,
  toDayNumber,
} from '@/rules/dates'

describe('parsing', () => {
  it.each([
    ['2023-02-28', { earliest: '2023-02-28', latest: '2023-02-28', precision: 'day' }],
    ['2024-02-29', { earliest: '2024-02-29', latest: '2024-02-29', precision: 'day' }],
    ['2023-02', { earliest: '2023-02-01', latest: '2023-02-28', precision: 'month' }],
    ['2024-02', { earliest: '2024-02-01', latest: '2024-02-29', precision: 'month' }],
    ['1990', { earliest: '1990-01-01', latest: '1990-12-31', precision: 'year' }],
    ['1900-01-01', { earliest: '1900-01-01', latest: '1900-01-01', precision: 'day' }],
    ['2100-12-31', { earliest: '2100-12-31', latest: '2100-12-31', precision: 'day' }],
  ])('%s', (s, interval) => {
    expect(parsePartialDate(s)).toEqual(interval)
  })

  it.each(['2023-02-29', '2023-02-30', '2023-04-31', '2023-13-01', '2023-00-01', '2023-01-00', '2023-13', '2023-00', '1899-12-31', '2101-01-01', '1899', '2023-1-1', '23-01-01', ' 2023-01-01', '2023-01-01T00:00', '２０２３', '', 'abc'])(
    'rejects %j',
    (s) => {
      expect(parsePartialDate(s)).toBeUndefined()
    },
  )

  it('rejects non-strings', () => {
    for (const v of [null, undefined, 2023, {}, [], new Date(0), true]) expect(parsePartialDate(v)).toBeUndefined()
  })

  it("'YYYY' only when allowed", () => {
    expect(parsePartialDate('1990', { allowYearOnly: false })).toBeUndefined()
    expect(parseIsoDate('1990')).toBeUndefined()
    expect(parseIsoDate('2023-05')).toBeUndefined()
  })
})

describe('arithmetic', () => {
  it('day numbers round-trip and match known days', () => {
    expect(toDayNumber('1970-01-01')).toBe(0)
    expect(toDayNumber('2000-03-01')).toBe(11017)
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber('1900-01-01'), max: toDayNumber('2100-12-31') }), (n) => {
        const iso = fromDayNumber(n)
        expect(parseIsoDate(iso)).toBe(iso)
        expect(toDayNumber(iso)).toBe(n)
        expect(addDays(iso, 1) > iso).toBe(true)
      }),
      { numRuns: 2000 },
    )
  })

  it('weekdays', () => {
    expect(isoWeekday('1970-01-01')).toBe(4) // Thursday
    expect(isoWeekday('2025-06-01')).toBe(7) // Sunday
    expect(isoWeekday('2026-11-23')).toBe(1) // Monday
    expect(isoWeekday('1900-01-01')).toBe(1) // Monday
  })

  it('addDays across months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01')
    expect(addDays('2025-12-11', 21)).toBe('2026-01-01')
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31')
  })

  it('addYears: 29 February → 28 February in a common year (domstolloven § 148 rule)', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28')
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29')
    expect(addYears('2023-06-01', 2)).toBe('2025-06-01')
    expect(addYears('2025-03-01', -5)).toBe('2020-03-01')
  })

  it('addMonths clamps to the end of the month', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28')
    expect(addMonths('2025-11-15', 3)).toBe('2026-02-15')
    expect(addMonths('2025-01-15', -1)).toBe('2024-12-15')
  })

  it('age: the birthday itself counts as reached', () => {
    expect(ageOn('2005-03-15', '2023-03-15')).toBe(18)
    expect(ageOn('2005-03-16', '2023-03-15')).toBe(17)
    expect(ageOn('1967-03-15', '2023-03-15')).toBe(56)
    expect(ageOn('2004-02-29', '2022-02-28')).toBe(18)
    expect(ageOn('2004-02-29', '2022-02-27')).toBe(17)
    expect(ageOn('2004-02-29', '2024-02-28')).toBe(19)
    expect(ageOn('2004-02-29', '2024-02-29')).toBe(20)
    expect(ageOn('2010-01-01', '2009-12-31')).toBe(-1)
  })
})

describe('three-valued helpers', () => {
  it('isBefore / isOnOrAfter', () => {
    expect(isBefore('2020-12', '2021-01-01')).toBe(true)
    expect(isBefore('2021-01', '2021-01-01')).toBe(false)
    expect(isBefore('2022-03', '2022-03-11')).toBeUndefined()
    expect(isBefore('2022-03-10', '2022-03-11')).toBe(true)
    expect(isBefore('2022-03-11', '2022-03-11')).toBe(false)
    expect(isBefore('2022-02-30', '2022-03-11')).toBeUndefined()
    expect(isOnOrAfter('2022-03', '2022-03-11')).toBeUndefined()
    expect(isOnOrAfter('2022-04', '2022-03-11')).toBe(true)
  })

  it('isAgeAtLeast with a vague birth date', () => {
    expect(isAgeAtLeast('1990', '2025-06-01', 25)).toBe(true)
    expect(isAgeAtLeast('2000', '2025-06-01', 25)).toBeUndefined()
    expect(isAgeAtLeast('2000-01', '2025-06-01', 25)).toBe(true)
    expect(isAgeAtLeast('2001', '2025-06-01', 25)).toBe(false)
  })
})
