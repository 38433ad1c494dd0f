// The body of every write of the reads-under-writes bench, built in autocannon's worker thread (it `require`s
// this file): what an office records all day, each request with a new command id. BENCH_MIX=with-registrations
// makes one write in ten a new cadre's registration (built by the commands bench's own generator). The bench
// passes the ids the commands need through the environment the worker is started with.
const { randomUUID } = require('node:crypto');

const mix = process.env.BENCH_MIX;
const townshipId = process.env.BENCH_TOWNSHIP_ID;
const villageIds = process.env.BENCH_VILLAGE_IDS.split(',');
const cadreIds = process.env.BENCH_CADRE_IDS.split(',');
const pledgeCadreIds = process.env.BENCH_PLEDGE_CADRE_IDS.split(',').filter(Boolean);
const year = Number(process.env.BENCH_YEAR);
process.env.BENCH_COMMAND = 'RegisterCadre';
const registration = require('./command-request.cjs');

const mutation = (name, type) =>
  `mutation W($commandId: ID!, $input: ${type}!) { ${name}(commandId: $commandId, input: $input) { commandId position } }`;
const COMMANDS = {
  interview: (i) => ({
    query: mutation('recordInterview', 'RecordInterviewInput'),
    input: {
      cadreId: cadreIds[i % cadreIds.length],
      townshipId,
      kind: 'HEART_TO_HEART',
      interviewer: '李书记',
      findings: '谈心谈话，情况良好',
    },
  }),
  training: (i) => ({
    query: mutation('recordTraining', 'RecordTrainingInput'),
    input: { cadreId: cadreIds[(i * 7) % cadreIds.length], topic: '乡村振兴专题培训', kind: 'INTERNAL' },
  }),
  pledgeProgress: (i) =>
    pledgeCadreIds.length === 0
      ? COMMANDS.interview(i)
      : {
          query: mutation('reportPledgeProgress', 'ReportPledgeProgressInput'),
          input: { cadreId: pledgeCadreIds[i % pledgeCadreIds.length], year, progress: '按计划推进' },
        },
  serviceRequest: (i) => ({
    query: mutation('raiseServiceRequest', 'RaiseServiceRequestInput'),
    input: { villageId: villageIds[i % villageIds.length], description: '村道路灯损坏', raisedBy: '王大妈' },
  }),
};
/** Twenty writes, in the proportions of an office's day. */
const OFFICE_DAY = [
  ...Array(8).fill('interview'),
  ...Array(5).fill('training'),
  ...Array(3).fill('pledgeProgress'),
  ...Array(4).fill('serviceRequest'),
];
const CYCLE = mix === 'with-registrations' ? ['register', 'register', ...OFFICE_DAY.slice(2)] : OFFICE_DAY;

let sent = 0;
module.exports = (request, context) => {
  const i = sent++;
  const kind = CYCLE[i % CYCLE.length];
  if (kind === 'register') {
    const body = JSON.parse(registration(request, context).body);
    body.variables.input.villageId = villageIds[i % villageIds.length];
    return { ...request, body: JSON.stringify(body) };
  }
  const { query, input } = COMMANDS[kind](i);
  return { ...request, body: JSON.stringify({ query, variables: { commandId: randomUUID(), input } }) };
};
