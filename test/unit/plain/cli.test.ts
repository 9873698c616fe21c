import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

// The CLI as CI runs it (tsx, exit code, printed table), on fixture files instead of nb.json.
const dir = mkdtempSync(join(tmpdir(), 'plain-cli-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const realConfig = JSON.parse(readFileSync('plain-language.config.json', 'utf8')) as Record<string, unknown>
// The real config minus the entries that point into nb.json (they would be stale for a fixture).
const fixtureConfig = { ...realConfig, units: [], explanations: [], exemptions: [] }

function run(source: Record<string, unknown>) {
  const sourcePath = join(dir, `source-${Math.random().toString(36).slice(2)}.json`)
  const configPath = join(dir, 'config.json')
  writeFileSync(sourcePath, JSON.stringify(source))
  writeFileSync(configPath, JSON.stringify(fixtureConfig))
  const r = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', '--tsconfig', 'tsconfig.app.json', 'scripts/plain/cli.ts', '--source', sourcePath, '--config', configPath], {
    encoding: 'utf8',
  })
  return { code: r.status, out: r.stdout + r.stderr }
}

// Both fixtures have more than the real config's minWords (40), so their LIX is judged.
const easy =
  'Svar på noen korte spørsmål. Da får du vite om du har rett til programmet. Det tar omtrent fem minutter. Du kan svare «Jeg vet ikke» på de fleste spørsmålene. Svarene dine blir bare på telefonen din. Ingen andre ser dem. De blir slettet når du lukker fanen.'

describe('the plain-language CLI', () => {
  it('passes easy text and prints the LIX table', () => {
    const { code, out } = run({ start: { lead: easy } })
    expect(out).toMatch(/start +1 +48 +7 .* ok/)
    expect(out).toContain('(all)')
    expect(out).toContain('Plain-language check passed.')
    expect(code).toBe(0)
  })

  it('exits 1 on a group whose LIX is too high, and names its hardest message', () => {
    const hard =
      'Introduksjonsdeltakerens stønadsberettigelse forutsetter dokumenterbar tilstedeværelse gjennom hele den lange programperioden. ' +
      'Fraværsregistreringen gjennomføres fortløpende av kommuneadministrasjonen innenfor programperioden. ' +
      'Tilbakebetalingskravet fastsettes administrativt etter nærmere individuell vurdering av dokumentasjonen. ' +
      'Arbeidsmarkedsrettede aktiviteter inngår obligatorisk i kvalifiseringsløpet for programdeltakerne. ' +
      'Kommuneadministrasjonen gjennomfører regelmessige evalueringer av deltakerens progresjon.'
    const { code, out } = run({ start: { lead: easy }, programme: { lead: hard } })
    expect(out).toMatch(/programme .* FAIL/)
    expect(out).toContain('programme.lead')
    expect(out).toContain('Plain-language check FAILED.')
    expect(code).toBe(1)
  }, 120_000)

  it('exits 1 on a word to avoid or an unexplained legal term, printing key and word', () => {
    const { code, out } = run({ start: { lead: easy, more: 'Dersom du er uenig i vedtaket, kan du klage.' } })
    expect(out).toContain('start.more: word to avoid «Dersom»')
    expect(out).toContain('start.more: legal term «vedtaket» (vedtak)')
    expect(code).toBe(1)
  }, 120_000)

  it('exits 2 when a file cannot be read', () => {
    const r = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/plain/cli.ts', '--source', join(dir, 'missing.json')], { encoding: 'utf8' })
    expect(r.stderr).toContain('plain-language check:')
    expect(r.status).toBe(2)
  }, 120_000)
})
