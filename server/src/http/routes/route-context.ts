import type { RequestHandler } from 'express';
import type { Engine } from '../../engine/engine.js';
import type { RouteTarget } from '../define-route.js';

/** What every group of routes is registered with. */
export type RouteContext = RouteTarget & {
  engine: Engine;
  /** The per-client limit on taking numbers. */
  issueLimit: RequestHandler;
};
