import { chromium } from 'playwright-core'
import { serve, CHROMIUM, CHROMIUM_FLAGS, ANSWERS_KEY } from './scripts/lib/site'
const personas: Record<string, Record<string, string>> = {
  issue: { permit: 'refugee', permitDate: '2025-06-20', birthDate: '1990-05-01', startedProgramme: 'no', declinedOrLeft: 'no', settled: 'yes', settlementDate: '2025-09-01', imdiAgreement: 'yes', firstKommune: 'yes', job30Hours: 'no', childrenUnder18: 'yes' },
  family: { permit: 'family-immigration', referencePermit: 'refugee', referenceSettlementDate: '2019-05-01', permitDate: '2024-10-01', birthDate: '1990-05-01', startedProgramme: 'no', declinedOrLeft: 'no', settled: 'yes', settlementDate: '2025-06-01', firstKommune: 'yes', job30Hours: 'no', childrenUnder18: 'no' },
  job: { permit: 'refugee', permitDate: '2025-06-20', birthDate: '1990-05-01', startedProgramme: 'no', declinedOrLeft: 'no', settled: 'yes', settlementDate: '2025-09-01', imdiAgreement: 'yes', firstKommune: 'yes', job30Hours: 'yes' },
  age57: { permit: 'refugee', permitDate: '2025-03-01', birthDate: '1968-01-01', startedProgramme: 'no', declinedOrLeft: 'no', settled: 'yes', settlementDate: '2025-06-01', imdiAgreement: 'yes', firstKommune: 'yes' },
  ukraine: { permit: 'collective-protection', permitDate: '2025-02-01', birthDate: '1990-05-01', startedProgramme: 'no', declinedOrLeft: 'no', settled: 'yes', settlementDate: '2025-09-01', imdiAgreement: 'yes', firstKommune: 'yes', job30Hours: 'no', childrenUnder18: 'no' },
  eea: { permit: 'eea-nordic' },
}
const unknownDates: Record<string, string[]> = { family: ['familyApplicationDate'] }
const which = (process.argv[2] ?? 'issue').split(',')
const langs = (process.argv[3] ?? 'nb').split(',')
const site = await serve('dist', 4190)
const b = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS })
for (const name of which) for (const lang of langs) {
  const ctx = await b.newContext({ viewport: { width: 390, height: 844 } })
  const p = await ctx.newPage()
  await p.clock.setFixedTime(new Date('2026-12-06T12:00:00'))
  p.on('console', (m) => { if (m.type() === 'error') console.log('console error', m.text()) }); p.on('response', (r) => { if (r.status() >= 400) console.log('HTTP', r.status(), r.url()) })
  await p.goto(site.url + 'robots.txt')
  await p.evaluate(([k, v]) => sessionStorage.setItem(k!, v!), [ANSWERS_KEY, JSON.stringify({ answers: personas[name], unknownDates: unknownDates[name] ?? [] })])
  await p.goto(`${site.url}?lang=${lang}#/result`)
  await p.waitForSelector('[data-outcome]')
  await p.waitForTimeout(300)
  const h = await p.evaluate(() => document.documentElement.scrollHeight)
  for (let y = 0, i = 0; y < h; y += 1100, i++) await p.screenshot({ path: `/tmp/shots/${name}-${lang}-${i}.png`, fullPage: true, clip: { x: 0, y, width: 390, height: Math.min(1100, h - y) } })
  console.log(name, lang, await p.locator('[data-outcome]').getAttribute('data-outcome'), await p.locator('time[data-key-date]').evaluateAll((ts) => ts.map((t) => `${t.getAttribute('data-key-date')}=${t.getAttribute('datetime')}`).join(' ')))
  await ctx.close()
}
await b.close(); await site.close()
