// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { nextTick } from 'vue'
import { STORAGE_KEY, useAnswersStore } from '@/stores/answers'
import { validateState } from '@/flow/validate'

const today = '2026-11-23'

describe('answers store and sessionStorage', () => {
  beforeEach(() => {
    sessionStorage.clear()
    localStorage.clear()
    setActivePinia(createPinia())
  })

  it('keeps answers in sessionStorage only, and reads them back', async () => {
    const store = useAnswersStore()
    store.setAnswer('permit', 'refugee')
    await nextTick()
    expect(JSON.parse(sessionStorage.getItem(STORAGE_KEY)!).answers).toEqual({ permit: 'refugee' })
    expect(localStorage.length).toBe(0)
    expect(window.location.href).not.toContain('refugee')
    setActivePinia(createPinia())
    const again = useAnswersStore()
    expect(again.answers).toEqual({ permit: 'refugee' })
    expect(again.loadNotice).toBe('none')
  })

  it('drops tampered values with a calm notice, keeping the valid ones', () => {
    sessionStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({
        answers: { permit: 'refugee', permitDate: '2023-02-30', birthDate: '<script>', evil: 'x', settled: 'maybe' },
        unknownDates: ['permit', 42],
      }),
    )
    const store = useAnswersStore()
    expect(store.answers).toEqual({ permit: 'refugee' })
    expect(store.loadNotice).toBe('some-dropped')
  })

  it('survives unreadable storage', () => {
    sessionStorage.setItem(STORAGE_KEY, '{not json')
    const store = useAnswersStore()
    expect(store.answers).toEqual({})
    expect(store.loadNotice).toBe('unreadable')
    expect(sessionStorage.getItem(STORAGE_KEY)).toBeNull()
  })

  it('"clear my answers" empties everything', async () => {
    const store = useAnswersStore()
    store.setAnswer('permit', 'refugee')
    store.setAnswer('permitDate', null)
    await nextTick()
    store.clear()
    await nextTick()
    expect(store.answers).toEqual({})
    expect(store.state.unknownDates).toEqual([])
    expect(sessionStorage.getItem(STORAGE_KEY)).toBeNull()
    expect(store.next).toBe('permit')
  })
})

describe('validateState', () => {
  it.each([null, undefined, 42, 'x', [], { answers: [] }, { answers: { permit: 7 } }])('never throws on %o', (raw) => {
    expect(() => validateState(raw, today)).not.toThrow()
  })

  it('drops answers that the earlier answers make irrelevant', () => {
    const { state, dropped } = validateState({ answers: { permit: 'eea-nordic', settled: 'yes' } }, today)
    expect(state.answers).toEqual({ permit: 'eea-nordic' })
    expect(dropped).toBe(1)
  })

  it('drops future dates', () => {
    const { state } = validateState({ answers: { permit: 'refugee', permitDate: '2030-01-01' } }, today)
    expect(state.answers.permitDate).toBeUndefined()
  })
})
