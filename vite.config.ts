import { fileURLToPath, URL } from 'node:url'
import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'
import VueI18nPlugin from '@intlify/unplugin-vue-i18n/vite'

export default defineConfig({
  // Relative asset URLs: the build runs under any base path (e.g. /veiviser/) on any static host.
  base: './',
  plugins: [
    vue(),
    // Precompile locales/*.json to functions at build time, so the runtime needs no message
    // compiler (and no `unsafe-eval`); each locale becomes its own lazily loaded chunk.
    VueI18nPlugin({
      include: [resolve(fileURLToPath(new URL('.', import.meta.url)), './locales/**')],
      runtimeOnly: true,
      dropMessageCompiler: true,
      fullInstall: false,
      strictMessage: true,
      escapeHtml: true,
    }),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    target: 'es2020',
    cssCodeSplit: true,
    sourcemap: false,
  },
  test: {
    environment: 'jsdom',
    include: ['test/unit/**/*.test.ts', 'test/component/**/*.test.ts'],
    restoreMocks: true,
    setupFiles: ['test/support/setup.ts'],
  },
})
