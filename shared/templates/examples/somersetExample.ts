import type * as Y from 'yjs';
import {
  setReviewDate,
  setStatus,
  setVersion,
} from '../../blocks/documentHeader/documentHeader.ts';
import {
  addOtherBody,
  addReport,
  setAction,
  setTiming,
  type ReportAction,
} from '../../blocks/reportingArrangements/reportingArrangements.ts';
import {
  addTheme,
  setResponsibility,
} from '../../blocks/sharedResponsibilities/sharedResponsibilities.ts';
import { fillSignatories } from '../fillers.ts';
import { bullets, clause, heading, lettered } from '../nodes.ts';
import type { TemplateSpec } from '../TemplateSpec.ts';

type Key = 'HWB' | 'SCT' | 'SSP' | 'SSCB' | 'SSAB' | 'SCPB';
const KEYS: Key[] = ['HWB', 'SCT', 'SSP', 'SSCB', 'SSAB', 'SCPB'];

/** Appendix A: the six themes and what each board does about them (in our own words). */
const THEMES: [string, Partial<Record<Key, string>>][] = [
  [
    'Sexual Exploitation of Children & Vulnerable Adults',
    {
      HWB: 'Receives reports and supports action where needed.',
      SCT: 'Supports the Safeguarding Children Board’s work on child sexual exploitation.',
      SSP: 'Makes sure agencies address exploitation, especially perpetrators and the risk of offending.',
      SSCB: 'Leads the county’s CSE strategy and commissions workforce training on it.',
      SSAB: 'Oversees and assures the response to sexual exploitation of vulnerable adults.',
    },
  ],
  [
    'Prevent Programme',
    {
      HWB: 'Receives an annual report from the Community Safety Partnership.',
      SCT: 'Receives reports and acts where needed.',
      SSP: 'Accountable for oversight and assurance of the county’s Prevent programme.',
      SSCB: 'Assures policy for identifying children at risk of radicalisation and monitors Prevent training.',
      SSAB: 'Supports the Prevent programme; protecting adults from radicalisation is in its strategic plan.',
    },
  ],
  [
    'Youth Justice',
    {
      HWB: 'Receives reports and supports action where needed.',
      SCT: 'The accountable partnership for youth justice; the Youth Justice Board reports to it.',
      SSP: 'Includes youth justice data in its annual strategic assessment and youth crime in its plan.',
      SSCB: 'Receives assurance that youth justice and targeted youth support meet statutory duties.',
    },
  ],
  [
    'Modern Slavery',
    {
      HWB: 'Receives reports and supports action where needed.',
      SCT: 'Receives reports and acts where needed.',
      SSP: 'Leads on modern slavery, working closely with both safeguarding boards.',
      SSAB: 'Works with the Safer Somerset Partnership to raise awareness of modern slavery.',
    },
  ],
  [
    'Domestic Abuse',
    {
      HWB: 'Receives reports and supports action where needed.',
      SCT: 'Receives reports and acts where needed.',
      SSP: 'Accountable for domestic abuse services, MARAC and Domestic Homicide Reviews.',
      SSAB: 'Works to prevent harm to adults at risk from domestic abuse.',
    },
  ],
  [
    'Health and Wellbeing',
    {
      HWB: 'Holds the statutory responsibility, including the Health and Wellbeing Strategy, the JSNA and integration of care.',
      SCT: 'Reports to the Health and Wellbeing Board and contributes to the JSNA and its strategy.',
      SSP: 'Takes account of health and wellbeing in its programme.',
    },
  ],
];

function fillThemes(block: Y.Map<unknown>, partners: Record<string, string>): void {
  const ids = KEYS.map((key) => partners[key]!);
  for (const [title, cells] of THEMES) {
    const theme = addTheme(block, ids, title);
    for (const [key, text] of Object.entries(cells))
      setResponsibility(block, theme, partners[key]!, text);
  }
}

const SCRUTINY_CHILDREN = 'Scrutiny for Policies, Children and Families';
const SCRUTINY_ADULTS = 'Scrutiny for Policies, Adults and Health';

