/** The largest file an import reads: bigger ones are refused before parsing. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** The kinds of file an import reads, by extension. */
export type ImportFormat = 'docx' | 'md' | 'txt';

/** Extensions accepted, for file pickers. */
export const IMPORT_ACCEPT = '.docx,.md,.markdown,.txt';

/** Why a file was refused, in words for the person who chose it. */
export class ImportError extends Error {
  constructor(
    readonly code: 'too-large' | 'unsupported-type' | 'not-a-docx' | 'binary-text' | 'unreadable',
    message: string,
  ) {
    super(message);
    this.name = 'ImportError';
  }
}

/** The format a file name says it is, or undefined. */
export function importFormatOf(fileName: string): ImportFormat | undefined {
  const extension = /\.([a-z]+)$/i.exec(fileName.trim())?.[1]?.toLowerCase();
  if (extension === 'docx') return 'docx';
  if (extension === 'md' || extension === 'markdown') return 'md';
  if (extension === 'txt') return 'txt';
  return undefined;
}

const mib = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/**
 * Checks a file before anything parses it: its size, that a .docx is a zip, that a text
 * file is UTF-8 text. Returns the format, or throws an ImportError saying what is wrong.
 */
export function checkImportFile(fileName: string, bytes: Uint8Array): ImportFormat {
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new ImportError(
      'too-large',
      `“${fileName}” is ${mib(bytes.length)}; files up to ${mib(MAX_IMPORT_BYTES)} can be imported.`,
    );
  }
  const format = importFormatOf(fileName);
  if (!format) {
    throw new ImportError(
      'unsupported-type',
      `“${fileName}” is not a .docx, .md or .txt file, so it cannot be imported.`,
    );
  }
  if (format === 'docx') {
    const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
    if (!zip) {
      throw new ImportError(
        'not-a-docx',
        `“${fileName}” is not a Word document (.docx files are zip archives; this one is not). If it is an old .doc file, save it as .docx in Word first.`,
      );
    }
    return format;
  }
  if (bytes.includes(0)) {
    throw new ImportError(
      'binary-text',
      `“${fileName}” holds binary data, not text: it may be another kind of file renamed.`,
    );
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError(
      'binary-text',
      `“${fileName}” is not UTF-8 text: save it as UTF-8 (or as .docx) and try again.`,
    );
  }
  return format;
}

/** A text file's contents, without a byte-order mark, with \n line ends. */
export function decodeText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8')
    .decode(bytes)
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n');
}
