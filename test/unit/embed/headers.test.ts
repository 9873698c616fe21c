import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { headersFor, parseHeaders } from '../../../scripts/hosting/headers'

const rules = parseHeaders(readFileSync('public/_headers', 'utf8'))

describe('the example headers file (public/_headers)', () => {
  it('sets a strict Content-Security-Policy on every page', () => {
    const csp = headersFor('/index.html', rules)['content-security-policy']!
    const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]))
    expect(directives['default-src']).toEqual(["'none'"])
    // The build adds the boot script's hash here (dist/_headers; test/e2e/csp.e2e.ts checks what ships).
    expect(directives['script-src']).toEqual(["'self'"])
    expect(directives['connect-src']).toEqual(["'self'"])
    expect(directives['frame-ancestors']).toContain("'self'")
    expect(csp).not.toMatch(/unsafe-(inline|eval)|\*/)
  })

  it('sets the privacy and hardening headers', () => {
    const h = headersFor('/', rules)
    expect(h['referrer-policy']).toBe('no-referrer')
    expect(h['permissions-policy']).toContain('geolocation=()')
    expect(h['x-content-type-options']).toBe('nosniff')
  })

  it('caches hashed assets for a year, and pages, the service worker and embed.js not at all', () => {
    expect(headersFor('/assets/index-abc123.js', rules)['cache-control']).toBe('public, max-age=31536000, immutable')
    for (const path of ['/', '/index.html', '/programme.html', '/sw.js', '/embed.js']) expect(headersFor(path, rules)['cache-control'], path).toBe('no-cache')
  })

  it('parses the format: patterns, indented headers, comments; refuses a header outside a path', () => {
    const r = parseHeaders('# c\n/a/*\n  X-A: 1\n  X-B: two: three\n/b\n  X-A: 2\n')
    expect(headersFor('/a/x/y', r)).toEqual({ 'x-a': '1', 'x-b': 'two: three' })
    expect(headersFor('/b', r)).toEqual({ 'x-a': '2' })
    expect(() => parseHeaders('  X-A: 1')).toThrow()
  })
})
