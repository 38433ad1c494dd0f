import type { CommandName } from '@cadre/domain';
import {
  profileOf,
  registerPerson,
  reviewCadre,
  SECRETARY_SEAT,
  townshipWithVillage,
} from '../test/support/appointment-fixture.js';
import type { CommandClient } from '../test/support/command-client.js';
import { sendCommand } from './graphql-client.js';
import type { Journal } from './journal.js';
import type { SeatOfVillage } from './writers.js';

const CHAIR_SEAT = { committee: 'RESIDENTS_COMMITTEE', position: 'CHAIR' } as const;

/** What the writers write on: a village, cadres with long files, and two cadres approved for each of two seats. */
export interface Place {
  townshipId: string;
  villageId: string;
  trainingCadres: string[];
  seatCadres: Array<{ cadreId: string; seat: SeatOfVillage }>;
}

/** The test fixtures' client, over the gateway's HTTP endpoint, journaling what it sends. */
function journaledClient(url: string, token: string, journal: Journal): CommandClient {
  const succeeded = new Set<CommandName>();
  const send: CommandClient['send'] = async (command, input) => {
    const entry = journal.begin(command, input);
    const outcome = await sendCommand(url, token, command, input, entry.commandId);
    if (outcome.kind !== 'acked') return { errors: [outcome] };
    entry.state = 'acked';
    succeeded.add(command);
    return { payload: outcome.payload };
  };
  return {
    send,
    async run(command, input, options) {
      const { payload, errors } = await send(command, input, options);
      if (errors) throw new Error(`setup: ${command} failed: ${JSON.stringify(errors)}`);
      return payload;
    },
    succeeded,
    typesIn: () => Promise.reject(new Error('the suite reads the store itself')),
  };
}

/** The ledger the writers start from, entered through the gateway like any client's commands. */
export async function setUpLedger(url: string, token: string, journal: Journal): Promise<Place> {
  const client = journaledClient(url, token, journal);
  const place = await townshipWithVillage(client);
  const trainingCadres: string[] = [];
  for (let serial = 1; serial <= 3; serial++)
    trainingCadres.push(
      await registerPerson(client, profileOf('李学习', 'MALE', '1965-03-01', serial), place.villageId),
    );
  const seatCadres: Place['seatCadres'] = [];
  for (const [n, seat] of [SECRETARY_SEAT, SECRETARY_SEAT, CHAIR_SEAT, CHAIR_SEAT].entries()) {
    const cadreId = await registerPerson(
      client,
      profileOf('赵任职', 'FEMALE', '1966-04-01', n + 1),
      place.villageId,
    );
    await reviewCadre(client, place, cadreId, () => 'APPROVED', seat);
    seatCadres.push({ cadreId, seat: { villageId: place.villageId, ...seat } });
  }
  return { ...place, trainingCadres, seatCadres };
}
