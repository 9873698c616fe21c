/**
 * npm run diagram [-- YYYY-MM-DD]: the question flow as Mermaid, drawn from the code
 * (src/rules/flowGraph.ts) for the law on that day (default: today). Paste it into any Mermaid
 * viewer; the reviewers' page (#/rules) shows the same graph as a picture.
 */
import { flowGraph, toMermaid } from '../../src/rules/flowGraph'
import { parseIsoDate } from '../../src/rules/dates'

const arg = process.argv[2]
const day = arg ? parseIsoDate(arg) : new Date().toISOString().slice(0, 10)
if (!day) {
  console.error(`diagram: "${arg}" is not a day (YYYY-MM-DD)`)
  process.exit(1)
}
console.log(`%% The question flow of the introduction-programme guide, by the law on ${day}`)
console.log(toMermaid(flowGraph(day)))
