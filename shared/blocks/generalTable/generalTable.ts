import type { BlockDefinition } from '../core/BlockDefinition.ts';

/** Placeholder until the block is built: holds no data yet. */
export const generalTable: BlockDefinition<Record<string, never>> = {
  type: 'generalTable',
  label: 'Table',
  description: 'A general table, header cells may span columns',
  keywords: ['table', 'grid'],
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
