/** The messages of the 换届 board and the village's term, under `elections`; the forms' under `commands`. */
export const electionsZhCN = {
  title: '换届',
  hint: '换届：候选人须经部门联审，当选者以“选举”任职，未连任的现任成员以“任期届满”离任；各村完成后开启新一届任期（默认五年）。',
  none: '尚未启动换届',
  township: '镇',
  startedOn: '开始日期',
  closedOn: '完成日期',
  status: { OPEN: '进行中', CLOSED: '已完成' },
  candidates: '候选人',
  noCandidates: '尚未登记候选人',
  cadre: '候选人',
  seat: '职务',
  review: '资格联审',
  reviewStatus: { OPEN: '审查中', APPROVED: '通过', REJECTED: '未通过' },
  result: '选举结果',
  elected: '当选',
  notElected: '未当选',
  pending: '待登记',
  incumbents: '未参选的现任成员（须办理届满离任）',
  past: '往次换届',
  term: {
    title: '本届任期',
    none: '未记录任期',
    range: '{start} 至 {end}',
    daysLeft: '距届满 {n} 天',
    overdue: '已届满 {n} 天',
    election: '换届',
  },
};

export const electionsEn: typeof electionsZhCN = {
  title: 'General elections',
  hint: 'Candidates go through the joint review; the elected take their seats by ELECTION, sitting members not re-elected leave with TERM_ENDED; each village concluded opens its new term (five years by default).',
  none: 'No general election started yet',
  township: 'Township',
  startedOn: 'Started',
  closedOn: 'Closed',
  status: { OPEN: 'Under way', CLOSED: 'Concluded' },
  candidates: 'Candidates',
  noCandidates: 'No candidate registered yet',
  cadre: 'Candidate',
  seat: 'Seat',
  review: 'Joint review',
  reviewStatus: { OPEN: 'Under review', APPROVED: 'Approved', REJECTED: 'Rejected' },
  result: 'Result',
  elected: 'Elected',
  notElected: 'Not elected',
  pending: 'Not recorded',
  incumbents: 'Sitting members not standing (record their leaving at the end of the term)',
  past: 'Earlier elections',
  term: {
    title: 'Current term',
    none: 'No term recorded',
    range: '{start} to {end}',
    daysLeft: '{n} days to its end',
    overdue: 'Ended {n} days ago',
    election: 'Election',
  },
};

/** The election forms' messages, spread into `commands` (CommandDialog reads `commands.<name>`). */
export const electionCommandsZhCN = {
  startGeneralElection: {
    action: '启动换届',
    title: '启动换届',
    done: '换届已启动',
    villages: '参加换届的村（社区）',
    startedOn: '开始日期',
  },
  registerElectionCandidate: {
    action: '登记候选人',
    title: '登记候选人',
    done: '候选人已登记，资格联审已开启',
    cadre: '候选人',
    committee: '班子',
    position: '职务',
    registeredOn: '登记日期',
  },
  recordElectionResult: {
    title: '登记选举结果',
    done: '选举结果已登记',
    candidate: '候选人',
    elected: '选举结果',
    votedOn: '选举日期',
  },
  concludeVillageElection: {
    action: '完成换届',
    title: '完成村（社区）换届',
    done: '换届已完成，新一届任期已开启',
    closedOn: '新任期开始日期',
    plannedEndOn: '任期届满日期（默认五年）',
  },
  incumbentLeaves: {
    action: '届满离任',
    title: '届满离任',
    done: '已办理届满离任',
    member: '现任成员',
    leftOn: '离任日期',
  },
};

export const electionCommandsEn: typeof electionCommandsZhCN = {
  startGeneralElection: {
    action: 'Start a general election',
    title: 'Start a general election',
    done: 'The general election has started',
    villages: 'Villages in it',
    startedOn: 'Start date',
  },
  registerElectionCandidate: {
    action: 'Register a candidate',
    title: 'Register a candidate',
    done: 'Candidate registered; their joint review is open',
    cadre: 'Candidate',
    committee: 'Committee',
    position: 'Position',
    registeredOn: 'Registration date',
  },
  recordElectionResult: {
    title: 'Record the result',
    done: 'Result recorded',
    candidate: 'Candidate',
    elected: 'Result',
    votedOn: 'Election day',
  },
  concludeVillageElection: {
    action: 'Conclude',
    title: "Conclude the village's election",
    done: 'Concluded; the new term has begun',
    closedOn: 'First day of the new term',
    plannedEndOn: 'Planned end (five years by default)',
  },
  incumbentLeaves: {
    action: 'Leaves at term end',
    title: 'Leaves at the end of the term',
    done: 'Recorded as leaving at the end of the term',
    member: 'Sitting member',
    leftOn: 'Leaving date',
  },
};

/** The event types of terms and 换届, spread into `events`. */
export const electionEventsZhCN = {
  CommitteeTermStarted: '任期开始',
  GeneralElectionStarted: '启动换届',
  ElectionCandidateRegistered: '登记换届候选人',
  ElectionResultRecorded: '登记选举结果',
  VillageElectionConcluded: '村（社区）完成换届',
  GeneralElectionConcluded: '换届完成',
};

export const electionEventsEn: typeof electionEventsZhCN = {
  CommitteeTermStarted: 'Committee term started',
  GeneralElectionStarted: 'General election started',
  ElectionCandidateRegistered: 'Election candidate registered',
  ElectionResultRecorded: 'Election result recorded',
  VillageElectionConcluded: "Village's election concluded",
  GeneralElectionConcluded: 'General election concluded',
};
