/**
 * Roles on a document. A chair is an editor who signs for one named partnership; a viewer
 * reads only. The owner also manages who has access.
 */
export type Role = 'owner' | 'editor' | 'chair' | 'viewer';

export const ROLES: readonly Role[] = ['owner', 'editor', 'chair', 'viewer'];

/** What a role may do. */
export type Action = 'read' | 'edit' | 'sign' | 'manage';

const ALLOWED: Record<Role, readonly Action[]> = {
  owner: ['read', 'edit', 'manage'],
  editor: ['read', 'edit'],
  chair: ['read', 'edit', 'sign'],
  viewer: ['read'],
};

/** Whether `role` may do `action`. */
export function can(role: Role, action: Action): boolean {
  return ALLOWED[role].includes(action);
}

/** Whether a string is a role name. */
export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** How each role is named to people. */
export const ROLE_LABEL: Record<Role, string> = {
  owner: 'Owner',
  editor: 'Editor',
  chair: 'Chair',
  viewer: 'Viewer',
};
