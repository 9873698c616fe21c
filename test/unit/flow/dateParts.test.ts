import { describe, expect, it } from 'vitest'
import { parseDateParts, toDateParts, normaliseDigits } from '@/flow/dateParts'

const today = '2026-11-23'
const p = (day: string, month: string, year: string) => ({ day, month, year })

describe('parseDateParts', () => {
  it.each([
    [p('15', '3', '2024'), 'month', '2024-03-15'],
    [p('', '3', '2024'), 'month', '2024-03'],
    [p(' 1 ', '12', '1999'), 'month', '1999-12-01'],
    [p('', '', '1990'), 'year', '1990'],
    [p('', '7', '1990'), 'year', '1990-07'],
    [p('29', '2', '2024'), 'month', '2024-02-29'],
    [p('٢٣', '١١', '٢٠٢٦'), 'month', '2026-11-23'],
  ] as const)('%o (%s) → %s', (parts, precision, value) => {
    expect(parseDateParts(parts, precision, today)).toEqual({ ok: true, value })
  })

  it.each([
    [p('', '', ''), 'month', 'required'],
    [p('1', '2', ''), 'month', 'year-missing'],
    [p('1', '2', '24'), 'month', 'year-format'],
    [p('1', '2', '1850'), 'month', 'year-too-early'],
    [p('', '', '2024'), 'month', 'month-missing'],
    [p('5', '', '1990'), 'year', 'day-without-month'],
    [p('1', '13', '2024'), 'month', 'month-invalid'],
    [p('30', '2', '2024'), 'month', 'day-invalid'],
    [p('29', '2', '2023'), 'month', 'day-invalid'],
    [p('a', '2', '2024'), 'month', 'not-a-number'],
    [p('1', '12', '2026'), 'month', 'in-future'],
    [p('', '', '2027'), 'year', 'in-future'],
  ] as const)('%o (%s) → error %s', (parts, precision, error) => {
    const r = parseDateParts(parts, precision, today)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error).toBe(error)
  })

  it('accepts this month with an empty day (it may be today or earlier)', () => {
    expect(parseDateParts(p('', '11', '2026'), 'month', today)).toEqual({ ok: true, value: '2026-11' })
  })

  it('round-trips stored values into fields', () => {
    expect(toDateParts('2024-03-05')).toEqual({ day: '5', month: '3', year: '2024' })
    expect(toDateParts('1990')).toEqual({ day: '', month: '', year: '1990' })
    expect(toDateParts('junk')).toEqual({ day: '', month: '', year: '' })
    expect(normaliseDigits('۱۴۰۲')).toBe('1402')
  })
})
