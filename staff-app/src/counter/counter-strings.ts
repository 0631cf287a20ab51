import type { TransferPlacement } from '@dintur/shared';

/**
 * What the counter shows after an action, so it is seen as well as heard: what was recorded, and
 * for a no-show or a finish how to take it back. Danish; said with spoken numbers ("A 12") to
 * screen readers and written ones ("A12") on screen.
 */
export const notices = {
  noShow: (number: string) => `${number} er markeret som udeblevet.`,
  finished: (number: string, outcome: string) => `${number} er afsluttet: ${outcome}.`,
  finishedAndCalled: (number: string, outcome: string, next: string) => `${number} er afsluttet: ${outcome}. ${next} er kaldt.`,
  finishedNobodyWaiting: (number: string, outcome: string) => `${number} er afsluttet: ${outcome}. Ingen venter, som du kan betjene.`,
  /** "A12 er overført til Pas. Forrest i køen, til Skranke 3." */
  transferred: (number: string, service: string, details: readonly string[]) => {
    const where = details.join(', ');
    return `${number} er overført til ${service}.${where ? ` ${where.charAt(0).toUpperCase()}${where.slice(1)}.` : ''}`;
  },
  toCounter: (counter: string) => `til ${counter}`,
  toPerson: (name: string) => `til ${name}`,
  placement: { original: 'på sin oprindelige plads', front: 'forrest i køen', back: 'bagerst i køen' } satisfies Record<TransferPlacement, string>,
  undoneNoShow: (number: string) => `Udeblevet er fortrudt: ${number} er kaldt til skranken igen.`,
  undoneFinish: (number: string) => `Afslutningen er fortrudt: ${number} er ved skranken igen.`,
  movedCounter: (counter: string, from: string) => `Du sidder nu ved ${counter} og er logget ud af ${from}.`,
};
