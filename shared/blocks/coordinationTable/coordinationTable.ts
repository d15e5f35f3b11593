import type { BlockDefinition } from '../core/BlockDefinition.ts';

/** Placeholder until the block is built: holds no data yet. */
export const coordinationTable: BlockDefinition<Record<string, never>> = {
  type: 'coordinationTable',
  label: 'Coordination table',
  description: 'Frequency / Action, in titled groups',
  keywords: ['frequency', 'action', 'meetings', 'cadence', 'coordination'],
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
