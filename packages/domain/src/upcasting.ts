import { businessDateFromOccurredAt } from './business-date-v1.js';
import { upcastCadreAppointedV1 } from './cadre/posts/cadre-appointed-v1.js';
import {
  upcastTownshipRegisteredV2,
  upcastTownshipSettingsChangedV2,
} from './township/calendar-settings-v2.js';

/**
 * Events are stored with the schema version they were written in. An upcaster lifts the data of one
 * version to the next, given the event's business time (`metadata.occurredAt`); reading applies them in
 * turn, so `evolve` only ever sees the current shape.
 * Changing what an upcaster returns changes folded states: raise SNAPSHOT_VERSION in @cadre/projections.
 */
// biome-ignore lint/suspicious/noExplicitAny: each upcaster knows the shape of the old version it reads
export type Upcaster = (data: any, occurredAt: string) => unknown;

/** For each event type, the upcasters from version 1 upwards: index i turns version i+1 into i+2. */
const UPCASTERS: Record<string, Upcaster[]> = {
  CadreAppointed: [upcastCadreAppointedV1],
  TownshipRegistered: [businessDateFromOccurredAt('registeredOn'), upcastTownshipRegisteredV2],
  TownshipSettingsChanged: [businessDateFromOccurredAt('changedOn'), upcastTownshipSettingsChangedV2],
  VillageRegistered: [businessDateFromOccurredAt('registeredOn')],
  CadreRegistered: [businessDateFromOccurredAt('registeredOn')],
  CadreProfileCorrected: [businessDateFromOccurredAt('correctedOn')],
  AnnualAssessmentRecorded: [businessDateFromOccurredAt('assessedOn')],
  BenefitGranted: [businessDateFromOccurredAt('grantedOn')],
  TrainingScheduled: [businessDateFromOccurredAt('scheduledOn')],
};

export function currentSchemaVersion(type: string): number {
  return (UPCASTERS[type]?.length ?? 0) + 1;
}

export function upcast(type: string, schemaVersion: number, data: unknown, occurredAt: string): unknown {
  const chain = UPCASTERS[type] ?? [];
  let current = data;
  for (let version = schemaVersion; version < chain.length + 1; version++)
    current = chain[version - 1]!(current, occurredAt);
  return current;
}
