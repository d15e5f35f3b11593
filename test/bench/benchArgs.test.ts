import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../../bench/core/benchArgs.ts';

const IDS = ['relay-fanout', 'typing-latency'];

describe('npm run bench arguments', () => {
  it('reads the options it documents', () => {
    expect(parseBenchArgs(['--quick', '--only', 'typing-latency', '--runs', '3'], IDS)).toEqual({
      help: false,
      quick: true,
      only: ['typing-latency'],
      out: undefined,
      runs: 3,
    });
    expect(parseBenchArgs(['--help'], IDS).help).toBe(true);
  });

  it('says what is wrong instead of running something else', () => {
    expect(() => parseBenchArgs(['--fast'], IDS)).toThrow(/--fast/);
    expect(() => parseBenchArgs(['--only', 'typing'], IDS)).toThrow('Unknown benchmark: typing');
    expect(() => parseBenchArgs(['--runs', '0'], IDS)).toThrow(/--runs must be/);
    expect(() => parseBenchArgs(['--runs', 'five'], IDS)).toThrow(/--runs must be/);
  });
});
