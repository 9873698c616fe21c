/// <reference types="vite/client" />

/** The reviewers' page's flow diagram, drawn from the code at build time (vite.config.ts flowDiagram). */
declare module 'virtual:flow-diagram' {
  import type { FlowGraph } from '@/rules/flowGraph'
  export const drawnOn: string
  export const graph: FlowGraph
  export const svg: string
}
