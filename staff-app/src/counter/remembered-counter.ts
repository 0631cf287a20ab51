const storageKey = 'dintur.staff.counterId';

/** The counter chosen on this PC before, if any: a workstation stays at its counter. */
export function readRememberedCounter(): string | null {
  try {
    return window.localStorage.getItem(storageKey);
  } catch {
    return null; // storage disabled: choose again
  }
}

export function rememberCounter(counterId: string): void {
  try {
    window.localStorage.setItem(storageKey, counterId);
  } catch {
    // Without storage the choice lasts until the page is closed.
  }
}
