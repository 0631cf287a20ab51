import type { RequestHandler, Router } from 'express';
import type { Engine } from '../../engine/engine.js';
import type { Authenticator } from '../auth.js';

/** What every group of routes is registered with. */
export type RouteContext = {
  router: Router;
  engine: Engine;
  authenticator: Authenticator;
  /** The per-client limit on taking numbers. */
  issueLimit: RequestHandler;
};
