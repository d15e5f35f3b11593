import type { BlockDefinition } from '../core/BlockDefinition.ts';

/** Placeholder until the block is built: holds no data yet. */
export const glossary: BlockDefinition<Record<string, never>> = {
  type: 'glossary',
  label: 'Glossary',
  description: 'Acronyms and their meanings',
  keywords: ['acronyms', 'abbreviations', 'terms'],
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
