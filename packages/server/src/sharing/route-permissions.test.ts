import { ROUTES } from '@iep/core/contract';
import { roleMay, type CaseRole } from '@iep/core';
import { describe, expect, it } from 'vitest';
import {
  actsOnOneCase,
  ELSEWHERE_CASE_ROUTES,
  isCaseRoute,
  permissionOf,
  ROUTE_PERMISSIONS,
} from './route-permissions.js';

// The permission table against the contract: it names only real case routes, shared links stay with the family,
// and the public link routes are not case routes (the access check never runs on them: the link is the key).

const pathOf = (route: string) => route.split(' ')[1] ?? '';
const whoMay = (route: string) =>
  (['owner', 'co-parent', 'advocate', 'viewer'] as CaseRole[]).filter((role) =>
    roleMay(role, permissionOf(route)),
  );

describe('the per-route permission table', () => {
  it('lists only routes of the contract that act on one case', () => {
    for (const route of Object.keys(ROUTE_PERMISSIONS)) {
      expect(Object.keys(ROUTES), route).toContain(route);
      expect(actsOnOneCase(route), route).toBe(true);
    }
  });

  it('names every route outside /api/cases/:id that takes a case, and lets only the family upload', () => {
    // Routes with an id of a case, meeting, recording or upload elsewhere than /api/cases/:id: each must be
    // checked by the one access check. Public link routes (the link is the key) and the guest's routes (the guest
    // code is the key) are not members' routes.
    const elsewhere = Object.keys(ROUTES).filter(
      (route) =>
        !isCaseRoute(pathOf(route)) &&
        /\/api\/(uploads|recordings|meetings|jobs|exports|search|companion)(\/|$)/.test(pathOf(route)),
    );
    expect([...ELSEWHERE_CASE_ROUTES].sort()).toEqual(elsewhere.sort());
    for (const route of ELSEWHERE_CASE_ROUTES) {
      expect(Object.keys(ROUTES), route).toContain(route);
      expect(whoMay(route), route).toEqual(['owner', 'co-parent']);
    }
  });

  it('asks of a HEAD what its GET needs', () => {
    expect(permissionOf('HEAD /api/cases/:id/clips/:clipId')).toBe('export-audio');
    expect(permissionOf('HEAD /api/cases/:id/recordings')).toBe('read');
  });

  it('keeps making, listing and revoking shared links to the owner and co-parents', () => {
    const linkRoutes = Object.keys(ROUTES).filter(
      (route) => isCaseRoute(pathOf(route)) && /\/(links|student-views)(\/|$)/.test(pathOf(route)),
    );
    expect(linkRoutes).toHaveLength(5);
    for (const route of linkRoutes) expect(whoMay(route), route).toEqual(['owner', 'co-parent']);
  });

  it('leaves the public link routes out of the case check', () => {
    const publicLinks = Object.keys(ROUTES).filter((route) =>
      /^\/api\/(links|student)\//.test(pathOf(route)),
    );
    expect(publicLinks.sort()).toEqual([
      'GET /api/links/:linkId/audio',
      'GET /api/student/:code',
      'POST /api/links/:linkId/open',
    ]);
    for (const route of publicLinks) expect(isCaseRoute(pathOf(route)), route).toBe(false);
  });

  it('lets every member read the way up, the checks of a document and the answers; only the family change them', () => {
    for (const route of [
      'GET /api/cases/:id/escalation',
      'GET /api/cases/:id/documents/:documentId/notice-check',
      'GET /api/cases/:id/documents/:documentId/meeting-compare',
      'GET /api/cases/:id/documents/:documentId/progress-check',
      'GET /api/cases/:id/answers',
    ])
      expect(whoMay(route), route).toEqual(['owner', 'co-parent', 'advocate', 'viewer']);
    for (const route of [
      'PUT /api/cases/:id/escalation/known-dates/:eventId',
      'PUT /api/cases/:id/answers/:itemId',
      'DELETE /api/cases/:id/answers/:itemId',
    ])
      expect(whoMay(route), route).toEqual(['owner', 'co-parent']);
  });
});
