/**
 * Shared by the browser tests, the budget and the Lighthouse scripts: Debian Chromium, and a
 * production build served with `vite preview`
 * (gzip on, as on a real static host).
 */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { preview, type PreviewServer } from 'vite'

export const ROOT = resolve(import.meta.dirname, '../..')
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
]

export async function serve(outDir: string, port: number): Promise<{ url: string; close(): Promise<void> }> {
  if (!existsSync(resolve(outDir, 'index.html'))) throw new Error(`No build in ${outDir}: run \`npm run build:only\` first.`)
  const server: PreviewServer = await preview({
    root: ROOT,
    logLevel: 'error',
    build: { outDir },
    preview: { port, strictPort: true, host: '127.0.0.1', open: false },
  })
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() }
}

/**
 * Answers that reach a result page (right and duty: a refugee settled by agreement a few months
 * ago, dates counted back from today so the answers stay valid whenever this runs).
 */
export function resultAnswers(today = new Date()): string {
  const monthsAgo = (n: number) => {
    const d = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - n, 1))
    return d.toISOString().slice(0, 10)
  }
  return JSON.stringify({
    answers: {
      permit: 'refugee',
      permitDate: monthsAgo(6),
      birthDate: '1990-05-01',
      startedProgramme: 'no',
      declinedOrLeft: 'no',
      settled: 'yes',
      settlementDate: monthsAgo(3),
      imdiAgreement: 'yes',
      firstKommune: 'yes',
      job30Hours: 'no',
      childrenUnder18: 'yes',
    },
    unknownDates: [],
  })
}

export const ANSWERS_KEY = 'intro-guide:answers:v1'

export function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)))
  return rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')).join('\n')
}
