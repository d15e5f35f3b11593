import type * as Y from 'yjs';
import type { BlockDefinition } from '../core/BlockDefinition.ts';
import { readValue } from '../core/fields.ts';
import { problem } from '../core/Problem.ts';

/**
 * Each partnership's purpose, statutory duties and priorities, shown straight from the
 * register (all partnerships, in register order). The block holds display options only,
 * so profiles and register can never disagree: editing a profile edits the register.
 */
export interface PartnershipProfilesData {
  /** Whether each profile shows the partnership's chair. */
  showChair: boolean;
}

const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';

/** Shows or hides the chair in every profile (concurrent changes: last writer wins). */
export function setShowChair(block: Y.Map<unknown>, showChair: boolean): void {
  if (block.get('showChair') !== showChair) block.set('showChair', showChair);
}

/** The partnership profiles block. */
export const partnershipProfiles: BlockDefinition<PartnershipProfilesData> = {
  type: 'partnershipProfiles',
  label: 'Partnership profiles',
  description: 'Purpose, statutory duties and priorities of each partnership',
  keywords: ['profiles', 'roles', 'purpose', 'duties', 'boards'],

  create(block) {
    block.set('showChair', false);
  },

  read(block) {
    return { showChair: readValue(block, 'showChair', isBoolean) ?? false };
  },

  validate(_data, { partnerships }, blockId) {
    return partnerships
      .filter((p) => !p.purpose.trim())
      .map((p) =>
        problem(
          'profile-purpose-missing',
          'warning',
          `${p.name.trim() || 'A partnership'} has no purpose in its profile.`,
          { blockId, partnershipId: p.id, field: 'purpose' },
        ),
      );
  },

  // Profiles show every partnership but store none: removing one needs no warning here.
  usesPartnership() {
    return false;
  },
};
