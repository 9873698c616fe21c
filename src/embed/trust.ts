/**
 * Whose page showed the guide, and whether the guide may present the kommune details it was
 * given as that kommune's (rules-api.md §4: a link anyone can craft must not make the guide, on
 * its own address, present contact details the named kommune does not control).
 *
 * Threat: someone sends refugees a link to the genuine guide with a kommune's name and their own
 * phone, e-mail or web site (?kommune=Bergen%20kommune&kommune-phone=…), or embeds the genuine
 * guide with such details on a page of their own.
 *
 * Rule: the details count only when the page that embeds the guide (or, opened directly, the
 * page that linked to it) is on a kommune's own web domain — under kommune.no, which Norid gives
 * to municipalities only — or on a host the guide's publisher listed in TRUSTED_HOSTS. The web
 * address and e-mail must be on that same domain. The guide learns the page from
 * location.ancestorOrigins (embedded; Chromium and Safari) or document.referrer (Firefox, and a
 * link from the kommune's page), neither of which another site can forge. Details from anywhere
 * else are ignored: the guide uses its generic wording.
 */

/**
 * Hosts (besides *.kommune.no) whose pages may give kommune details, for a publisher serving
 * kommuner that use another domain. Exact host names, lower case.
 */
export const TRUSTED_HOSTS: readonly string[] = []

export interface Provenance {
  /** The origin of the page that embeds the guide or linked to it, when known. */
  origin?: string
  /** The page is a kommune's own (or listed): its details may be shown as the kommune's. */
  trusted: boolean
  /** The domain the kommune's web address and e-mail must be on (e.g. "bergen.kommune.no"). */
  domain?: string
}

/** The kommune's own domain for a host: "www.bergen.kommune.no" → "bergen.kommune.no". */
export function kommuneDomain(host: string): string | undefined {
  const h = host.toLowerCase()
  if (TRUSTED_HOSTS.includes(h)) return h.replace(/^www\./, '')
  const m = /(?:^|\.)([a-z0-9-]+\.kommune\.no)$/.exec(h)
  return m?.[1]
}

/** What the guide knows of the page around it or before it. */
export interface Surroundings {
  embedded: boolean
  /** location.ancestorOrigins[0], where the browser has it ("null" when hidden). */
  ancestorOrigin?: string
  /** document.referrer */
  referrer?: string
  /** the guide's own origin */
  ownOrigin: string
}

export function provenance(s: Surroundings): Provenance {
  let origin: string | undefined
  const fromUrl = (u: string | undefined) => {
    try {
      return u ? new URL(u).origin : undefined
    } catch {
      return undefined
    }
  }
  if (s.embedded) origin = s.ancestorOrigin && s.ancestorOrigin !== 'null' ? s.ancestorOrigin : fromUrl(s.referrer)
  else origin = fromUrl(s.referrer)
  if (!origin || origin === 'null') return { trusted: false }
  // The guide's own page for kommune web editors shows a preview of the guide it generates.
  if (s.embedded && origin === s.ownOrigin) return { origin, trusted: true }
  const url = new URL(origin)
  const domain = url.protocol === 'https:' ? kommuneDomain(url.hostname) : undefined
  return domain ? { origin, trusted: true, domain } : { origin, trusted: false }
}

/** Whether a host name is the domain or under it. */
export const onDomain = (host: string, domain: string): boolean => host === domain || host.endsWith(`.${domain}`)

export function surroundings(win: Window): Surroundings {
  let embedded = false
  try {
    embedded = win.parent !== win
  } catch {
    embedded = true
  }
  const ancestors = (win.location as Location & { ancestorOrigins?: DOMStringList }).ancestorOrigins
  return {
    embedded,
    ancestorOrigin: ancestors && ancestors.length > 0 ? (ancestors[0] ?? undefined) : undefined,
    referrer: win.document.referrer || undefined,
    ownOrigin: win.location.origin,
  }
}
