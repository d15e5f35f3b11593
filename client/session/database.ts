import { ProtocolDatabase } from '../storage/ProtocolDatabase.ts';

let instance: ProtocolDatabase | undefined;

/** The device's one database, opened on first use. */
export function database(): ProtocolDatabase {
  instance ??= new ProtocolDatabase();
  return instance;
}
