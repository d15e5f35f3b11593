import * as encoding from 'lib0/encoding';

/** Builds one binary frame with a lib0 encoder. */
export function encodeFrame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}
