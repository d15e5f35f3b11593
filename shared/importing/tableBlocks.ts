import { cellText, type TableKind } from './classifyTable.ts';
import { generalTableBlock } from './generalTableBlock.ts';
import { matrixBlock, profilesBlock, responsibilitiesBlock } from './partnershipTableBlocks.ts';
import { reportingBlock } from './reportingBlock.ts';
import {
  coordinationBlock,
  documentHeaderBlock,
  glossaryBlock,
  leadBlock,
  signatoriesBlock,
  versionBlock,
} from './rowTableBlocks.ts';
import type { SourceCell } from './SourceModel.ts';
import type { TableBlock, TableContext } from './tableHelpers.ts';

/** The block a classified table becomes. */
export function tableBlock(
  kind: TableKind,
  rows: SourceCell[][],
  context: TableContext,
): TableBlock {
  switch (kind) {
    case 'documentHeader':
      return documentHeaderBlock(rows);
    case 'versionTable':
      return versionBlock(rows, context);
    case 'signatories':
      return signatoriesBlock(rows, context);
    case 'coordinationTable':
      return coordinationBlock(rows);
    case 'glossary':
      return glossaryBlock(
        rows
          .slice(1)
          .map((r) => [cellText(r[0]), cellText(r[1])] as [string, string])
          .filter(([a]) => a),
        context.register,
      );
    case 'leadTable':
      return leadBlock(rows, context);
    case 'partnershipProfiles':
      return profilesBlock(rows, context);
    case 'reportingArrangements':
      return reportingBlock(rows, context);
    case 'priorityMatrix':
      return matrixBlock(rows, context);
    case 'sharedResponsibilities':
    case 'sharedResponsibilitiesByBoard':
      return responsibilitiesBlock(rows, context, kind === 'sharedResponsibilitiesByBoard');
    case 'matrixKey':
      return { detail: 'a matrix key: every priority matrix shows its own' };
    case 'contents':
      return { detail: 'a contents list: the editor numbers sections itself' };
    case 'generalTable':
      return generalTableBlock(rows, context);
  }
}
