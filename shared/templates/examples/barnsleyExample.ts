import type * as Y from 'yjs';
import {
  addCoordinationGroup,
  addCoordinationRow,
} from '../../blocks/coordinationTable/coordinationTable.ts';
import {
  setReviewDate,
  setStatus,
  setVersion,
} from '../../blocks/documentHeader/documentHeader.ts';
import {
  addPriority,
  setRole,
  type PriorityRole,
} from '../../blocks/priorityMatrix/priorityMatrix.ts';
import { addVersionRow } from '../../blocks/versionTable/versionTable.ts';
import { fillSignatories } from '../fillers.ts';
import { bullets, heading, label, paragraph } from '../nodes.ts';
import type { TemplateSpec } from '../TemplateSpec.ts';

type Key = 'SAB' | 'SCB' | 'SBP' | 'SCP';

/**
 * The strategic priorities of Barnsley's 2018 matrix, with who leads and who contributes.
 * The published matrix marked roles by colour, which did not survive in the text we have:
 * the roles below follow each partnership's remit and are illustrative.
 */
const PRIORITIES: [string, Partial<Record<Key, PriorityRole>>][] = [
  ['Preventing Abuse & Neglect', { SAB: 'lead', SCB: 'contributing', SBP: 'contributing' }],
  ['Safeguarding Adults', { SAB: 'lead', SBP: 'contributing' }],
  [
    'Safeguarding all children at risk transitioning to adults services',
    { SCB: 'lead', SAB: 'contributing' },
  ],
  ['Safeguarding Children', { SCB: 'lead', SCP: 'contributing' }],
  ['Child Sexual Exploitation', { SCB: 'lead', SBP: 'contributing', SAB: 'contributing' }],
  ['Domestic Abuse', { SBP: 'lead', SAB: 'contributing', SCB: 'contributing' }],
  ['Drug & Alcohol Misuse', { SBP: 'lead', SCP: 'contributing' }],
  ['Community Tensions', { SBP: 'lead', SCP: 'contributing' }],
  ['Prevent', { SBP: 'lead', SAB: 'contributing', SCB: 'contributing' }],
  ['Anti-Social Behaviour', { SBP: 'lead', SCP: 'contributing' }],
  ['Re-offending', { SBP: 'lead' }],
  ['Violent Crime', { SBP: 'lead' }],
  ['Cybercrime', { SBP: 'lead', SCB: 'contributing' }],
  ['Domestic Homicide Reviews', { SBP: 'lead', SAB: 'contributing' }],
  ['Early Help Adults', { SCP: 'lead', SAB: 'contributing' }],
  ['Early Help Children & Families', { SCP: 'lead', SCB: 'contributing' }],
  ['Anti-Poverty', { SCP: 'lead' }],
];

function fillMatrix(block: Y.Map<unknown>, partners: Record<string, string>): void {
  for (const [title, roles] of PRIORITIES) {
    const id = addPriority(block, title);
    for (const [key, role] of Object.entries(roles)) setRole(block, id, partners[key]!, role);
  }
}

