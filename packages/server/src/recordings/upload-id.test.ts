import { describe, expect, it } from 'vitest';
import { uploadIdFromUrl } from './uploads.routes.js';

describe('uploadIdFromUrl', () => {
  it('reads the id of a plain upload address, as a path or a full address', () => {
    expect(uploadIdFromUrl('/api/uploads/abc123')).toBe('abc123');
    expect(uploadIdFromUrl('http://127.0.0.1:8080/api/uploads/abc_12-3')).toBe('abc_12-3');
    // A Host header with the scheme's default port stays in the address tus builds from it.
    expect(uploadIdFromUrl('http://localhost:80/api/uploads/abc')).toBe('abc');
    expect(uploadIdFromUrl('https://iep.example.org:443/api/uploads/abc')).toBe('abc');
  });

  it('refuses query strings, fragments, more path pieces and encoded slashes', () => {
    for (const url of [
      '/api/uploads/mine?x=/theirs',
      '/api/uploads/mine?',
      '/api/uploads/mine#/theirs',
      '/api/uploads/mine/theirs',
      '/api/uploads/mine%2Ftheirs',
      '/api/uploads/',
      '/api/uploads',
      '/api/other/mine',
      '/api/uploads/../uploads/x',
      'http://localhost:80/api/uploads/../uploads/x',
      'http://localhost:80/api/uploads/mine/theirs',
      'http://localhost:80/api/uploads/mine%2Ftheirs',
      'localhost/api/uploads/mine',
    ])
      expect(uploadIdFromUrl(url), url).toBeNull();
  });
});
