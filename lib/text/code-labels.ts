import { triageCodeSchema, type TriageCode } from '../sync/records';

/** The triage codes as agents read and say them, everywhere a code is shown in words. */
export const CODE_LABELS: Readonly<Record<TriageCode, string>> = { red: 'Red', orange: 'Orange', yellow: 'Yellow', green: 'Green' };

/** Every code, most urgent first: the order lists, filters and forms show them in. */
export const CODES = triageCodeSchema.options;
