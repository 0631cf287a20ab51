import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { CityBookingOptions } from '@dintur/shared';
import { createCityClient } from '../api/city-client.js';
import type { ContactValues } from './contact-form.js';
import { useResource, type Resource } from './use-resource.js';

/** The hub, at the page's own origin. */
export const city = createCityClient();

/** Name, phone and e-mail as typed, kept in memory only (never an address, never storage): a citizen whose time was taken does not type them again. The CPR number is not kept. */
export type RememberedContact = Omit<ContactValues, 'cpr'>;

type BookState = {
  options: Resource<CityBookingOptions>;
  contact: RememberedContact;
  rememberContact(contact: RememberedContact): void;
};

const BookContext = createContext<BookState | null>(null);

/** Loads the bookable services and their centres once for every page. */
export function BookStateProvider({ children }: { children: ReactNode }) {
  const options = useResource('options', () => city.call('bookingOptions'));
  const [contact, rememberContact] = useState<RememberedContact>({ name: '', phone: '', email: '' });
  const value = useMemo(() => ({ options, contact, rememberContact }), [options, contact]);
  return <BookContext.Provider value={value}>{children}</BookContext.Provider>;
}

export function useBookState(): BookState {
  const state = useContext(BookContext);
  if (!state) throw new Error('useBookState outside BookStateProvider');
  return state;
}
