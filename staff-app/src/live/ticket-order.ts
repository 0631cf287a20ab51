/**
 * Keeps the answers about tickets in order. A ticket's state comes from three sides (an action's
 * answer, a fetch after a public event, the full list on (re)connect) and their answers may arrive
 * out of order: whatever was asked for before a newer state arrived must not overwrite it.
 */
export function createTicketOrder() {
  let requestSequence = 0;
  const latestRequest = new Map<number, number>();
  let listSequence = 0;
  /** Tickets changed while a full list is on its way: their newer state wins over the list. */
  let changedDuringList: Set<number> | null = null;

  return {
    /** A ticket's newer state arrived (an action's answer, an event): earlier fetches of it are stale. */
    changed(id: number) {
      changedDuringList?.add(id);
      latestRequest.set(id, ++requestSequence);
    },

    /** One ticket is fetched; the answer tells whether it is still the newest when it arrives. */
    fetchStarted(id: number): { isNewest(): boolean; taken(): void } {
      const request = ++requestSequence;
      latestRequest.set(id, request);
      return {
        isNewest: () => latestRequest.get(id) === request,
        taken: () => changedDuringList?.add(id),
      };
    },

    /**
     * The full list is fetched: `changed` collects the tickets that change meanwhile; only the
     * last list asked for is taken; `ended` is called whatever the outcome.
     */
    listStarted(): { changed: ReadonlySet<number>; isNewest(): boolean; ended(): void } {
      const sequence = ++listSequence;
      const changed = new Set<number>();
      changedDuringList = changed;
      return {
        changed,
        isNewest: () => sequence === listSequence,
        ended: () => {
          if (sequence === listSequence) changedDuringList = null;
        },
      };
    },
  };
}
