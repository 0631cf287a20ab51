import { describe, expect, it } from 'vitest';
import { accountProblems, parseWeight, type AccountDraft } from './form-rules.js';

const draft = (changes: Partial<AccountDraft>): AccountDraft => ({
  displayName: 'Mette Hansen',
  username: 'mette',
  password: 'a-long-password',
  unitId: 'borgerservice',
  role: 'staff',
  disabled: false,
  ...changes,
});

describe('the account form’s rules', () => {
  it('accepts a good new account', () => {
    expect(accountProblems(draft({}), 'create')).toEqual({});
  });

  it('names a bad username, a short password and a missing unit, each by its field', () => {
    expect(Object.keys(accountProblems(draft({ username: 'Mette H', password: 'short', unitId: '' }), 'create')).sort()).toEqual(['password', 'unitId', 'username']);
    expect(accountProblems(draft({ username: 'm' }), 'create').username).toContain('små bogstaver');
  });

  it('lets admins and agents be without a unit, but not staff or managers', () => {
    expect(accountProblems(draft({ role: 'admin', unitId: '' }), 'create')).toEqual({});
    expect(accountProblems(draft({ role: 'agent', unitId: '' }), 'create')).toEqual({});
    expect(accountProblems(draft({ role: 'manager', unitId: '' }), 'create').unitId).toBeDefined();
  });

  it('keeps the password when editing with the field empty, and checks a new one', () => {
    expect(accountProblems(draft({ password: '' }), 'edit')).toEqual({});
    expect(accountProblems(draft({ password: 'short' }), 'edit').password).toBeDefined();
  });
});

describe('counter profile weights as typed', () => {
  it('reads a decimal comma or point from 0.1 to 100', () => {
    expect(parseWeight('2')).toBe(2);
    expect(parseWeight('1,5')).toBe(1.5);
    expect(parseWeight(' 0.1 ')).toBe(0.1);
    expect(parseWeight('100')).toBe(100);
  });

  it('refuses nothing, zero, too much and words', () => {
    expect(parseWeight('')).toBeNull();
    expect(parseWeight('0')).toBeNull();
    expect(parseWeight('101')).toBeNull();
    expect(parseWeight('to')).toBeNull();
  });
});
