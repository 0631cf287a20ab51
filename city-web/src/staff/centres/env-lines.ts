/**
 * The settings a centre's server needs to link to the hub, as lines for its environment: the
 * hub's address (this page's origin), the centre's id and its key.
 */
export function envLines(hubUrl: string, centreId: string, key: string): string {
  return [`DINTUR_CITY_URL=${hubUrl.replace(/\/+$/, '')}`, `DINTUR_CITY_CENTRE_ID=${centreId}`, `DINTUR_CITY_KEY=${key}`].join('\n');
}
