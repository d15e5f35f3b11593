import type { BlockDefinition } from '../core/BlockDefinition.ts';

/** Placeholder until the block is built: holds no data yet. */
export const partnershipProfiles: BlockDefinition<Record<string, never>> = {
  type: 'partnershipProfiles',
  label: 'Partnership profiles',
  description: 'Purpose, statutory duties and priorities of each partnership',
  keywords: ['profiles', 'roles', 'purpose', 'duties', 'boards'],
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