/** Appendix C: reports, who owns them, and who receives them and why. */
const REPORTS: [Key, string, [Key | 'children' | 'adults', ReportAction][]][] = [
  [
    'HWB',
    'Joint Health and Wellbeing Strategy',
    [
      ['SCT', 'inform'],
      ['SSCB', 'inform'],
      ['SSAB', 'inform'],
      ['SSP', 'inform'],
    ],
  ],
  [
    'HWB',
    'Joint Strategic Needs Assessment',
    [
      ['SCT', 'inform'],
      ['SSCB', 'inform'],
      ['SSAB', 'inform'],
      ['SSP', 'inform'],
    ],
  ],
  [
    'HWB',
    'Director of Public Health Annual Report',
    [
      ['SCT', 'inform'],
      ['SSCB', 'inform'],
      ['SSAB', 'inform'],
      ['SSP', 'inform'],
    ],
  ],
  [
    'SCT',
    'Children and Young People’s Plan annual report',
    [
      ['children', 'present'],
      ['HWB', 'inform'],
      ['SSCB', 'inform'],
    ],
  ],
  [
    'SSCB',
    'Annual Report',
    [
      ['SCT', 'inform'],
      ['SSAB', 'inform'],
      ['HWB', 'inform'],
      ['children', 'present'],
    ],
  ],
  [
    'SSAB',
    'Annual Report',
    [
      ['SSCB', 'inform'],
      ['HWB', 'inform'],
    ],
  ],
  ['SSAB', 'SSAB Strategic Plan', [['adults', 'present']]],
  [
    'SSP',
    'Community Safety Strategic Assessment',
    [
      ['SCT', 'inform'],
      ['SSCB', 'inform'],
      ['SSAB', 'inform'],
      ['HWB', 'inform'],
    ],
  ],
  [
    'SSP',
    'Community Safety Plan',
    [
      ['SCT', 'inform'],
      ['SSCB', 'inform'],
      ['SSAB', 'inform'],
      ['HWB', 'inform'],
    ],
  ],
  [
    'SCPB',
    'Corporate Parenting Strategy',
    [
      ['HWB', 'consult'],
      ['SCT', 'consult'],
      ['SSCB', 'consult'],
    ],
  ],
];

function fillReports(block: Y.Map<unknown>, partners: Record<string, string>): void {
  const columns: Record<string, string> = {
    ...partners,
    children: addOtherBody(block, SCRUTINY_CHILDREN),
    adults: addOtherBody(block, SCRUTINY_ADULTS),
  };
  for (const [owner, title, recipients] of REPORTS) {
    const report = addReport(block, partners[owner]!, title);
    for (const [to, action] of recipients) {
      setAction(block, report, columns[to]!, action);
      setTiming(block, report, columns[to]!, 'Annually');
    }
  }
}

const chairOf = (name: string, designation: string) => ({
  name,
  designation,
  signature: '',
  date: '2016-07-01',
});

