/** Types for anonymise-x.mjs, which stays plain JavaScript so the refresh script runs on Node 20 as is. */
export declare class Pseudonyms {
  handle(real: string): string;
  name(real: string): string;
  status(real: string): string;
  account(real: string): string;
  isKnownHandle(real: string): boolean;
  knownHandles(): string[];
  counts(): { handles: number; names: number; statuses: number; accounts: number };
}

export interface AnonymiseOptions {
  /** Keep what people wrote; handles, names and ids are replaced anyway. */
  keepText?: boolean;
  /** Share one instance across the pages of a run, so everyone keeps one stand-in. */
  pseudonyms?: Pseudonyms;
}

export interface AnonymiseReport {
  handles: number;
  names: number;
  statuses: number;
  accounts: number;
  pictures: number;
}

export declare function anonymiseXDocument(doc: Document, options?: AnonymiseOptions): AnonymiseReport;
