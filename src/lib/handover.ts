/**
 * Hand a result over to another phone (issue 16): the answers travel in the URL fragment
 * (#/result?handover=…), which browsers never send to a server. Pure: encoding, decoding, and
 * the address without them.
 */

import { editHashParams, hashParams } from './hashQuery'

const PARAM = 'handover'

/** UTF-8 JSON as base64url (no padding): safe in a fragment, compact in a QR code. */
export function encodeHandover(value: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(value))
  let binary = ''
  for (const b of bytes) binary += String.fromCharCode(b)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/** The value back, or undefined for anything that is not base64url of JSON. */
export function decodeHandover(text: string): unknown {
  try {
    if (!/^[\w-]+$/.test(text)) return undefined
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'))
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)))) as unknown
  } catch {
    return undefined
  }
}

/** The address that opens the result of `state` on another phone: the guide's start page, the answers in the fragment. */
export function handoverAddress(rootHref: string, state: unknown): string {
  return `${new URL('index.html', rootHref).href}#/result?${PARAM}=${encodeHandover(state)}`
}

/** The handover in an address's fragment (present: its text, maybe empty), and the fragment without it. */
export function takeFromHash(hash: string): { found: string | null; hash: string } {
  const found = hashParams(hash).get(PARAM)
  return { found, hash: found === null ? hash : editHashParams(hash, (params) => (params.delete(PARAM), true)) }
}
