import { operations, type CityLinkStatus } from '@dintur/shared';
import { defineRoute } from '../define-route.js';
import type { RouteContext } from './route-context.js';

const alone: CityLinkStatus = {
  configured: false,
  hubUrl: null,
  centreId: null,
  state: 'alone',
  message: null,
  hubLastEventId: null,
  localLastEventId: null,
  lastContactAt: null,
  bookingDeskUrl: null,
  bookingFeed: null,
};

/** The link to the city hub, for the leaders' overview. */
export function registerCityLinkRoutes(context: RouteContext, cityLink: (() => CityLinkStatus) | undefined): void {
  defineRoute(context, operations.cityLink, () => cityLink?.() ?? alone);
}
