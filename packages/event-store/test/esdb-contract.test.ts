import { EsdbEventStore } from '../src/index.js';
import { eventStoreContract, startEsdbProtocolDouble } from '../src/testing/index.js';

eventStoreContract('EventStoreDB client against the protocol double', async () => {
  const double = await startEsdbProtocolDouble();
  return {
    store: new EsdbEventStore({ connectionString: double.connectionString }),
    dispose: () => double.stop(),
  };
});

const realServer = process.env.EVENTSTORE_CONNECTION_STRING;
if (realServer) {
  eventStoreContract('EventStoreDB server from EVENTSTORE_CONNECTION_STRING', async () => ({
    store: new EsdbEventStore({ connectionString: realServer }),
  }));
}
