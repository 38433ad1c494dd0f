import type { CadreRecord } from '@cadre/domain';

type AdmonishmentDue = Pick<CadreRecord<'AdmonishmentRequired'>, 'incompetentShare' | 'threshold'>;

/** The early warning's text: the share of "incompetent" ballots against the township's threshold. */
export const admonishmentDescription = ({ incompetentShare, threshold }: AdmonishmentDue) =>
  `民主测评"不称职"票占 ${Math.round(incompetentShare * 100)}%（≥${Math.round(threshold * 100)}%），应予约谈`;

export interface EarlyWarningRecord {
  issueId: string;
  source: 'COMMITTEE_REVIEW' | 'ADMONISHMENT_DUE';
  villageId: string | null;
  cadreId: string | null;
  description: string;
  raisedOn: string;
  resolvedOn: string | null;
  correctiveAction: string | null;
}

/**
 * The open warning on a cadre's file while an admonishment talk is due. A cadre has at most one at a
 * time (an appraisal raises none while one is due), so the cadre and the day it was raised identify it.
 */
export function admonishmentWarning(
  cadreId: string,
  villageId: string | null,
  due: CadreRecord<'AdmonishmentRequired'>,
): EarlyWarningRecord {
  return {
    issueId: `admonishment-${cadreId}-${due.requiredOn}`,
    source: 'ADMONISHMENT_DUE',
    villageId,
    cadreId,
    description: admonishmentDescription(due),
    raisedOn: due.requiredOn,
    resolvedOn: null,
    correctiveAction: null,
  };
}
