import { writeText } from '../blocks/core/fields.ts';
import {
  addCoordinationGroup,
  addCoordinationRow,
} from '../blocks/coordinationTable/coordinationTable.ts';
import { setReviewDate, setStatus, setVersion } from '../blocks/documentHeader/documentHeader.ts';
import { mergeTableHeader, generalTable } from '../blocks/generalTable/generalTable.ts';
import { addGlossaryEntry } from '../blocks/glossary/glossary.ts';
import { addLeadTheme } from '../blocks/leadTable/leadTable.ts';
import { setShowChair } from '../blocks/partnershipProfiles/partnershipProfiles.ts';
import { addPriority, setRole } from '../blocks/priorityMatrix/priorityMatrix.ts';
import {
  addOtherBody,
  addReport,
  setAction,
  setTiming,
} from '../blocks/reportingArrangements/reportingArrangements.ts';
import {
  addTheme,
  setResponsibility,
} from '../blocks/sharedResponsibilities/sharedResponsibilities.ts';
import { addVersionRow } from '../blocks/versionTable/versionTable.ts';
import { fillGeneralTable, fillSignatories } from '../templates/fillers.ts';
import { bullets, heading, label, lettered, numbered, paragraph } from '../templates/nodes.ts';
import type { JsonNode, TemplateSpec } from '../templates/TemplateSpec.ts';

const clause = (id: string, ...content: JsonNode[]): JsonNode => ({
  type: 'paragraph',
  attrs: { clause: true, clauseId: id },
  content,
});
const text = (value: string, ...marks: string[]): JsonNode => ({
  type: 'text',
  text: value,
  ...(marks.length ? { marks: marks.map((type) => ({ type })) } : {}),
});
const section = (level: 1 | 2, title: string, id: string): JsonNode => ({
  ...heading(level, title),
  attrs: { level, clauseId: id },
});

/**
 * A protocol holding every block type, numbered clauses, lists, marks and a
 * cross-reference: what export → import round trips are checked with.
 */
