import type * as Y from 'yjs';
import type { PartnershipInit } from '../register/register.ts';

/** A ProseMirror JSON node, as templates write them. */
export interface JsonNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: JsonNode[];
  text?: string;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
}

/** A structured block in a template: its type and how to fill it once created. */
export interface TemplateBlock {
  block: string;
  /**
   * Fills the freshly created block. `partners` maps the template's partnership keys
   * (e.g. "SAB") to the ids the register gave them.
   */
  fill?: (block: Y.Map<unknown>, partners: Record<string, string>) => void;
}

/** A whole document to create: register, title and body (text and blocks in order). */
export interface TemplateSpec {
  id: string;
  name: string;
  description: string;
  title: string;
  /** Partnerships by key; the key is how blocks in `fill` refer to them. */
  partnerships: Record<string, PartnershipInit>;
  body: (JsonNode | TemplateBlock)[];
}
