import { describe, expect, it } from 'vitest';
import { findSsdPartner, normalizeDistrictName, SSD_PARTNER_DISTRICTS } from './ssd.js';

// The 22 SSD partner districts (missouri-rules.md §8), each with names people actually write.
const VARIANTS: Record<string, string[]> = {
  Affton: ['Affton School District', 'Affton 101'],
  Bayless: ['Bayless School District', 'bayless'],
  Brentwood: ['Brentwood School District', 'School District of Brentwood'],
  Clayton: ['School District of Clayton', 'Clayton School District'],
  'Ferguson-Florissant': ['Ferguson-Florissant School District', 'Ferguson Florissant R-2'],
  'Hancock Place': ['Hancock Place School District'],
  Hazelwood: ['Hazelwood School District', 'HAZELWOOD'],
  Jennings: ['Jennings School District'],
  Kirkwood: ['Kirkwood School District R-7', 'Kirkwood R-VII'],
  Ladue: ['Ladue School District', 'School District of Ladue'],
  Lindbergh: ['Lindbergh Schools', 'Lindbergh School District'],
  'Maplewood-Richmond Heights': ['Maplewood Richmond Heights School District', 'MRH'],
  Mehlville: ['Mehlville School District R-9'],
  Normandy: ['Normandy Schools Collaborative', 'Normandy'],
  Parkway: ['Parkway School District', 'Parkway C-2'],
  Pattonville: ['Pattonville School District', 'Pattonville R-3'],
  Ritenour: ['Ritenour School District'],
  'Riverview Gardens': ['Riverview Gardens School District'],
  Rockwood: ['Rockwood School District', 'Rockwood R-VI'],
  'University City': ['School District of University City', 'U City'],
  'Valley Park': ['Valley Park School District'],
  'Webster Groves': ['Webster Groves School District'],
};

describe('SSD partner districts', () => {
  it('has exactly the 22 partner districts', () => {
    expect(SSD_PARTNER_DISTRICTS.map((d) => d.name).sort()).toEqual(Object.keys(VARIANTS).sort());
  });

  for (const [name, variants] of Object.entries(VARIANTS)) {
    it(`finds ${name} from ${variants.join(' / ')}`, () => {
      for (const v of [name, ...variants]) expect(findSsdPartner(v)?.name).toBe(name);
    });
  }

  it('does not treat St. Louis Public Schools (the city) or other districts as SSD', () => {
    for (const name of [
      'St. Louis Public Schools',
      'Saint Louis Public Schools',
      'SLPS',
      'Francis Howell',
      'Columbia Public Schools',
      '',
      'School District',
    ]) {
      expect(findSsdPartner(name)).toBeNull();
    }
  });

  it('normalizes filler words and district codes', () => {
    expect(normalizeDistrictName('The School District of Kirkwood R-7')).toBe('kirkwood');
  });
});
