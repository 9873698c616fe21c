/**
 * Fødselsnummer and D-nummer: 11 digits, the last two check digits computed modulo 11 from the
 * ones before (Skatteetaten, "Fødselsnummer"). A D-nummer has 4 added to the first digit of the
 * day; the check digits work the same. Pure; nothing here leaves the device.
 */

const K1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
const K2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]

function checkDigit(digits: number[], weights: number[]): number | null {
  const sum = weights.reduce((s, w, i) => s + w * (digits[i] ?? 0), 0)
  const k = 11 - (sum % 11)
  if (k === 11) return 0
  if (k === 10) return null // no number has this: the digits are wrong
  return k
}

export type IdNumberCheck = { ok: true; value: string; kind: 'fødselsnummer' | 'd-nummer' } | { ok: false; error: 'id-format' | 'id-check' }

/** Checks what the user typed (spaces and dots allowed between the digits). */
export function checkIdNumber(typed: string): IdNumberCheck {
  const value = typed.replace(/[\s.]/g, '')
  if (!/^\d{11}$/.test(value)) return { ok: false, error: 'id-format' }
  const d = [...value].map(Number)
  const k1 = checkDigit(d.slice(0, 9), K1)
  if (k1 === null || k1 !== d[9]) return { ok: false, error: 'id-check' }
  const k2 = checkDigit([...d.slice(0, 9), k1], K2)
  if (k2 === null || k2 !== d[10]) return { ok: false, error: 'id-check' }
  return { ok: true, value, kind: (d[0] ?? 0) >= 4 ? 'd-nummer' : 'fødselsnummer' }
}

/** The check digits for nine digits (for tests and examples), or null when none exist. */
export function withCheckDigits(nine: string): string | null {
  const d = [...nine].map(Number)
  const k1 = checkDigit(d, K1)
  if (k1 === null) return null
  const k2 = checkDigit([...d, k1], K2)
  if (k2 === null) return null
  return `${nine}${k1}${k2}`
}
