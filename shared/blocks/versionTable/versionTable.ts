import type { BlockDefinition } from '../core/BlockDefinition.ts';

/** Placeholder until the block is built: holds no data yet. */
export const versionTable: BlockDefinition<Record<string, never>> = {
  type: 'versionTable',
  label: 'Version control',
  description: 'Version / Author / Date / Rationale',
  keywords: ['version', 'history', 'control', 'author'],
  create() {},
  read() {
    return {};
  },
  validate() {
    return [];
  },
  usesPartnership() {
    return false;
  },
};
