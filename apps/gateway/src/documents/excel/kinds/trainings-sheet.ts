import { listTrainings } from '@cadre/projections';
import { withoutNulls } from '../../../graphql/without-nulls.js';
import { allRows, townshipNameOf, villageNames } from '../../document-read-models.js';
import type { SheetKind } from '../excel-document-kind.js';
import { labelOf } from '../labels.js';
import type { SheetColumn } from '../sheet-table.js';
import { cadreNames } from './cadre-names.js';

const SESSION_COLUMNS: SheetColumn[] = [
  { key: 'seq', header: '序号', width: 6, format: 'integer' },
  { key: 'topic', header: '培训主题', width: 30 },
  { key: 'kind', header: '类别', width: 10 },
  { key: 'date', header: '计划日期', width: 12 },
  { key: 'place', header: '地点', width: 18 },
  { key: 'heldOn', header: '举办日期', width: 12 },
  { key: 'attendeeCount', header: '参训人数', width: 9, format: 'integer' },
];

const ATTENDANCE_COLUMNS: SheetColumn[] = [
  { key: 'seq', header: '序号', width: 6, format: 'integer' },
  { key: 'topic', header: '培训主题', width: 30 },
  { key: 'heldOn', header: '举办日期', width: 12 },
  { key: 'name', header: '姓名', width: 10 },
  { key: 'village', header: '村（社区）', width: 14 },
];

interface TrainingParams {
  year?: number;
  kind?: string;
  held?: boolean;
  townshipId?: string;
  villageId?: string;
}

/** 培训台账: the sessions with the `trainings` query's filters, and who attended each (参训名单). */
export const trainingsSheet: SheetKind = {
  kind: 'trainings.xlsx',
  fileStem: '培训台账',
  read(db, request) {
    const params = request.params as TrainingParams;
    const filter = withoutNulls({
      year: params.year === undefined ? undefined : String(params.year),
      kind: params.kind,
      held: params.held,
      townshipId: params.townshipId,
      villageId: params.villageId,
    });
    const sessions = allRows((page) => listTrainings(db, filter, page));
    const names = cadreNames(db);
    const villages = villageNames(db);
    const attendance = sessions.flatMap((session) =>
      (session.attendees as string[]).map((cadreId) => ({ session, cadre: names.get(cadreId) })),
    );
    const township = townshipNameOf(db, params.townshipId);
    return {
      tables: [
        {
          name: '培训',
          title: `${township}村（社区）干部培训台账`,
          columns: SESSION_COLUMNS,
          rows: sessions.map((session, index) => ({
            seq: index + 1,
            topic: session.topic as string,
            kind: labelOf('trainingKind', session.kind as string),
            date: session.date as string,
            place: session.place as string,
            heldOn: (session.heldOn as string | null) ?? '',
            attendeeCount: (session.attendees as string[]).length,
          })),
        },
        {
          name: '参训名单',
          title: `${township}村（社区）干部参训名单`,
          columns: ATTENDANCE_COLUMNS,
          rows: attendance.map(({ session, cadre }, index) => ({
            seq: index + 1,
            topic: session.topic as string,
            heldOn: (session.heldOn as string | null) ?? '',
            name: cadre?.name ?? '',
            village: villages.get(cadre?.villageId ?? '') ?? '',
          })),
        },
      ],
      disclosed: [],
    };
  },
};
