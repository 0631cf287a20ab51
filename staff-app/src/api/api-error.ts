/** @dintur/web's ApiError, the one class every failed call throws (kept here for the plan page's imports). */
export { ApiError, asApiError, errorFromResponse, type FailureCode } from '@dintur/web';
