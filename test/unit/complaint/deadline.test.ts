/**
 * complaintDeadline: received + 21 days (forvaltningsloven § 29), moved past Saturdays, Sundays
 * and public holidays (domstolloven § 149). Expected dates worked out by hand from a calendar:
 * Easter Sunday 2025-04-20, 2026-04-05, 2027-03-28; Ascension 2025-05-29, 2026-05-14,
 * 2027-05-06; Whit Monday 2025-06-09, 2026-05-25, 2027-05-17 (= 17 May).
 */
import { describe, expect, it } from 'vitest'
import { complaintDeadline } from '@/rules'
import { easterSunday, publicHolidays } from '@/complaint/holidays'

type Row = [received: string, plain: string, deadline: string, because: string[], what: string]

const ROWS: Row[] = [
  // 2025
  ['2025-03-03', '2025-03-24', '2025-03-24', [], 'ordinary Monday'],
  ['2025-03-08', '2025-03-29', '2025-03-31', ['saturday', 'sunday'], 'Saturday'],
  ['2025-03-09', '2025-03-30', '2025-03-31', ['sunday'], 'Sunday'],
  ['2025-03-27', '2025-04-17', '2025-04-22', ['maundy-thursday', 'good-friday', 'saturday', 'easter-sunday', 'easter-monday'], 'Maundy Thursday'],
  ['2025-03-28', '2025-04-18', '2025-04-22', ['good-friday', 'saturday', 'easter-sunday', 'easter-monday'], 'Good Friday'],
  ['2025-03-31', '2025-04-21', '2025-04-22', ['easter-monday'], 'Easter Monday'],
  ['2025-04-10', '2025-05-01', '2025-05-02', ['labour-day'], '1 May (Thursday)'],
  ['2025-04-26', '2025-05-17', '2025-05-19', ['constitution-day', 'sunday'], '17 May (Saturday)'],
  ['2025-05-08', '2025-05-29', '2025-05-30', ['ascension-day'], 'Ascension Day'],
  ['2025-05-18', '2025-06-08', '2025-06-10', ['whit-sunday', 'whit-monday'], 'Whit Sunday'],
  ['2025-05-19', '2025-06-09', '2025-06-10', ['whit-monday'], 'Whit Monday'],
  ['2025-12-03', '2025-12-24', '2025-12-24', [], 'Christmas Eve is a working day'],
  ['2025-12-04', '2025-12-25', '2025-12-29', ['christmas-day', 'boxing-day', 'saturday', 'sunday'], 'Christmas Day'],
  ['2025-12-10', '2025-12-31', '2025-12-31', [], "New Year's Eve is a working day"],
  ['2025-12-11', '2026-01-01', '2026-01-02', ['new-years-day'], "New Year's Day"],
  // 2026
  ['2026-01-12', '2026-02-02', '2026-02-02', [], 'ordinary Monday'],
  ['2026-03-12', '2026-04-02', '2026-04-07', ['maundy-thursday', 'good-friday', 'saturday', 'easter-sunday', 'easter-monday'], 'Maundy Thursday'],
  ['2026-03-13', '2026-04-03', '2026-04-07', ['good-friday', 'saturday', 'easter-sunday', 'easter-monday'], 'Good Friday'],
  ['2026-03-16', '2026-04-06', '2026-04-07', ['easter-monday'], 'Easter Monday'],
  ['2026-04-10', '2026-05-01', '2026-05-04', ['labour-day', 'saturday', 'sunday'], '1 May (Friday)'],
  ['2026-04-23', '2026-05-14', '2026-05-15', ['ascension-day'], 'Ascension Day'],
  ['2026-04-26', '2026-05-17', '2026-05-18', ['constitution-day'], '17 May (Sunday)'],
  ['2026-05-02', '2026-05-23', '2026-05-26', ['saturday', 'whit-sunday', 'whit-monday'], 'Saturday before Whitsun'],
  ['2026-05-04', '2026-05-25', '2026-05-26', ['whit-monday'], 'Whit Monday'],
  ['2026-12-04', '2026-12-25', '2026-12-28', ['christmas-day', 'boxing-day', 'sunday'], 'Christmas Day (Friday)'],
  ['2026-12-11', '2027-01-01', '2027-01-04', ['new-years-day', 'saturday', 'sunday'], "New Year's Day (Friday)"],
  ['2026-12-20', '2027-01-10', '2027-01-11', ['sunday'], 'across the new year'],
  // 2027
  ['2027-03-04', '2027-03-25', '2027-03-30', ['maundy-thursday', 'good-friday', 'saturday', 'easter-sunday', 'easter-monday'], 'Maundy Thursday'],
  ['2027-03-05', '2027-03-26', '2027-03-30', ['good-friday', 'saturday', 'easter-sunday', 'easter-monday'], 'Good Friday'],
  ['2027-03-08', '2027-03-29', '2027-03-30', ['easter-monday'], 'Easter Monday'],
  ['2027-04-10', '2027-05-01', '2027-05-03', ['labour-day', 'sunday'], '1 May (Saturday)'],
  ['2027-04-15', '2027-05-06', '2027-05-07', ['ascension-day'], 'Ascension Day'],
  ['2027-04-25', '2027-05-16', '2027-05-18', ['whit-sunday', 'constitution-day', 'whit-monday'], 'Whit Sunday'],
  ['2027-04-26', '2027-05-17', '2027-05-18', ['constitution-day', 'whit-monday'], '17 May = Whit Monday'],
  ['2027-06-01', '2027-06-22', '2027-06-22', [], 'ordinary Tuesday'],
  ['2027-12-04', '2027-12-25', '2027-12-27', ['christmas-day', 'boxing-day'], 'Christmas on a weekend'],
  // leap years
  ['2024-02-08', '2024-02-29', '2024-02-29', [], 'leap day, Thursday'],
  ['2028-02-08', '2028-02-29', '2028-02-29', [], 'leap day, Tuesday'],
]

