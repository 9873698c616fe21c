/**
 * Tests set `strict` (test/support/setup.ts): an error inside the engine then throws instead of
 * becoming a calm "cannot tell" (reason engine-error), so no test can pass over a crash. Users
 * keep the safety net.
 */
export const engineChecks = { strict: false }
