import type { BlockDefinition } from '../core/BlockDefinition.ts';

/** Placeholder until the block is built: holds no data yet. */
export const sharedResponsibilities: BlockDefinition<Record<string, never>> = {
  type: 'sharedResponsibilities',
  label: 'Shared responsibilities',
  description: 'Themes × partnerships, a paragraph in each cell',
  keywords: ['themes', 'responsibilities', 'matrix', 'statutory'],
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
