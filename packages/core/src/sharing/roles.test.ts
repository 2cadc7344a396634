import { describe, expect, it } from 'vitest';
import { CASE_PERMISSIONS, CASE_ROLES, PERMISSION_REFUSALS, roleMay } from './roles.js';

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
