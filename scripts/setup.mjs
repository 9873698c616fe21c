#!/usr/bin/env node
/**
 * npm run setup: install what the guide needs, on Node 24 LTS.
 *
 * The packages (vue-i18n 11, @intlify/unplugin-vue-i18n, vue-router 5's tools, Babel 8) need
 * Node 22 or later, and Node 20 is past its end of life. On a machine whose Node is older, this
 * fetches Node 24 from the npm registry (node-<os>-<cpu>: the official binary, the only network
 * the machine needs), installs the packages with it (so npm prints no EBADENGINE warning), and
 * puts it first for every npm script (node_modules/.bin/node), so `npm run dev` and `npm test`
 * run on it too. On Node 22 or later it is just `npm ci`. Plain JavaScript with no packages: it
 * runs before anything is installed.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** Node 24 LTS ("Krypton"); checked on the npm registry 2026-12-06. */
const NODE_VERSION = '24.22.3'
const MIN_MAJOR = 22

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const npmCli = process.env.npm_execpath
if (!npmCli) {
  console.error('setup: run it as `npm run setup`')
  process.exit(1)
}

function run(node, args, env = process.env) {
  const r = spawnSync(node, [npmCli, ...args], { cwd: root, stdio: 'inherit', env })
  if (r.status !== 0) process.exit(r.status ?? 1)
}

const major = Number(process.versions.node.split('.')[0])
let node = process.execPath
if (major < MIN_MAJOR) {
  const pkg = `node-${process.platform}-${process.arch}`
  const dir = join(root, '.node-runtime')
  node = join(dir, 'node_modules', pkg, 'bin', 'node')
  if (!existsSync(node)) {
    console.log(`setup: Node ${process.versions.node} is older than ${MIN_MAJOR}; fetching Node ${NODE_VERSION} (${pkg}) from the npm registry`)
    mkdirSync(dir, { recursive: true })
    run(process.execPath, ['install', '--prefix', dir, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--loglevel=error', `${pkg}@${NODE_VERSION}`])
  }
}
console.log(`setup: installing the packages with Node ${spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim()}`)
run(node, ['ci', '--no-audit', '--no-fund'], { ...process.env, PATH: `${dirname(node)}${process.platform === 'win32' ? ';' : ':'}${process.env.PATH}` })
if (node !== process.execPath) {
  // npm puts node_modules/.bin first on every script's PATH: the scripts' `node` is this one.
  const link = join(root, 'node_modules', '.bin', 'node')
  rmSync(link, { force: true })
  symlinkSync(node, link)
}
console.log('setup: done')
