/**
 * The shipped Content-Security-Policy allows exactly the inline script the pages carry (the boot
 * script, by its hash) and nothing else inline: checked on every HTML file of the build against
 * dist/_headers as shipped. (Every browser test also fails on a CSP violation in the pages it
 * opens: test/e2e/support.ts.)
 */
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { headersFor, parseHeaders } from '../../scripts/hosting/headers'

const DIST = 'dist'

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name)
    return e.isDirectory() ? htmlFiles(path) : e.name.endsWith('.html') ? [path] : []
  })
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`

describe('the shipped CSP and the inline boot script', () => {
  const rules = parseHeaders(readFileSync(join(DIST, '_headers'), 'utf8'))
  const files = htmlFiles(DIST)

  it('finds the pages: the root, every locale folder, the not-found page', () => {
    expect(files.length).toBeGreaterThan(13 * 4)
    expect(files.map((f) => relative(DIST, f))).toEqual(expect.arrayContaining(['index.html', 'ar/index.html', 'ti/programme.html', '404.html']))
  })

  it('every page runs the boot script inline, allowed by its hash and by nothing broader', () => {
    for (const file of files) {
      const path = `/${relative(DIST, file)}`
      const html = readFileSync(file, 'utf8')
      const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!)
      expect(inline.length, path).toBe(1)
      expect(html, path).not.toContain('boot.js"')
      const csp = headersFor(path, rules)['content-security-policy']!
      const scriptSrc = /script-src ([^;]*)/.exec(csp)![1]!.split(/\s+/)
      expect(scriptSrc, path).toEqual(["'self'", sha256(inline[0]!)])
      expect(csp, path).not.toMatch(/unsafe-(inline|eval|hashes)/)
    }
  })
})
