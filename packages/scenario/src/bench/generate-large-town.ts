import { deterministicUuid } from '@cadre/application';
import type { EventStore } from '@cadre/event-store';
import { demoIdNumber } from '../id-numbers.js';
import { DirectCommandRunner } from './direct-command-runner.js';

export interface LargeTown {
  events: number;
  /** A cadre whose stream holds `longHistory` events, for time-travel measurements. */
  longHistoryCadreId: string;
}

const TOPICS = ['和美乡村建设', '村级资产管理', '矛盾化解', '基层治理', '产业发展', '为民服务'];

/** Day n after 2010-01-01, as yyyy-mm-dd: activity dates that spread over fifteen years. */
function dayOf(n: number): string {
  return new Date(Date.UTC(2010, 0, 1) + (n % 5400) * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A district-sized history built with domain commands: one township, many cadres, each with trainings,
 * talks and honors, until `targetEvents` events exist; one cadre gets `longHistory` events.
 */
export async function generateLargeTown(
  store: EventStore,
  targetEvents: number,
  options: { cadres?: number; longHistory?: number; onProgress?: (events: number) => void } = {},
): Promise<LargeTown> {
  const runner = new DirectCommandRunner(store, new Date('2026-11-25T08:00:00Z'));
  const cadres = options.cadres ?? 2000;
  const longHistory = options.longHistory ?? 1000;
  const townshipId = deterministicUuid('bench', 'township');
  runner.execute('RegisterTownship', { townshipId, name: '基准镇', district: '基准区' }, '2009-01-01');
  const villageId = deterministicUuid('bench', 'village');
  runner.execute('RegisterVillage', { villageId, townshipId, name: '基准村', kind: 'VILLAGE' }, '2009-01-01');
  const cadreIds: string[] = [];
  for (let c = 0; c < cadres; c++) {
    const cadreId = deterministicUuid('bench', 'cadre', String(c));
    cadreIds.push(cadreId);
    const gender = c % 3 === 0 ? 'FEMALE' : 'MALE';
    const birthDate = `${1965 + (c % 35)}-0${1 + (c % 9)}-1${c % 10}`;
    runner.execute(
      'RegisterCadre',
      {
        cadreId,
        villageId,
        profile: {
          name: `干部${c}`,
          gender,
          birthDate,
          idNumber: demoIdNumber('340121', birthDate, c, gender),
          educationLevel: 'JUNIOR_COLLEGE',
        },
      },
      '2009-06-01',
    );
  }
  // the township, the village, and per cadre the file and the reservation of its ID number
  let events = 2 + 2 * cadres;
  let step = 0;
  const activity = (cadreId: string, n: number) => {
    const on = dayOf(n);
    switch (n % 3) {
      case 0:
        runner.execute(
          'RecordTraining',
          { cadreId, topic: `${TOPICS[n % TOPICS.length]}${n}`, kind: 'INTERNAL', trainedOn: on },
          on,
        );
        break;
      case 1:
        runner.execute(
          'RecordInterview',
          {
            cadreId,
            townshipId,
            kind: 'HEART_TO_HEART',
            interviewer: '组织委员',
            heldOn: on,
            findings: '履职情况良好',
          },
          on,
        );
        break;
      default:
        runner.execute(
          'HonorCadre',
          { cadreId, title: `先进个人${n}`, level: 'TOWNSHIP', awardingBody: '镇党委', awardedOn: on },
          on,
        );
    }
  };
  for (let n = 1; n < longHistory; n++) activity(cadreIds[0]!, n);
  events += longHistory - 1;
  while (events < targetEvents) {
    const c = 1 + (step % (cadres - 1));
    activity(cadreIds[c]!, Math.floor(step / (cadres - 1)) + c);
    step++;
    events++;
    if (runner.pendingEvents >= 20_000) {
      await runner.flush();
      options.onProgress?.(events);
    }
  }
  await runner.flush();
  options.onProgress?.(events);
  return { events, longHistoryCadreId: cadreIds[0]! };
}
