import type { BlockDefinition } from '../core/BlockDefinition.ts';

/** Placeholder until the block is built: holds no data yet. */
export const reportingArrangements: BlockDefinition<Record<string, never>> = {
  type: 'reportingArrangements',
  label: 'Reporting arrangements',
  description: 'Reports × receiving boards: Present / Inform / Consult and when',
  keywords: ['reports', 'reporting', 'present', 'inform', 'consult', 'annual'],
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
