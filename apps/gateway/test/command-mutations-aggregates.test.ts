import { COMMANDS, type CommandName } from '@cadre/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appointedSecretary,
  DEPARTMENTS,
  profileOf,
  registerPerson,
  SECRETARY_SEAT,
  townshipWithVillage,
} from './support/appointment-fixture.js';
import { type CommandClient, commandClient } from './support/command-client.js';
import { pngPhoto } from './support/form-fixture.js';
import { startTestGateway, type TestGateway } from './support/test-gateway.js';

describe("each aggregate's commands through their mutations", () => {
  let t: TestGateway;
  let client: CommandClient;
  beforeAll(async () => {
    t = await startTestGateway();
    client = commandClient(t);
  });
  afterAll(() => t.stop());

  it('township: changes the reviewing departments that later reviews ask', async () => {
    const { townshipId, villageId } = await townshipWithVillage(client);
    const departments = [{ code: 'PROCURATORATE', name: '检察院' }];
    await client.run('ChangeTownshipSettings', { townshipId, reviewingDepartments: departments });
    const cadreId = await registerPerson(client);
    await client.run('OpenQualificationReview', {
      cadreId,
      townshipId,
      villageId,
      ...SECRETARY_SEAT,
      openedOn: '2024-01-05',
    });
    const opened = (await t.system.store.readStream(`cadre-${cadreId}`)).at(-1)!;
    expect(opened.data).toMatchObject({ departments });
  });

  it('village: records a committee review whose early warnings get derived ids, and resolves one', async () => {
    const { villageId } = await townshipWithVillage(client);
    const review = await client.run('RecordCommitteeReview', {
      villageId,
      period: '2024年届中',
      reviewedOn: '2024-06-30',
      findings: '班子团结，个别委员履职不到位',
      earlyWarnings: [{ description: '村务公开不及时' }, { description: '委员长期不参加例会' }],
    });
    expect(review.derivedIds.map((d: any) => d.field)).toEqual([
      'earlyWarnings.0.issueId',
      'earlyWarnings.1.issueId',
    ]);
    await client.run('ResolveEarlyWarning', {
      villageId,
      issueId: review.derivedIds[0].id,
      correctiveAction: '每月公开一次村务',
      resolvedOn: '2024-08-01',
    });
    expect(await client.typesIn(`village-${villageId}`)).toEqual([
      'VillageRegistered',
      'CommitteeReviewRecorded',
      'EarlyWarningResolved',
    ]);
  });

  it("training: schedules a session, records it held, and puts it on a cadre's file", async () => {
    const { townshipId } = await townshipWithVillage(client);
    const cadreId = await registerPerson(client);
    const scheduled = await client.run('ScheduleTraining', {
      townshipId,
      topic: '村级资产管理',
      kind: 'INTERNAL',
      date: '2024-03-01',
      place: '镇党校',
    });
    const trainingId = scheduled.derivedIds[0].id;
    await client.run('RecordTrainingHeld', { trainingId, heldOn: '2024-03-01', attendees: [cadreId] });
    await client.run('RecordTraining', {
      cadreId,
      trainingId,
      topic: '村级资产管理',
      kind: 'INTERNAL',
      trainedOn: '2024-03-01',
    });
    expect(await client.typesIn(`training-${trainingId}`)).toEqual(['TrainingScheduled', 'TrainingHeld']);
    expect(await client.typesIn(`cadre-${cadreId}`)).toContain('CadreTrained');
  });

  it('service request (三单): raised, dispatched, accepted, resolved, rated', async () => {
    const { villageId } = await townshipWithVillage(client);
    const cadreId = await registerPerson(client);
    const raised = await client.run('RaiseServiceRequest', {
      villageId,
      description: '村口路灯损坏',
      raisedBy: '赵大爷',
      raisedOn: '2024-04-01',
    });
    const requestId = raised.derivedIds[0].id;
    await client.run('DispatchServiceRequest', { requestId, cadreId, dispatchedOn: '2024-04-02' });
    await client.run('AcceptServiceRequest', { requestId, acceptedOn: '2024-04-02' });
    await client.run('ResolveServiceRequest', {
      requestId,
      resolution: '已更换路灯',
      resolvedOn: '2024-04-05',
    });
    const rated = await client.run('RateServiceRequest', { requestId, rating: 5, ratedOn: '2024-04-06' });
    expect(rated.ids).toEqual([{ category: 'request', id: requestId, role: 'request' }]);
    expect(await client.typesIn(`request-${requestId}`)).toEqual([
      'ServiceRequestRaised',
      'ServiceRequestDispatched',
      'ServiceRequestAccepted',
      'ServiceRequestResolved',
      'ServiceRequestRated',
    ]);
  });

  it('pledge (一诺双评): made, progress reported, evaluated', async () => {
    const cadreId = await registerPerson(client);
    await client.run('MakePledge', {
      cadreId,
      year: 2024,
      items: ['修通村组道路', '建成村级光伏'],
      madeOn: '2024-01-15',
    });
    await client.run('ReportPledgeProgress', {
      cadreId,
      year: 2024,
      progress: '道路已完工',
      reportedOn: '2024-06-30',
    });
    await client.run('EvaluatePledge', {
      cadreId,
      year: 2024,
      residentsRating: 'EXCELLENT',
      organizationRating: 'COMPETENT',
      evaluatedOn: '2024-12-20',
    });
    expect(await client.typesIn(`cadre-${cadreId}`)).toEqual([
      'CadreRegistered',
      'PledgeMade',
      'PledgeProgressReported',
      'PledgeEvaluated',
    ]);
  });

  it('supervision: an appraisal over the threshold calls for an admonishment, which is then held', async () => {
    const { townshipId, cadreId } = await appointedSecretary(client);
    const votes = { excellent: 2, competent: 3, basicallyCompetent: 1, incompetent: 4 };
    const appraisal = { cadreId, townshipId, interviewer: '镇党委书记', findings: '群众意见较大' };
    await client.run('RecordInterview', {
      ...appraisal,
      kind: 'DEMOCRATIC_APPRAISAL',
      votes,
      heldOn: '2024-05-10',
    });
    await client.run('RecordInterview', { ...appraisal, kind: 'ADMONISHMENT', heldOn: '2024-05-20' });
    await client.run('UpdatePoliticalPortrait', {
      cadreId,
      text: '政治立场坚定，工作作风有待改进',
      basedOn: ['DEMOCRATIC_APPRAISAL'],
      updatedOn: '2024-06-01',
    });
    const types = await client.typesIn(`cadre-${cadreId}`);
    expect(types.slice(types.indexOf('CadreAppointed') + 1)).toEqual([
      'CadreInterviewed',
      'AdmonishmentRequired',
      'CadreInterviewed',
      'PoliticalPortraitUpdated',
    ]);
  });

  it('recognition and development: honor, assessment, benefit, education', async () => {
    const { cadreId } = await appointedSecretary(client);
    await client.run('HonorCadre', {
      cadreId,
      title: '优秀党务工作者',
      level: 'DISTRICT',
      awardingBody: '区委',
      awardedOn: '2024-07-01',
    });
    await client.run('RecordAnnualAssessment', {
      cadreId,
      year: 2024,
      score: 92.5,
      grade: 'EXCELLENT',
      bonus: 8000,
    });
    await client.run('GrantBenefit', { cadreId, kind: 'HEALTH_CHECKUP', year: 2024, amount: 600 });
    await client.run('EnrollEducation', {
      cadreId,
      programme: '学历提升计划',
      school: '安徽农业大学',
      level: 'BACHELOR',
      enrolledOn: '2022-09-01',
    });
    await client.run('CompleteEducation', { cadreId, degree: '学士', completedOn: '2024-07-01' });
    const types = await client.typesIn(`cadre-${cadreId}`);
    expect(types.slice(types.indexOf('CadreAppointed') + 1)).toEqual([
      'CadreHonored',
      'AnnualAssessmentRecorded',
      'BenefitGranted',
      'EducationEnrolled',
      'EducationCompleted',
    ]);
  });

  it('reserve (1+1+N): enlisted, moved up a tier, given mentors', async () => {
    const { villageId, cadreId: secretaryId } = await appointedSecretary(client);
    const reserveId = await registerPerson(client, profileOf('返乡大学生', 'MALE', '1998-02-14'));
    const memberId = await registerPerson(client, profileOf('委员', 'FEMALE', '1990-08-08'));
    await client.run('EnlistReserveCadre', {
      cadreId: reserveId,
      villageId,
      source: 'RETURNING_GRADUATE',
      tier: 2,
      enlistedOn: '2024-01-10',
    });
    await client.run('ChangeReserveTier', {
      cadreId: reserveId,
      tier: 1,
      changedOn: '2024-06-10',
      reason: '表现突出',
    });
    const mentors = await client.run('AssignMentors', {
      cadreId: reserveId,
      townshipLeader: '包村领导',
      secretaryCadreId: secretaryId,
      memberCadreIds: [memberId],
      assignedOn: '2024-06-15',
    });
    expect(mentors.ids).toEqual([
      { category: 'cadre', id: reserveId, role: 'cadre' },
      { category: 'cadre', id: secretaryId, role: 'secretary' },
    ]);
    await client.run('LeaveReservePool', { cadreId: reserveId, exitedOn: '2024-09-30', reason: '已任职' });
    expect((await client.typesIn(`cadre-${reserveId}`)).at(-1)).toBe('ReserveCadreLeft');
  });

  it('profile and posts: a correction with its reason, then a departure that frees the seat', async () => {
    const { appointment, cadreId } = await appointedSecretary(client);
    await client.run('CorrectCadreProfile', {
      cadreId,
      changes: { phone: '13812345678', fullTimeEducation: { level: 'BACHELOR', school: '安徽大学' } },
      reason: '档案核对',
    });
    const { villageId, committee, position } = appointment;
    await client.run('LeavePost', {
      cadreId,
      villageId,
      committee,
      position,
      reason: 'RESIGNED',
      leftOn: '2024-09-30',
    });
    expect(await client.typesIn(`village-${villageId}`)).toEqual([
      'VillageRegistered',
      'SeatFilled',
      'SeatVacated',
    ]);
    await client.run('ErasePersonalData', { cadreId }, { reason: '本人申请' });
    expect((await client.typesIn(`cadre-${cadreId}`)).at(-1)).toBe('PersonalDataErased');
  });

  it('terms and 换届: a term recorded, an election started, a candidate reviewed and elected, the village concluded', async () => {
    const { townshipId, villageId } = await townshipWithVillage(client);
    await client.run('RecordCommitteeTerm', { villageId, startedOn: '2019-03-01' });
    const started = await client.run('StartGeneralElection', {
      townshipId,
      villageIds: [villageId],
      startedOn: '2024-01-02',
    });
    const electionId = started.derivedIds[0].id;
    const cadreId = await registerPerson(client, undefined, villageId);
    const seat = { townshipId, electionId, villageId, cadreId, ...SECRETARY_SEAT };
    const candidacy = await client.run('RegisterElectionCandidate', { ...seat, registeredOn: '2024-01-03' });
    const reviewId = candidacy.derivedIds[0].id;
    for (const { code } of DEPARTMENTS)
      await client.run('RecordDepartmentVerdict', {
        cadreId,
        reviewId,
        department: code,
        verdict: 'APPROVED',
        decidedOn: '2024-01-04',
      });
    await client.run('ConcludeQualificationReview', { cadreId, reviewId, concludedOn: '2024-01-04' });
    await client.run('RecordElectionResult', { ...seat, elected: true, votedOn: '2024-01-05' });
    await client.run('ConcludeVillageElection', {
      townshipId,
      electionId,
      villageId,
      closedOn: '2024-01-06',
    });
    expect((await client.typesIn(`village-${villageId}`)).slice(-2)).toEqual([
      'SeatFilled',
      'CommitteeTermStarted',
    ]);
    expect((await client.typesIn(`township-${townshipId}`)).slice(-2)).toEqual([
      'VillageElectionConcluded',
      'GeneralElectionConcluded',
    ]);
  });

  it('reminders: the scheduler issues one for what is due, and a reminded user acknowledges it', async () => {
    const { villageId } = await townshipWithVillage(client);
    await client.run('RecordCommitteeReview', {
      villageId,
      period: '2024年度',
      reviewedOn: '2024-12-20',
      findings: '班子运行正常',
      earlyWarnings: [{ description: '三务公开不及时' }],
    });
    await t.system.reminders.runOnce();
    const reminderId = t.system.readModels
      .prepare("SELECT reminder_id FROM reminders WHERE village_id = ? AND rule = 'EARLY_WARNING_OPEN'")
      .pluck()
      .get(villageId) as string;
    await client.run('AcknowledgeReminder', { reminderId });
    expect(await client.typesIn(`reminder-${reminderId}`)).toEqual([
      'ReminderIssued',
      'ReminderAcknowledged',
    ]);
  });

  it('documents: a stored photo put on file, the 干部任免审批表 entries prepared', async () => {
    const cadreId = await registerPerson(client);
    const photo = t.system.photos.put(pngPhoto());
    await client.run('ChangeCadrePhoto', { cadreId, photoSha256: photo.sha256, changedOn: '2024-05-01' });
    await client.run('PrepareAppointmentForm', {
      cadreId,
      proposedPost: '周王村党组织书记',
      appointmentReason: '换届选举',
      reportingUnit: '中共周王镇委员会',
      filledBy: '组织办',
      preparedOn: '2024-05-02',
    });
    const events = await t.system.store.readStream(`cadre-${cadreId}`);
    expect(events.map((event) => event.type).slice(-2)).toEqual([
      'CadreProfileCorrected',
      'AppointmentFormPrepared',
    ]);
    expect(JSON.stringify(events.at(-2)!.data)).toContain(photo.sha256);
  });

  it('has run every command through its mutation', () => {
    // IssueReminder is the gateway's scheduler's: its mutation is closed to every role (above, it ran)
    const commands = (Object.keys(COMMANDS) as CommandName[]).filter(
      (command) => command !== 'IssueReminder',
    );
    expect(commands.filter((command) => !client.succeeded.has(command))).toEqual([]);
  });
});
