/**
 * Reads a `_headers` file (the format of Netlify and Cloudflare Pages: a path pattern on its own
 * line, then indented `Name: value` lines) and gives the headers for a request path. Used by the
 * preview server, so the browser tests run under exactly the headers the example file sets.
 */
export interface HeaderRule {
  pattern: string
  headers: [string, string][]
}

export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = []
  for (const raw of text.split(/\r?\n/)) {
    if (raw.trim() === '' || raw.trim().startsWith('#')) continue
    if (!/^\s/.test(raw)) {
      rules.push({ pattern: raw.trim(), headers: [] })
      continue
    }
    const rule = rules.at(-1)
    const colon = raw.indexOf(':')
    if (!rule || colon < 0) throw new Error(`_headers: a header line outside a path, or without a colon: ${raw.trim()}`)
    rule.headers.push([raw.slice(0, colon).trim(), raw.slice(colon + 1).trim()])
  }
  return rules
}

/** `*` matches anything (also across /), as the hosts do; everything else literally. */
function matches(pattern: string, path: string): boolean {
  const re = new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`)
  return re.test(path)
}

/** The headers for a path: every matching rule, later rules adding to or replacing earlier ones. */
export function headersFor(path: string, rules: HeaderRule[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (const rule of rules) if (matches(rule.pattern, path)) for (const [name, value] of rule.headers) out[name.toLowerCase()] = value
  return out
}
