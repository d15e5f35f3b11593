import { addCoordinationGroup } from '../blocks/coordinationTable/coordinationTable.ts';
import { bullets, heading, label, paragraph } from './nodes.ts';
import type { TemplateSpec } from './TemplateSpec.ts';

/**
 * The skeleton the published protocols share: header, version control, introduction,
 * principles, partnership profiles, coordination, joint priorities, reporting,
 * escalation, review, signatories and glossary, between four partnerships.
 */
export const standardProtocol: TemplateSpec = {
  id: 'standard',
  name: 'Joint working protocol',
  description: 'The usual sections and tables, with four partnerships in the register',
  title: 'Joint Working Protocol',
  partnerships: {
    SAB: {
      name: 'Safeguarding Adults Board',
      acronym: 'SAB',
      statutoryBasis: 'Care Act 2014',
    },
    SCP: {
      name: 'Safeguarding Children Partnership',
      acronym: 'SCP',
      statutoryBasis: 'Children Act 2004, as amended by the Children and Social Work Act 2017',
    },
    HWB: {
      name: 'Health and Wellbeing Board',
      acronym: 'HWB',
      statutoryBasis: 'Health and Social Care Act 2012',
    },
    CSP: {
      name: 'Community Safety Partnership',
      acronym: 'CSP',
      statutoryBasis: 'Crime and Disorder Act 1998',
    },
  },
  body: [
    { block: 'documentHeader' },
    label('Version control'),
    { block: 'versionTable' },
    heading(1, 'Introduction'),
    paragraph('Set out why the partnerships are agreeing this protocol and what it covers.'),
    heading(1, 'Principles'),
    bullets([
      'Each partnership understands the purpose and remit of the others.',
      'The partnerships know each other’s priorities and which of them are shared.',
      'The partnerships avoid duplication and keep their approaches consistent.',
    ]),
    heading(1, 'Partnership functions and responsibilities'),
    { block: 'partnershipProfiles' },
    heading(1, 'Coordination arrangements'),
    {
      block: 'coordinationTable',
      fill: (block) => {
        addCoordinationGroup(block, 'Effective coordination and communication');
        addCoordinationGroup(block, 'Information sharing');
      },
    },
    heading(1, 'Joint priorities'),
    { block: 'priorityMatrix' },
    heading(1, 'Reporting arrangements'),
    { block: 'reportingArrangements' },
    heading(1, 'Escalation and resolution'),
    paragraph('Describe the steps for resolving a disagreement between the partnerships.'),
    heading(1, 'Review'),
    paragraph('State when and by whom this protocol will be reviewed.'),
    heading(1, 'Signatories'),
    { block: 'signatories' },
    heading(1, 'Glossary'),
    { block: 'glossary' },
  ],
};
