import { describe, expect, it } from 'vitest';
import { isOlder } from '../../harness/versions';

describe('isOlder: a browser version against a manifest minimum', () => {
  it('finds Firefox ESR 140.12 older than 142.0 and not older than 140.0', () => {
    expect(isOlder('140.12.0esr', '142.0')).toBe(true);
    expect(isOlder('140.12.0esr', '140.0')).toBe(false);
  });
  it('compares part by part as numbers, not as text', () => {
    expect(isOlder('99.0', '116')).toBe(true);
    expect(isOlder('156.0.8078.114', '116')).toBe(false);
    expect(isOlder('140.9', '140.12')).toBe(true);
  });
  it('takes a version equal to the minimum, with or without trailing zeros', () => {
    expect(isOlder('140', '140.0')).toBe(false);
    expect(isOlder('140.0.0', '140')).toBe(false);
  });
});