describe('complaintDeadline', () => {
  it.each(ROWS)('received %s → plain %s → deadline %s (%s, %s)', (received, plain, deadline, because) => {
    const d = complaintDeadline(received)
    expect(d.plainDeadline).toBe(plain)
    expect(d.deadline).toBe(deadline)
    expect(d.moved).toBe(plain !== deadline)
    expect(d.movedBecause).toEqual(because)
    expect(d.rule[0]).toMatchObject({ law: 'forvaltningsloven', section: '§ 29', paragraph: 'første ledd' })
    expect(d.rule[0]?.url).toBe('https://lovdata.no/lov/1967-02-10/%C2%A729')
    if (d.moved) expect(d.rule.map((c) => `${c.law} ${c.section}`)).toContain('domstolloven § 149')
    else expect(d.rule).toHaveLength(1)
  })

  it.each([['2025-02-30'], ['2025-13-01'], ['2025-06'], [''], ['abc'], ['1899-12-31'], [' 2025-06-01']])(
    'bad input %j gives empty dates, not a throw',
    (bad) => {
      const d = complaintDeadline(bad)
      expect(d).toMatchObject({ deadline: '', plainDeadline: '', moved: false, movedBecause: [] })
      expect(d.rule.length).toBeGreaterThan(0)
    },
  )

  it('does not throw on non-strings', () => {
    for (const bad of [null, undefined, 42, {}, [], new Date(0)]) {
      expect(complaintDeadline(bad as unknown as string).deadline).toBe('')
    }
  })
})

describe('holidays', () => {
  it('computes Easter by the Gregorian computus', () => {
    expect(easterSunday(2024)).toBe('2024-03-31')
    expect(easterSunday(2025)).toBe('2025-04-20')
    expect(easterSunday(2026)).toBe('2026-04-05')
    expect(easterSunday(2027)).toBe('2027-03-28')
    expect(easterSunday(2038)).toBe('2038-04-25') // latest possible
    expect(easterSunday(2285)).toBe('2285-03-22') // earliest possible
    expect(easterSunday(2000)).toBe('2000-04-23')
  })

  it('lists the twelve holidays of a year in date order', () => {
    const h = publicHolidays(2026)
    expect(h.map((x) => x.date)).toEqual([
      '2026-01-01', '2026-04-02', '2026-04-03', '2026-04-05', '2026-04-06', '2026-05-01',
      '2026-05-14', '2026-05-17', '2026-05-24', '2026-05-25', '2026-12-25', '2026-12-26',
    ])
  })
})
