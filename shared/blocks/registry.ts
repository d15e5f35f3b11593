import type { BlockDefinition } from './core/BlockDefinition.ts';
import { documentHeader } from './documentHeader/documentHeader.ts';
import { versionTable } from './versionTable/versionTable.ts';
import { signatories } from './signatories/signatories.ts';
import { reportingArrangements } from './reportingArrangements/reportingArrangements.ts';
import { sharedResponsibilities } from './sharedResponsibilities/sharedResponsibilities.ts';
import { leadTable } from './leadTable/leadTable.ts';
import { coordinationTable } from './coordinationTable/coordinationTable.ts';
import { partnershipProfiles } from './partnershipProfiles/partnershipProfiles.ts';
import { glossary } from './glossary/glossary.ts';
import { generalTable } from './generalTable/generalTable.ts';
import { priorityMatrix } from './priorityMatrix/priorityMatrix.ts';

/** Every structured block, in the order menus offer them. */
export const blockDefinitions: readonly BlockDefinition[] = [
  documentHeader as BlockDefinition,
  versionTable as BlockDefinition,
  signatories as BlockDefinition,
  priorityMatrix as BlockDefinition,
  reportingArrangements as BlockDefinition,
  sharedResponsibilities as BlockDefinition,
  leadTable as BlockDefinition,
  coordinationTable as BlockDefinition,
  partnershipProfiles as BlockDefinition,
  glossary as BlockDefinition,
  generalTable as BlockDefinition,
];

const byType = new Map(blockDefinitions.map((d) => [d.type, d]));

/** The definition of a block type, or undefined for an unknown type. */
export function blockDefinition(type: string): BlockDefinition | undefined {
  return byType.get(type);
}
