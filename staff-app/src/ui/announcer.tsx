/** @dintur/web's live regions (kept here for the plan page's imports). */
export { AnnouncerProvider, useAnnounce, type Announce } from '@dintur/web';
