import { createContext, useContext, type ReactNode } from 'react';
import type { BookingOptions } from '@dintur/shared';
import { call } from '../api/api-client.js';
import { useResource, type Resource } from '../ui/use-resource.js';

const OptionsContext = createContext<Resource<BookingOptions> | null>(null);

/** Loads the bookable services, the centre's name and time zone once for every page. */
export function BookingOptionsProvider({ children }: { children: ReactNode }) {
  const options = useResource('options', () => call('bookingOptions', {}));
  return <OptionsContext.Provider value={options}>{children}</OptionsContext.Provider>;
}

export function useBookingOptions(): Resource<BookingOptions> {
  const options = useContext(OptionsContext);
  if (!options) throw new Error('useBookingOptions outside BookingOptionsProvider');
  return options;
}
