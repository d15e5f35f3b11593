import { getSchema } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { schemaExtensions } from '../../../shared/schema.ts';
import { SectionedDocument, SectionNode } from './Sections.ts';

let cached: Schema | undefined;

/** The editor's schema without its views: the protocol's blocks, grouped in sections. */
export function sectionedSchema(): Schema {
  cached ??= getSchema([
    ...schemaExtensions(undefined, { topNode: false }),
    SectionedDocument,
    SectionNode,
  ]);
  return cached;
}
