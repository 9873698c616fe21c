/**
 * The kommune's own details, given by the embed snippet's data- attributes or as URL
 * parameters (rules-api.md §4): kommune, kommune-url, kommune-phone, kommune-email, county.
 * Everything here comes from outside, so each value is checked for length, allowed characters
 * and shape; a value that fails is dropped (the guide then uses its generic wording), never
 * repaired, and never shown as HTML.
 */
import { COUNTIES } from '@/complaint/statsforvalteren'
import { onDomain, type Provenance } from './trust'
import { hashParams } from '@/lib/hashQuery'

export interface KommuneDetails {
  /** The kommune's name as it should be shown, e.g. "Bergen kommune". */
  name?: string
  /** The kommune's page for refugees (https only). */
  url?: string
  phone?: string
  email?: string
  /** County number (fylkesnummer), one of COUNTIES. */
  county?: string
}

export const PARAMS = { name: 'kommune', url: 'kommune-url', phone: 'kommune-phone', email: 'kommune-email', county: 'county' } as const
export type DetailKey = keyof typeof PARAMS

export const LIMITS = { name: 60, url: 300, phone: 20, email: 254 } as const

// Letters of any script, combining marks, spaces, and the punctuation real names use
// ("Nord-Fron", "Porsáŋgu – Porsanger – Porsanki", "Unjárga-Nesseby", "St. Hanshaugen").
const NAME = /^[\p{L}\p{M}][\p{L}\p{M} .'’\-–]*$/u
const PHONE = /^\+?[0-9][0-9 ]*$/
// An address as kommuner write them: letters, digits and . _ + - before the @ (no ?, =, & or %,
// which would let a value add headers to a mailto: link), a dot-separated domain after it.
const EMAIL = /^[A-Za-z0-9_+-]+(\.[A-Za-z0-9_+-]+)*@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}$/

function clean(value: string | null | undefined): string | undefined {
  if (typeof value !== 'string') return undefined
  const v = value.normalize('NFC').trim()
  return v === '' ? undefined : v
}

export function validName(value: string | null | undefined): string | undefined {
  const v = clean(value)?.replace(/\s+/g, ' ')
  return v !== undefined && v.length >= 2 && v.length <= LIMITS.name && NAME.test(v) ? v : undefined
}

export function validUrl(value: string | null | undefined): string | undefined {
  const v = clean(value)
  if (v === undefined || v.length > LIMITS.url) return undefined
  let url: URL
  try {
    url = new URL(v)
  } catch {
    return undefined
  }
  // https only: no javascript:, data:, http: or other schemes; no user:password@ trickery.
  if (url.protocol !== 'https:' || url.username || url.password || !url.hostname.includes('.')) return undefined
  return url.href
}

export function validPhone(value: string | null | undefined): string | undefined {
  const v = clean(value)?.replace(/\s+/g, ' ')
  if (v === undefined || v.length > LIMITS.phone || !PHONE.test(v)) return undefined
  const digits = v.replace(/\D/g, '').length
  return digits >= 8 && digits <= 15 ? v : undefined
}

export function validEmail(value: string | null | undefined): string | undefined {
  const v = clean(value)
  return v !== undefined && v.length <= LIMITS.email && EMAIL.test(v) ? v : undefined
}

export function validCounty(value: string | null | undefined): string | undefined {
  const v = clean(value)
  return COUNTIES.some((c) => c.number === v) ? v : undefined
}

const VALIDATORS: Record<DetailKey, (v: string | null | undefined) => string | undefined> = {
  name: validName,
  url: validUrl,
  phone: validPhone,
  email: validEmail,
  county: validCounty,
}

/** Checks each detail; returns the valid ones and the names of those given but dropped. */
export function validateKommuneDetails(raw: Partial<Record<DetailKey, string | null | undefined>>): {
  details: KommuneDetails
  dropped: DetailKey[]
} {
  const details: KommuneDetails = {}
  const dropped: DetailKey[] = []
  for (const key of Object.keys(VALIDATORS) as DetailKey[]) {
    const given = raw[key]
    if (given === undefined || given === null || given === '') continue
    const ok = VALIDATORS[key](given)
    if (ok === undefined) dropped.push(key)
    else details[key] = ok
  }
  return { details, dropped }
}

/** The details from a page address: the query before the # (and after it, for hash links). */
export function kommuneFromLocation(location: Pick<Location, 'search' | 'hash'>): KommuneDetails {
  const search = new URLSearchParams(location.search)
  const hashQuery = hashParams(location.hash)
  const raw: Partial<Record<DetailKey, string | null>> = {}
  for (const [key, param] of Object.entries(PARAMS) as [DetailKey, string][]) raw[key] = search.get(param) ?? hashQuery.get(param)
  return validateKommuneDetails(raw).details
}

/**
 * The details the guide may present as the kommune's (./trust.ts): none unless the page around
 * the guide is a kommune's own; its web address and e-mail only on that kommune's domain.
 */
export function trustedDetails(details: KommuneDetails, from: Provenance): KommuneDetails {
  if (!from.trusted) return {}
  const out: KommuneDetails = { ...details }
  if (from.domain) {
    const domain = from.domain
    if (out.url && !onDomain(new URL(out.url).hostname.toLowerCase(), domain)) delete out.url
    if (out.email && !onDomain(out.email.slice(out.email.lastIndexOf('@') + 1).toLowerCase(), domain)) delete out.email
  }
  return out
}
