/**
 * Intl formatters, made once per locale and options. Making one is slow (the browser loads its
 * locale data each time): a result page formats dozens of dates, sums and plurals, and on a
 * phone-class CPU new formatters each time cost a visible delay.
 */
const made = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules>()

function once<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules>(kind: string, tag: string, options: object, make: () => T): T {
  const key = `${kind}|${tag}|${JSON.stringify(options)}`
  let f = made.get(key) as T | undefined
  if (!f) {
    f = make() // may throw (an unknown tag): nothing is kept, the caller falls back
    made.set(key, f)
  }
  return f
}

export const dateTimeFormat = (tag: string, options: Intl.DateTimeFormatOptions = {}) =>
  once('date', tag, options, () => new Intl.DateTimeFormat(tag, options))

export const numberFormat = (tag: string, options: Intl.NumberFormatOptions = {}) =>
  once('number', tag, options, () => new Intl.NumberFormat(tag, options))

export const pluralRules = (tag: string) => once('plural', tag, {}, () => new Intl.PluralRules(tag))
