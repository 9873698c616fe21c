/**
 * sessionStorage, guarded: private modes, embedded iframes with blocked storage and full quotas
 * throw on access. The guide must keep working (in memory) when storage is not there.
 */
export function readSession(key: string): string | null {
  try {
    return window.sessionStorage.getItem(key)
  } catch {
    return null
  }
}

export function writeSession(key: string, value: string): boolean {
  try {
    window.sessionStorage.setItem(key, value)
    return true
  } catch {
    return false
  }
}

export function removeSession(key: string): void {
  try {
    window.sessionStorage.removeItem(key)
  } catch {
    /* nothing stored, nothing to remove */
  }
}
