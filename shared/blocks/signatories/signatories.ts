import type { BlockDefinition } from '../core/BlockDefinition.ts';

/** Placeholder until the block is built: holds no data yet. */
export const signatories: BlockDefinition<Record<string, never>> = {
  type: 'signatories',
  label: 'Signatories',
  description: 'Name / Designation and partnership / Signature / Date',
  keywords: ['signatures', 'sign', 'chairs', 'sign-off'],
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
