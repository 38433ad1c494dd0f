// The body of every request of the commands bench, built in autocannon's worker thread (it `require`s this
// file): each request a new command id, each registration a new ID number. The bench passes what the
// commands need through the environment the worker is started with.
const { randomUUID } = require('node:crypto');

const command = process.env.BENCH_COMMAND;
const villageId = process.env.BENCH_VILLAGE_ID;
const townshipId = process.env.BENCH_TOWNSHIP_ID;
const cadreIds = (process.env.BENCH_CADRE_IDS ?? '').split(',');
let sent = Number(process.env.BENCH_FIRST_PERSON ?? 0);
let connections = 0;

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const checkChar = (first17) =>
  '10X98765432'[[...first17].reduce((sum, digit, i) => sum + Number(digit) * WEIGHTS[i], 0) % 11];

/** The n-th person: a man born on one of many days, 500 of them a day (odd sequence numbers). */
function person(n) {
  const birthDate = new Date(Date.UTC(1960, 0, 1) + Math.floor(n / 500) * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const first17 = `340121${birthDate.replaceAll('-', '')}${String((n % 500) * 2 + 1).padStart(3, '0')}`;
  return {
    name: '张三',
    gender: 'MALE',
    birthDate,
    idNumber: first17 + checkChar(first17),
    educationLevel: 'BACHELOR',
  };
}

const REGISTER = `mutation R($commandId: ID!, $input: RegisterCadreInput!) { registerCadre(commandId: $commandId, input: $input) { commandId position } }`;
const INTERVIEW = `mutation I($commandId: ID!, $input: RecordInterviewInput!) { recordInterview(commandId: $commandId, input: $input) { commandId position } }`;

function body(context) {
  if (command === 'RegisterCadre')
    return {
      query: REGISTER,
      variables: { commandId: randomUUID(), input: { villageId, profile: person(sent++) } },
    };
  // every connection talks to its own cadre: one stream per client, as 50 offices would
  if (context.cadreId === undefined) context.cadreId = cadreIds[connections++ % cadreIds.length];
  const input = {
    cadreId: context.cadreId,
    townshipId,
    kind: 'HEART_TO_HEART',
    interviewer: '李书记',
    findings: '谈心谈话，情况良好',
  };
  return { query: INTERVIEW, variables: { commandId: randomUUID(), input } };
}

module.exports = (request, context) => ({ ...request, body: JSON.stringify(body(context)) });
