/** Starts `vite preview` on the production build in dist/ for the browser tests, and stops it. */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'

export const PORT = Number(process.env.E2E_PORT ?? 4173)
export const HOST_PORT = Number(process.env.E2E_HOST_PORT ?? PORT + 2)
let server: ChildProcess | undefined

async function waitFor(url: string, ms: number) {
  const until = Date.now() + ms
  while (Date.now() < until) {
    try {
      const r = await fetch(url)
      if (r.ok) return
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`preview server did not start at ${url}`)
}

export async function setup() {
  if (!existsSync('dist/index.html')) throw new Error('No production build: run `vite build` first (npm run test:e2e does).')
  server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], {
    stdio: 'ignore',
  })
  await waitFor(`http://127.0.0.1:${PORT}/`, 20_000)
}

export async function teardown() {
  server?.kill()
}
