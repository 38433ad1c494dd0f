/**
 * The words the ledger's codes are shown with, in Chinese and English: the admin client's labels and the
 * documents' cells both read them from here. No imports, so the admin client can load it without the domain.
 */
export const CODE_LABELS_ZH = {
  gender: { MALE: '男', FEMALE: '女' },
  educationLevel: {
    JUNIOR_HIGH: '初中',
    SENIOR_HIGH: '高中（中专）',
    JUNIOR_COLLEGE: '大专',
    BACHELOR: '本科',
    POSTGRADUATE: '研究生',
  },
  politicalStatus: {
    CPC_MEMBER: '中共党员',
    CPC_PROBATIONARY: '中共预备党员',
    CYL_MEMBER: '共青团员',
    MASSES: '群众',
    OTHER_PARTY: '民主党派',
  },
  committee: { PARTY_COMMITTEE: '村党组织', RESIDENTS_COMMITTEE: '村（居）委会' },
  position: {
    PARTY_SECRETARY: '书记',
    DEPUTY_SECRETARY: '副书记',
    CHAIR: '主任',
    VICE_CHAIR: '副主任',
    MEMBER: '委员',
  },
  villageKind: { VILLAGE: '村', COMMUNITY: '社区' },
  appointmentMethod: { ELECTION: '换届选举', BY_ELECTION: '补选', APPOINTMENT: '任命' },
  leavingReason: {
    RESIGNED: '辞职',
    TERM_ENDED: '任期届满',
    REMOVED: '罢免/免职',
    TRANSFERRED: '调任',
    DECEASED: '去世',
  },
  reviewVerdict: { APPROVED: '通过', REJECTED: '不通过' },
  reserveSource: {
    ENTREPRENEUR: '致富能手',
    RETURNING_GRADUATE: '返乡大学生',
    VETERAN: '退伍军人',
    OTHER: '其他',
  },
  honorLevel: { TOWNSHIP: '镇级', DISTRICT: '区级', CITY: '市级', PROVINCE: '省级', NATIONAL: '国家级' },
  evaluationGrade: {
    EXCELLENT: '优秀',
    COMPETENT: '称职',
    BASICALLY_COMPETENT: '基本称职',
    INCOMPETENT: '不称职',
  },
  interviewKind: {
    HEART_TO_HEART: '谈心谈话',
    FIELD_VISIT: '实地走访',
    DEMOCRATIC_APPRAISAL: '民主测评',
    ADMONISHMENT: '约谈',
  },
  trainingKind: { INTERNAL: '定制课程', EXTERNAL: '外出实训' },
  benefitKind: {
    HEALTH_CHECKUP: '健康体检',
    PENSION_SUBSIDY: '养老保险补贴',
    ACCIDENT_INSURANCE: '人身意外保险',
  },
  warningSource: { COMMITTEE_REVIEW: '班子运行分析', ADMONISHMENT_DUE: '应予约谈' },
  requestStatus: {
    RAISED: '待派单',
    DISPATCHED: '待接单',
    ACCEPTED: '办理中',
    RESOLVED: '待评价',
    RATED: '已评价',
  },
};

export const CODE_LABELS_EN = {
  gender: { MALE: 'Male', FEMALE: 'Female' },
  educationLevel: {
    JUNIOR_HIGH: 'Junior high',
    SENIOR_HIGH: 'Senior high',
    JUNIOR_COLLEGE: 'Junior college',
    BACHELOR: 'Bachelor',
    POSTGRADUATE: 'Postgraduate',
  },
  politicalStatus: {
    CPC_MEMBER: 'CPC member',
    CPC_PROBATIONARY: 'CPC probationary member',
    CYL_MEMBER: 'CYL member',
    MASSES: 'The masses',
    OTHER_PARTY: 'Other party',
  },
  committee: { PARTY_COMMITTEE: 'Party committee', RESIDENTS_COMMITTEE: 'Residents committee' },
  position: {
    PARTY_SECRETARY: 'Secretary',
    DEPUTY_SECRETARY: 'Deputy secretary',
    CHAIR: 'Chair',
    VICE_CHAIR: 'Vice chair',
    MEMBER: 'Member',
  },
  villageKind: { VILLAGE: 'Village', COMMUNITY: 'Community' },
  appointmentMethod: { ELECTION: 'Election', BY_ELECTION: 'By-election', APPOINTMENT: 'Appointment' },
  leavingReason: {
    RESIGNED: 'Resigned',
    TERM_ENDED: 'Term ended',
    REMOVED: 'Removed',
    TRANSFERRED: 'Transferred',
    DECEASED: 'Deceased',
  },
  reviewVerdict: { APPROVED: 'Approved', REJECTED: 'Rejected' },
  reserveSource: {
    ENTREPRENEUR: 'Entrepreneur',
    RETURNING_GRADUATE: 'Returning graduate',
    VETERAN: 'Veteran',
    OTHER: 'Other',
  },
  honorLevel: {
    TOWNSHIP: 'Township',
    DISTRICT: 'District',
    CITY: 'City',
    PROVINCE: 'Province',
    NATIONAL: 'National',
  },
  evaluationGrade: {
    EXCELLENT: 'Excellent',
    COMPETENT: 'Competent',
    BASICALLY_COMPETENT: 'Basically competent',
    INCOMPETENT: 'Incompetent',
  },
  interviewKind: {
    HEART_TO_HEART: 'Heart-to-heart talk',
    FIELD_VISIT: 'Field visit',
    DEMOCRATIC_APPRAISAL: 'Democratic appraisal',
    ADMONISHMENT: 'Admonishment',
  },
  trainingKind: { INTERNAL: 'Township course', EXTERNAL: 'External training' },
  benefitKind: {
    HEALTH_CHECKUP: 'Health check-up',
    PENSION_SUBSIDY: 'Pension subsidy',
    ACCIDENT_INSURANCE: 'Accident insurance',
  },
  warningSource: { COMMITTEE_REVIEW: 'Committee review', ADMONISHMENT_DUE: 'Admonishment due' },
  requestStatus: {
    RAISED: 'Raised',
    DISPATCHED: 'Dispatched',
    ACCEPTED: 'In hand',
    RESOLVED: 'Resolved',
    RATED: 'Rated',
  },
} satisfies { [Set in keyof typeof CODE_LABELS_ZH]: Record<keyof (typeof CODE_LABELS_ZH)[Set], string> };

export type CodeLabelSet = keyof typeof CODE_LABELS_ZH;
