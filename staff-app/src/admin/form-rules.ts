import type { Role } from '@dintur/shared';
import { strings } from '../strings.js';

/** The account form as typed. */
export type AccountDraft = { displayName: string; username: string; password: string; unitId: string; role: Role; disabled: boolean };
export type AccountField = 'username' | 'password' | 'unitId';

/**
 * What is wrong with an account form before it is sent, in Danish and by field: the same rules
 * the server's schema holds (shared CreateStaffBody / UpdateStaffBody), checked early so the
 * person is told next to the field.
 */
export function accountProblems(draft: AccountDraft, mode: 'create' | 'edit'): Partial<Record<AccountField, string>> {
  const problems: Partial<Record<AccountField, string>> = {};
  if (mode === 'create' && !/^[a-z0-9._-]{2,64}$/.test(draft.username.trim())) problems.username = strings.accounts.badUsername;
  if ((mode === 'create' || draft.password !== '') && draft.password.length < 10) problems.password = strings.accounts.shortPassword;
  if ((draft.role === 'staff' || draft.role === 'manager') && !draft.unitId) problems.unitId = strings.accounts.unitRequired;
  return problems;
}

/** A counter profile's weight as typed ("1,5" or "1.5") → a number from 0.1 to 100, or null. */
export function parseWeight(text: string): number | null {
  const value = Number(text.trim().replace(',', '.'));
  return text.trim() !== '' && Number.isFinite(value) && value >= 0.1 && value <= 100 ? value : null;
}
