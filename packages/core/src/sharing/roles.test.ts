import { describe, expect, it } from 'vitest';
import {
  CASE_PERMISSIONS,
  CASE_ROLES,
  PERMISSION_REFUSALS,
  audioIsGrantable,
  memberMay,
  roleMay,
} from './roles.js';

describe('case roles', () => {
  it('gives the owner every permission', () => {
    for (const p of CASE_PERMISSIONS) expect(roleMay('owner', p)).toBe(true);
  });
  it('keeps deleting and membership from everyone but the owner', () => {
    for (const role of CASE_ROLES.filter((r) => r !== 'owner')) {
      expect(roleMay(role, 'delete-case')).toBe(false);
      expect(roleMay(role, 'manage-members')).toBe(false);
    }
  });
  it('lets an advocate read, write notes and draft letters, and nothing more', () => {
    expect(CASE_PERMISSIONS.filter((p) => roleMay('advocate', p))).toEqual([
      'read',
      'write-notes',
      'draft-letters',
    ]);
  });
  it('lets a viewer only read, and every role read', () => {
    expect(CASE_PERMISSIONS.filter((p) => roleMay('viewer', p))).toEqual(['read']);
    for (const role of CASE_ROLES) expect(roleMay(role, 'read')).toBe(true);
  });
  it('lets a co-parent do all but delete and manage members', () => {
    expect(CASE_PERMISSIONS.filter((p) => !roleMay('co-parent', p))).toEqual([
      'delete-case',
      'manage-members',
    ]);
  });
  it('has a plain sentence for each refusal', () => {
    for (const p of CASE_PERMISSIONS) expect(PERMISSION_REFUSALS[p]).toMatch(/^[A-Z].*\.$/);
  });
});

describe('the audio grant', () => {
  const granted = { audioGranted: true };
  const notGranted = { audioGranted: false };
  it('gives an advocate audio only while the owner grants it, and nothing else', () => {
    expect(memberMay('advocate', 'export-audio', notGranted)).toBe(false);
    expect(memberMay('advocate', 'export-audio', granted)).toBe(true);
    expect(CASE_PERMISSIONS.filter((p) => memberMay('advocate', p, granted))).toEqual([
      'read',
      'write-notes',
      'draft-letters',
      'export-audio',
    ]);
  });
  it('leaves owner and co-parent with audio by their role, granted or not', () => {
    for (const role of ['owner', 'co-parent'] as const)
      for (const grants of [granted, notGranted]) expect(memberMay(role, 'export-audio', grants)).toBe(true);
  });
  it('never gives a viewer audio, even with a stray grant', () => {
    expect(memberMay('viewer', 'export-audio', granted)).toBe(false);
    expect(CASE_PERMISSIONS.filter((p) => memberMay('viewer', p, granted))).toEqual(['read']);
  });
  it('is the role table when nothing is granted', () => {
    for (const role of CASE_ROLES)
      for (const p of CASE_PERMISSIONS) expect(memberMay(role, p, notGranted)).toBe(roleMay(role, p));
  });
  it('can be granted or withdrawn for advocates only', () => {
    expect(CASE_ROLES.filter(audioIsGrantable)).toEqual(['advocate']);
  });
});
