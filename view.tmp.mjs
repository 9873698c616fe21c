// Splits a tall PNG into 1100px-high slices using Chromium (no image tools here).
import { chromium } from 'playwright-core'
import { readFileSync } from 'node:fs'
const [file, out] = process.argv.slice(2)
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
const p = await b.newPage({ viewport: { width: 390, height: 1100 } })
const data = readFileSync(file).toString('base64')
await p.setContent(`<body style="margin:0"><img id=i src="data:image/png;base64,${data}"></body>`)
const h = await p.evaluate(() => document.getElementById('i').naturalHeight)
for (let y = 0, i = 0; y < h; y += 1100, i++) {
  await p.evaluate((y) => window.scrollTo(0, y), y)
  await p.screenshot({ path: `${out}-${i}.png`, clip: { x: 0, y, width: 390, height: Math.min(1100, h - y) }, fullPage: true })
}
console.log(Math.ceil(h / 1100), 'slices')
await b.close()
