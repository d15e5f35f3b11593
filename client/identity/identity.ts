/** Who this person is on this device: shown on their caret and in the people count. */
export interface Identity {
  name: string;
  organisation: string;
  color: string;
  /** False until the person has confirmed a name; drives the non-blocking prompt. */
  confirmed: boolean;
}

const STORAGE_KEY = 'protocol-editor.identity';

/** Caret colours with at least 4.5:1 contrast against white label text. */
export const CARET_COLORS = [
  '#1d4ed8',
  '#b91c1c',
  '#047857',
  '#7c3aed',
  '#b45309',
  '#be185d',
  '#0e7490',
  '#4d7c0f',
] as const;

function randomColor(): string {
  const index = crypto.getRandomValues(new Uint8Array(1))[0]! % CARET_COLORS.length;
  return CARET_COLORS[index]!;
}

/** A first-time visitor's identity: a placeholder name they can type under at once. */
export function guestIdentity(): Identity {
  const suffix = String(crypto.getRandomValues(new Uint16Array(1))[0]! % 1000).padStart(3, '0');
  return { name: `Guest ${suffix}`, organisation: '', color: randomColor(), confirmed: false };
}

function isIdentity(value: unknown): value is Identity {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.name === 'string' &&
    typeof v.organisation === 'string' &&
    typeof v.color === 'string' &&
    typeof v.confirmed === 'boolean'
  );
}

/** Reads the identity kept on this device, creating a guest one the first time. */
export function loadIdentity(storage: Storage = localStorage): Identity {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(STORAGE_KEY) ?? 'null');
    if (isIdentity(parsed)) return parsed;
  } catch {
    // A corrupt entry is replaced below rather than blocking the editor.
  }
  const fresh = guestIdentity();
  storage.setItem(STORAGE_KEY, JSON.stringify(fresh));
  return fresh;
}

/** Keeps the identity on this device. */
export function saveIdentity(identity: Identity, storage: Storage = localStorage): void {
  storage.setItem(STORAGE_KEY, JSON.stringify(identity));
}

/** How a person is labelled to others: "Name · Organisation". */
export function identityLabel(identity: Pick<Identity, 'name' | 'organisation'>): string {
  return identity.organisation ? `${identity.name} · ${identity.organisation}` : identity.name;
}
