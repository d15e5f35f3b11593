import {
  addCoordinationGroup,
  addCoordinationRow,
} from '../../blocks/coordinationTable/coordinationTable.ts';
import { setStatus, setVersion } from '../../blocks/documentHeader/documentHeader.ts';
import { addGlossaryEntry } from '../../blocks/glossary/glossary.ts';
import { addLeadTheme } from '../../blocks/leadTable/leadTable.ts';
import { fillGeneralTable } from '../fillers.ts';
import { bullets, heading, paragraph } from '../nodes.ts';
import type { TemplateSpec } from '../TemplateSpec.ts';

/** Sandwell's four-board partnership protocol (2018), rebuilt as structured blocks. */
export const sandwellExample: TemplateSpec = {
  id: 'sandwell',
  name: 'Example: Sandwell strategic partnership boards protocol (2018)',
  description:
    'Four boards, a glossary, values and behaviours, joint priorities and a work-programme cycle',
  title: 'Sandwell Strategic Partnership Boards Partnership Protocol',
  partnerships: {
    HWBB: {
      name: 'Sandwell Health and Wellbeing Board',
      acronym: 'HWBB',
      chair: 'Councillor Ann Shackleton',
      statutoryBasis: 'Health and Social Care Act 2012, section 194',
      purpose:
        'Brings leaders from the NHS, public health, local government and the voluntary sector together to improve the health and wellbeing of Sandwell’s people.',
      duties: [
        'Assess local needs through a Joint Strategic Needs Assessment',
        'Publish a joint health and wellbeing strategy',
        'Encourage integrated working between health and social care',
      ].join('\n'),
    },
    SSAB: {
      name: 'Sandwell Safeguarding Adult Board',
      acronym: 'SSAB',
      statutoryBasis: 'Care Act 2014',
      purpose: 'Leads the safeguarding of adults with care and support needs in Sandwell.',
    },
    SSCB: {
      name: 'Sandwell Safeguarding Children Board',
      acronym: 'SSCB',
      chair: 'Audrey Williamson (independent chair)',
      statutoryBasis: 'Children Act 2004, section 13',
      purpose:
        'Coordinates how local agencies safeguard and promote the welfare of children, and checks how well they do it.',
    },
    SSP: {
      name: 'Safer Sandwell Partnership, Police and Crime Board',
      acronym: 'SSP',
      chair: 'Chief Superintendent Richard Baker',
      statutoryBasis: 'Crime and Disorder Act 1998',
      purpose:
        'Acts as the Community Safety Partnership and the Police and Crime Board, bringing the responsible authorities together to reduce crime and disorder.',
      duties: [
        'Commission an annual Strategic Assessment',
        'Set priorities in the Community Safety Plan',
        'Produce the domestic violence strategy',
        'Commission domestic homicide reviews',
      ].join('\n'),
    },
  },
  body: [
    {
      block: 'documentHeader',
      fill: (block) => {
        setStatus(block, 'final');
        setVersion(block, '1.0');
      },
    },
    heading(1, 'Glossary'),
    {
      block: 'glossary',
      fill: (block) => {
        addGlossaryEntry(block, { acronym: 'JSNA', meaning: 'Joint Strategic Needs Assessment' });
        addGlossaryEntry(block, {
          acronym: 'PoVE',
          meaning: 'Prevention of Violence and Exploitation',
        });
      },
    },
    heading(1, 'Introduction'),
    paragraph(
      'The four boards agree a shared set of values and behaviours to strengthen their joint work and to make the sharing of knowledge, skills and information open and efficient.',
    ),
    heading(2, 'Values'),
    bullets([
      'Integrity: we do what we say we will do.',
      'Equality: we treat everyone fairly and recognise each person’s uniqueness.',
      'Empowering: we help everyone do their best.',
      'Inspiring: we strive for excellence.',
      'Valuing: we treat everyone with respect and dignity.',
      'Inclusion: we value diversity and take a flexible, person-centred approach.',
    ]),
    heading(2, 'Behaviours'),
    bullets([
      'We are committed to our partners.',
      'We communicate well, take decisions and are accountable for them.',
      'We combine our expertise.',
      'We remove barriers to equal access and opportunity.',
      'We keep expectations clear and deliver what we agree.',
      'We monitor, evaluate and report on our progress.',
    ]),
    heading(1, 'Joint priorities'),
    paragraph(
      'Where a theme crosses several boards, one board leads it so that work is not duplicated. Further cross-cutting areas will be given a lead partnership when they arise.',
    ),
    {
      block: 'leadTable',
      fill: (block, p) => {
        addLeadTheme(block, {
          theme: 'Prevention of Violence and Exploitation (PoVE)',
          leadId: p.SSP!,
          info: 'Agreed as a priority by all four boards in 2016; the boards will keep delivering the PoVE plan together.',
        });
      },
    },
    heading(1, 'Suggested way of working'),
    paragraph('To keep the boards’ work programmes in step, the protocol suggests a shared cycle.'),
    {
      block: 'generalTable',
      fill: (block) =>
        fillGeneralTable(
          block,
          'Work programme cycle',
          ['HWBB', 'SSCB', 'SSAB', 'SSP'],
          [
            ['JSNA Programme', 'Needs Analysis', 'Needs Analysis', 'Strategic Assessment'],
            [
              'Joint Health & Wellbeing Strategy',
              'SSCB Business Plan',
              'SSAB Business Plan',
              'Police and Crime Plan',
            ],
            ['Delivery Plan', 'Delivery Plan', 'Delivery Plan', 'Delivery Plan'],
            ['Commissioning Priorities', '', '', ''],
            ['Delivery', '', '', ''],
            ['Annual Reviews and Reports', '', '', ''],
          ],
        ),
    },
    heading(1, 'Governance'),
    heading(2, 'Meetings'),
    {
      block: 'coordinationTable',
      fill: (block) => {
        const meetings = addCoordinationGroup(block, 'Meetings');
        addCoordinationRow(block, meetings, {
          frequency: 'Annually',
          action:
            'The Chair and Vice Chair are agreed and fixed for twelve months so the work programme keeps its drive.',
        });
        addCoordinationRow(block, meetings, {
          frequency: 'Quarterly',
          action: 'The chairs, vice chairs and supporting lead officers of the four boards meet.',
        });
      },
    },
    paragraph(
      'Chair: Chief Superintendent Richard Baker. Vice Chair: Audrey Williamson (to be reviewed September 2018).',
    ),
    heading(1, 'Review of the partnership protocol'),
    paragraph(
      'Any change to this protocol must be agreed by each of the four boards. It will be reviewed as required.',
    ),
    heading(1, 'Signatories'),
    { block: 'signatories' },
  ],
};
