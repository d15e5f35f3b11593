import type { ComponentType } from 'react';
import type { BlockViewProps } from './BlockViewProps.ts';
import { DocumentHeaderView } from './documentHeader/DocumentHeaderView.tsx';
import { VersionTableView } from './versionTable/VersionTableView.tsx';
import { SignatoriesView } from './signatories/SignatoriesView.tsx';
import { PriorityMatrixView } from './priorityMatrix/PriorityMatrixView.tsx';
import { ReportingArrangementsView } from './reportingArrangements/ReportingArrangementsView.tsx';
import { SharedResponsibilitiesView } from './sharedResponsibilities/SharedResponsibilitiesView.tsx';
import { LeadTableView } from './leadTable/LeadTableView.tsx';
import { CoordinationTableView } from './coordinationTable/CoordinationTableView.tsx';
import { PartnershipProfilesView } from './partnershipProfiles/PartnershipProfilesView.tsx';
import { GlossaryView } from './glossary/GlossaryView.tsx';
import { GeneralTableView } from './generalTable/GeneralTableView.tsx';

/** The React view of each block type (one folder per block, beside its shared definition). */
export const blockViews: Record<string, ComponentType<BlockViewProps>> = {
  documentHeader: DocumentHeaderView,
  versionTable: VersionTableView,
  signatories: SignatoriesView,
  priorityMatrix: PriorityMatrixView,
  reportingArrangements: ReportingArrangementsView,
  sharedResponsibilities: SharedResponsibilitiesView,
  leadTable: LeadTableView,
  coordinationTable: CoordinationTableView,
  partnershipProfiles: PartnershipProfilesView,
  glossary: GlossaryView,
  generalTable: GeneralTableView,
};