export const everyBlockSpec: TemplateSpec = {
  id: 'every-block',
  name: 'Every block',
  description: 'Every structured block, for round-trip tests',
  title: 'Joint Working Protocol for Four Boards',
  partnerships: {
    SAB: {
      name: 'Safeguarding Adults Board',
      acronym: 'SAB',
      chair: 'Ann Example',
      statutoryBasis: 'Care Act 2014',
      purpose: 'Leads adult safeguarding across the borough.',
      duties: 'Publish a strategic plan\nPublish an annual report',
      priorities: 'Prevention\nMaking safeguarding personal',
    },
    SCP: {
      name: 'Safeguarding Children Partnership',
      acronym: 'SCP',
      chair: 'Ben Example',
      statutoryBasis: 'Children Act 2004',
      purpose: 'Coordinates how local agencies keep children safe.',
      duties: 'Publish local arrangements',
      priorities: 'Neglect',
    },
    HWB: {
      name: 'Health and Wellbeing Board',
      acronym: 'HWB',
      chair: 'Cara Example',
      statutoryBasis: 'Health and Social Care Act 2012',
      purpose: 'Improves the health and wellbeing of local people.',
      duties: 'Joint strategic needs assessment',
      priorities: 'Healthy weight',
    },
  },
  body: [
    {
      block: 'documentHeader',
      fill: (block) => {
        setStatus(block, 'final');
        setVersion(block, '1.2');
        setReviewDate(block, '2027-03-31');
      },
    },
    label('Version control'),
    {
      block: 'versionTable',
      fill: (block) => {
        addVersionRow(block, {
          version: '0.1',
          author: 'Dee Writer',
          date: '2026-01-15',
          rationale: 'First draft',
        });
        addVersionRow(block, {
          version: '1.0',
          author: 'Eve Editor',
          date: '2026-02-20',
          rationale: 'Agreed by the chairs',
        });
      },
    },
    section(1, 'Introduction', 'c_intro'),
    clause(
      'c_scope',
      text('This protocol covers '),
      text('three', 'bold'),
      text(' boards and their '),
      text('shared', 'italic'),
      text(' work.'),
    ),
    clause(
      'c_basis',
      text('Each board keeps its statutory duties; see '),
      { type: 'clauseRef', attrs: { targetId: 'c_review' } },
      text('.'),
    ),
    paragraph('An unnumbered note about the protocol.'),
    section(2, 'Principles', 'c_principles'),
    bullets(['Boards understand one another’s remits.', 'Boards avoid duplication.']),
    clause('c_agree', text('The boards will:')),
    lettered(['share information;', 'agree a lead for each priority;', 'report progress yearly.']),
    numbered(['First step', 'Second step']),
    section(1, 'Partnership profiles', 'c_profiles'),
    { block: 'partnershipProfiles', fill: (block) => setShowChair(block, true) },
    section(1, 'Coordination', 'c_coordination'),
    {
      block: 'coordinationTable',
      fill: (block) => {
        const meetings = addCoordinationGroup(block, 'Meetings');
        addCoordinationRow(block, meetings, {
          frequency: '6 monthly',
          action: 'Chairs meet to share risks.',
        });
        addCoordinationRow(block, meetings, {
          frequency: 'Quarterly',
          action: 'Lead officers meet.',
        });
        const sharing = addCoordinationGroup(block, 'Information sharing');
        addCoordinationRow(block, sharing, {
          frequency: 'Annually',
          action: 'Plans are shared in April.',
        });
      },
    },
    section(1, 'Joint priorities', 'c_priorities'),
    {
      block: 'priorityMatrix',
      fill: (block, p) => {
        const abuse = addPriority(block, 'Preventing abuse & neglect');
        setRole(block, abuse, p.SAB!, 'lead');
        setRole(block, abuse, p.SCP!, 'contributing');
        const health = addPriority(block, 'Healthy weight');
        setRole(block, health, p.HWB!, 'lead');
      },
    },
    {
      block: 'leadTable',
      fill: (block, p) => {
        writeText(block, 'title', 'Themes of common interest');
        addLeadTheme(block, {
          theme: 'Transitions',
          leadId: p.SCP!,
          info: 'Young people moving\nto adult services',
        });
        addLeadTheme(block, { theme: 'Loneliness', leadId: p.HWB!, info: '' });
      },
    },
    {
      block: 'sharedResponsibilities',
      fill: (block, p) => {
        const slavery = addTheme(block, Object.values(p), 'Modern slavery');
        setResponsibility(block, slavery, p.SAB!, 'Raises awareness among care providers.');
        setResponsibility(block, slavery, p.HWB!, 'Receives reports.');
      },
    },
    section(1, 'Reporting', 'c_reporting'),
    {
      block: 'reportingArrangements',
      fill: (block, p) => {
        const scrutiny = addOtherBody(block, 'Scrutiny Committee');
        const annual = addReport(block, p.SAB!, 'Annual report');
        setAction(block, annual, p.HWB!, 'present');
        setTiming(block, annual, p.HWB!, 'Autumn');
        setAction(block, annual, scrutiny, 'inform');
        const plan = addReport(block, p.HWB!, 'Health and wellbeing strategy');
        setAction(block, plan, p.SCP!, 'consult');
      },
    },
    section(1, 'Review', 'c_review'),
    clause('c_yearly', text('The chairs review this protocol every year.')),
    section(1, 'Signatories', 'c_signatories'),
    {
      block: 'signatories',
      fill: (block, p) =>
        fillSignatories(block, [
          {
            name: 'Ann Example',
            designation: 'Independent Chair',
            partnershipId: p.SAB!,
            signature: 'A. Example',
            date: '2026-03-01',
          },
          {
            name: 'Cara Example',
            designation: 'Chair',
            partnershipId: p.HWB!,
            signature: '',
            date: '',
          },
        ]),
    },
    section(1, 'Glossary', 'c_glossary'),
    {
      block: 'glossary',
      fill: (block) => {
        addGlossaryEntry(block, { acronym: 'JSNA', meaning: 'Joint Strategic Needs Assessment' });
        addGlossaryEntry(block, {
          acronym: 'MARAC',
          meaning: 'Multi-Agency Risk Assessment Conference',
        });
      },
    },
    {
      block: 'generalTable',
      fill: (block) => {
        fillGeneralTable(
          block,
          'Contacts',
          ['Board', 'Contact', ''],
          [
            ['SAB', 'Business manager', 'sab@example.org'],
            ['HWB', 'Lead officer', ''],
          ],
        );
        mergeTableHeader(block, generalTable.read(block).columns[1]!.id);
      },
    },
  ],
};