/** Barnsley's four-partnership joint working protocol (2018), rebuilt as structured blocks. */
export const barnsleyExample: TemplateSpec = {
  id: 'barnsley',
  name: 'Example: Barnsley inter-partnership protocol (2018)',
  description:
    'Four partnerships, a version table, coordination arrangements and a priority matrix',
  title: 'Inter-Partnership Joint Working Protocol',
  partnerships: {
    SAB: {
      name: 'Safeguarding Adults Board',
      acronym: 'SAB',
      chair: 'Bob Dyson',
      statutoryBasis: 'Care Act 2014',
      purpose:
        'Leads and oversees adult safeguarding in Barnsley and coordinates what each member organisation does to protect adults at risk of abuse and neglect.',
      duties: [
        'Publish a strategic plan built on the Care Act’s six safeguarding principles',
        'Publish an annual report on progress against the plan',
        'Carry out Safeguarding Adults Reviews where an adult dies or is seriously harmed through abuse or neglect',
      ].join('\n'),
    },
    SCB: {
      name: 'Safeguarding Children’s Board',
      acronym: 'SCB',
      chair: 'Bob Dyson',
      statutoryBasis: 'Children Act 2004, section 14',
      purpose:
        'Coordinates how local organisations safeguard and promote the welfare of children, and checks that what they do works.',
      duties: [
        'Coordinate what each member does to safeguard and promote the welfare of children',
        'Ensure the effectiveness of that work',
      ].join('\n'),
    },
    SBP: {
      name: 'Safer Barnsley Partnership',
      acronym: 'SBP',
      chair: 'Wendy Lowder and Scott Green (co-chairs)',
      statutoryBasis: 'Crime and Disorder Act 1998',
      purpose:
        'The borough’s statutory Community Safety Partnership: reduces crime, disorder, substance misuse and re-offending.',
      duties: [
        'Prepare an annual joint strategic assessment',
        'Consult the community on crime and disorder priorities',
        'Prepare a partnership plan',
        'Prepare an information sharing protocol',
        'Coordinate Domestic Homicide Reviews',
      ].join('\n'),
    },
    SCP: {
      name: 'Stronger Communities Partnership',
      acronym: 'SCP',
      chair: 'Councillor Chris Lamb',
      statutoryBasis: 'Non-statutory',
      purpose:
        'Gives system-wide leadership to the community and early help offer and governs the All Age Early Help Strategy.',
    },
  },
  body: [
    {
      block: 'documentHeader',
      fill: (block) => {
        setStatus(block, 'final');
        setVersion(block, '0.4');
        setReviewDate(block, '2019-04-30');
      },
    },
    label('Version control'),
    {
      block: 'versionTable',
      fill: (block) => {
        const rows: [string, string, string, string][] = [
          ['0.1', 'Mel Fitzpatrick', '2017-09-28', 'First draft'],
          ['0.2', 'Wendy Lowder', '2017-09-16', 'Second draft'],
          ['0.3', 'Wendy Lowder', '2017-11-28', 'Third draft'],
          ['0.4', 'Wendy Lowder', '2018-04-23', 'Final'],
        ];
        for (const [version, author, date, rationale] of rows) {
          addVersionRow(block, { version, author, date, rationale, legacy: true });
        }
      },
    },
    heading(1, 'Introduction'),
    paragraph(
      'This protocol describes how the four partnerships relate to one another and work together on the priorities they share.',
    ),
    heading(1, 'Principles'),
    bullets([
      'Each partnership understands the purpose and remit of the others.',
      'The partnerships know one another’s priorities and which of them are shared.',
      'Scrutiny and challenge are welcome across all partnerships.',
      'The partnerships avoid duplication and keep their approaches consistent.',
      'Decisions stay focused on the best outcomes for individuals, families and communities.',
    ]),
    heading(1, 'Partnership functions and responsibilities'),
    { block: 'partnershipProfiles' },
    heading(1, 'Inter-partnership collaboration and coordination'),
    {
      block: 'coordinationTable',
      fill: (block) => {
        const communication = addCoordinationGroup(block, 'Effective coordination & communication');
        addCoordinationRow(block, communication, {
          frequency: '6 monthly',
          action:
            'The chairs of all four partnerships meet to share priorities, risks, intelligence and learning.',
        });
        addCoordinationRow(block, communication, {
          frequency: 'On-going',
          action:
            'Lead officers network so that agendas connect and changes in policy, priorities and risks are shared.',
        });
        addCoordinationRow(block, communication, {
          frequency: 'On-going',
          action:
            'Forward plans are shared every April so consultation and engagement can be joined up.',
        });
        const sharing = addCoordinationGroup(block, 'Information sharing');
        addCoordinationRow(block, sharing, {
          frequency: 'On-going',
          action:
            'Partnerships share their refreshed plans so they can be challenged and coordinated.',
        });
        addCoordinationRow(block, sharing, {
          frequency: 'Annually',
          action:
            'The Safer Barnsley Partnership shares the key findings of its Joint Strategic Intelligence Assessment.',
        });
        addCoordinationRow(block, sharing, {
          frequency: '6 monthly',
          action:
            'For each joint priority, the lead partnership updates the contributing partnerships on progress.',
        });
      },
    },
    heading(1, 'Review'),
    paragraph(
      'The joint chairs’ meeting reviews this protocol every year, or sooner if national guidance or legislation changes.',
    ),
    heading(1, 'Signatories'),
    {
      block: 'signatories',
      fill: (block, p) =>
        fillSignatories(block, [
          {
            name: 'Bob Dyson',
            designation: 'Independent Chair',
            partnershipId: p.SAB!,
            signature: '',
            date: '2018-05-08',
          },
          {
            name: 'Bob Dyson',
            designation: 'Independent Chair',
            partnershipId: p.SCB!,
            signature: '',
            date: '2018-05-08',
          },
          {
            name: 'Wendy Lowder',
            designation: 'Co-Chair',
            partnershipId: p.SBP!,
            signature: '',
            date: '2018-05-08',
          },
          {
            name: 'Scott Green',
            designation: 'Co-Chair',
            partnershipId: p.SBP!,
            signature: '',
            date: '2018-05-08',
          },
          {
            name: 'Councillor Chris Lamb',
            designation: 'Chair',
            partnershipId: p.SCP!,
            signature: '',
            date: '2018-05-08',
          },
        ]),
    },
    heading(1, 'Strategic partnership priority matrix'),
    { block: 'priorityMatrix', fill: fillMatrix },
  ],
};
