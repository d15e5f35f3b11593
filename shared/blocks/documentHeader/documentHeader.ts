import type { BlockDefinition } from '../core/BlockDefinition.ts';

/** Placeholder until the block is built: holds no data yet. */
export const documentHeader: BlockDefinition<Record<string, never>> = {
  type: 'documentHeader',
  label: 'Document header',
  description: 'Title, status (Draft / Final), version and review date',
  keywords: ['header', 'title', 'status', 'version', 'review'],
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
