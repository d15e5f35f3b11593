import type { BlockDefinition } from '../core/BlockDefinition.ts';

/** Placeholder until the block is built: holds no data yet. */
export const leadTable: BlockDefinition<Record<string, never>> = {
  type: 'leadTable',
  label: 'Lead table',
  description: 'Theme / Lead partnership / Further information',
  keywords: ['themes', 'lead', 'common interest'],
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
