/**
 * @dintur/web: what every browser app shares (staff app, citizens' pages, the hub's pages, the
 * kiosk's and the display's renderers). Browser-only; the words stay with each app.
 *
 * - api/      `createApiClient(operations | cityOperations, { baseUrl })`: typed calls of a shared
 *             operation map, answers parsed by their schemas, every failure an `ApiError`.
 * - routing/  `navigate`, `useLocation`, `Link`, `Redirect` on the History API (no router library).
 * - qr/       `QrCode`: one SVG path, dark on white with its quiet zone.
 * - time/     `useNow`, and dates and "HH:MM" clock times in the centre's time zone, weekday names.
 * - i18n/     `createLanguage(tables, …)` → `LanguageProvider` + `useStrings()` (typed tables per
 *             language, `dir` for Arabic and Urdu); `createTranslator` for partial tables with a
 *             fallback and plurals (the kiosk); `interpolate`, `directionOf`.
 * - hooks/    `useLatest`: the newest value for an effect that must not re-run on it.
 * - action/   `AnnouncerProvider`/`useAnnounce` (live regions) and `useAction` (busy flag, failure
 *             as the shared sentence of shared/src/error-messages.ts, polite "done").
 */
export { ApiError, asApiError, errorFromResponse, issuesByField, type FailureCode } from './api/api-error.js';
export { createApiClient, pathOf, queryOf, type ApiClientOptions, type OperationInput, type OperationMap, type OperationOutput, type OperationShape } from './api/api-client.js';
export { isPlainClick, Link, navigate, Redirect, splitLocation, useLocation, type Location } from './routing/router.js';
export { QrCode, qrPath, type QrCodeProps } from './qr/qr-code.js';
export { useNow } from './time/use-now.js';
export { addDays, clockTime, clockTimeWithSeconds, copenhagen, daysBetween, formatterOf, localDateOf, localParts, noonOf, weekdayName, type LocalParts } from './time/local-time.js';
export { directionOf, interpolate, rightToLeftLanguages, type MessageParams } from './i18n/direction.js';
export { createLanguage, languageStorageKey, readStoredLanguage, storeLanguage, type LanguageHints, type LanguageOptions, type LanguageState } from './i18n/language.js';
export { createTranslator, missingTexts, type LanguageTable, type MessageTable, type Plural, type PluralKey, type TextKey, type Translator } from './i18n/translate.js';
export { AnnouncerProvider, useAnnounce, type Announce } from './action/announcer.js';
export { errorSentence, runAction, useAction, type Action, type ActionOptions, type Reader } from './action/use-action.js';
export { useLatest } from './hooks/use-latest.js';
