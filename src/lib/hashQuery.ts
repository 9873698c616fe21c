/**
 * The query of the #route (#/result?lang=ar&asof=2026-01-01): the guide reads settings there as
 * well as before the # (hash links, the kommune snippet), and removes some of them again.
 */

/** The parameters after the ? of the #route (none when it has no ?). */
export function hashParams(hash: string): URLSearchParams {
  const at = hash.indexOf('?')
  return new URLSearchParams(at < 0 ? '' : hash.slice(at + 1))
}

/**
 * The #route with its parameters changed by `edit`; unchanged (byte for byte) when `edit`
 * returns false, and without a "?" when no parameter is left.
 */
export function editHashParams(hash: string, edit: (params: URLSearchParams) => boolean): string {
  const at = hash.indexOf('?')
  if (at < 0) return hash
  const params = hashParams(hash)
  if (!edit(params)) return hash
  return params.size ? `${hash.slice(0, at)}?${params}` : hash.slice(0, at)
}