/** Somerset's six-board working together protocol (2016), rebuilt as structured blocks. */
export const somersetExample: TemplateSpec = {
  id: 'somerset',
  name: 'Example: Somerset working together protocol (2016)',
  description:
    'Six boards, numbered clauses, shared responsibilities, profiles and an annual reporting scheme',
  title: 'Working Together Protocol for the Strategic Partnership Boards in Somerset',
  partnerships: {
    HWB: {
      name: 'Somerset Health and Wellbeing Board',
      acronym: 'HWB',
      chair: 'Cllr Ann Bown',
      statutoryBasis: 'Health and Social Care Act 2012',
      purpose:
        'A forum where leaders of the health and care system work together to improve the population’s health and wellbeing and to integrate services.',
      duties: [
        'Joint Strategic Needs Assessment',
        'Joint Health and Wellbeing Strategy',
        'Pharmaceutical Needs Assessment',
        'Encourage integrated working',
      ].join('\n'),
      priorities: [
        'Prevention',
        'Strong, resilient and healthy communities',
        'Integrated and sustainable models of care',
        'Hidden harm to children',
        'Housing and health',
      ].join('\n'),
    },
    SCT: {
      name: 'Somerset Children’s Trust',
      acronym: 'SCT',
      chair: 'Eileen Tipper',
      statutoryBasis: 'Children Act 2004, section 10',
      purpose:
        'Leads the Children and Young People’s Plan and holds partners to account for delivering it.',
    },
    SSP: {
      name: 'Safer Somerset Partnership',
      acronym: 'SSP',
      chair: 'Liz Spencer',
      statutoryBasis: 'Crime and Disorder Act 1998; Police and Justice Act 2006',
      purpose: 'Gives strategic direction and leadership to community safety in Somerset.',
    },
    SSCB: {
      name: 'Somerset Safeguarding Children Board',
      acronym: 'SSCB',
      chair: 'Sally Halls',
      statutoryBasis: 'Children Act 2004, section 14',
      purpose:
        'Develops local safeguarding policy and scrutinises how well children are kept safe.',
    },
    SSAB: {
      name: 'Somerset Safeguarding Adults Board',
      acronym: 'SSAB',
      chair: 'Richard Crompton',
      statutoryBasis: 'Care Act 2014',
      purpose: 'Protects adults with care and support needs who are at risk of abuse or neglect.',
      duties: [
        'Publish a strategic plan',
        'Publish an annual report',
        'Commission Safeguarding Adults Reviews',
      ].join('\n'),
      priorities: [
        'Prevention',
        'Making Safeguarding Personal',
        'Think Family',
        'Board effectiveness',
      ].join('\n'),
    },
    SCPB: {
      name: 'Somerset Corporate Parenting Board',
      acronym: 'SCPB',
      chair: 'Cllr Linda Vijeh',
      statutoryBasis: 'Children Act 1989, section 22',
      purpose:
        'Improves outcomes for children looked after and care leavers so they match their peers’.',
      priorities: [
        'Voice of the Child',
        'Foster Care Development',
        'Care Leavers',
        'Education',
        'Health of children looked after and care leavers',
      ].join('\n'),
    },
  },
  body: [
    {
      block: 'documentHeader',
      fill: (block) => {
        setStatus(block, 'final');
        setVersion(block, '1.0');
        setReviewDate(block, '2017-07-01');
      },
    },
    heading(1, 'Statement of commitment'),
    clause(
      'This protocol supports effective joint working between Somerset’s strategic partnership boards.',
    ),
    heading(1, 'Collective responsibilities'),
    clause(
      'The boards link with one another to be more effective and to avoid duplication. Together they will:',
    ),
    lettered([
      'make sure the safety, health and wellbeing of people in Somerset are addressed with no gaps;',
      'agree which partnership leads each issue or priority;',
      'give each board a clear focus and avoid duplication;',
      'share information across partnerships and member organisations;',
      'solve shared problems together, across policies and issues of mutual interest;',
      'take a shared approach to reviews of serious cases and their learning;',
      'have board chairs meet and communicate to keep improving.',
    ]),
    clause('Every board values engagement, consultation and feedback from local people.'),
    heading(1, 'Individual board responsibilities'),
    clause(
      'Each board keeps its own statutory powers and duties; this protocol does not replace them.',
    ),
    heading(1, 'Arrangements for coordination'),
    bullets([
      'Each board presents its annual report or plan to the others.',
      'Chairs are told in advance about items of particular relevance to their board.',
      'Chairs and business managers meet every six months.',
    ]),
    heading(1, 'Review'),
    clause(
      'The chairs and business managers review this protocol every year, or sooner when national guidance changes.',
    ),
    heading(1, 'Resolution'),
    clause(
      'Concerns that the protocol is not working are resolved between the chairs and the relevant chief officers.',
    ),
    heading(1, 'Signatories'),
    {
      block: 'signatories',
      fill: (block, p) =>
        fillSignatories(block, [
          { ...chairOf('Cllr Ann Bown', 'Chair'), partnershipId: p.HWB! },
          {
            ...chairOf('Eileen Tipper', 'Chair, Voluntary and Community Sector'),
            partnershipId: p.SCT!,
          },
          { ...chairOf('Liz Spencer', 'Chair'), partnershipId: p.SSP! },
          { ...chairOf('Sally Halls', 'Chair'), partnershipId: p.SSCB! },
          { ...chairOf('Richard Crompton', 'Chair'), partnershipId: p.SSAB! },
          { ...chairOf('Cllr Linda Vijeh', 'Chair'), partnershipId: p.SCPB! },
        ]),
    },
    heading(1, 'Appendix A: shared statutory responsibilities'),
    { block: 'sharedResponsibilities', fill: fillThemes },
    heading(1, 'Appendix B: the boards, their duties and priorities'),
    { block: 'partnershipProfiles' },
    heading(1, 'Appendix C: annual reporting between the boards'),
    { block: 'reportingArrangements', fill: fillReports },
  ],
};
