import {
  atLeast,
  type CadreEventOf,
  type CadreEventType,
  type CadreProfile,
  type EducationLevel,
} from '@cadre/domain';
import { defineProjection, json, sql } from '../define-projection.js';

type Data<T extends CadreEventType> = CadreEventOf<T>['data'];

/** The columns a profile fills: the fields the roster filters and sorts on, and the whole profile. */
const PROFILE_COLUMNS = [
  'name',
  'gender',
  'ethnicity',
  'birth_date',
  'id_number',
  'phone',
  'political_status',
  'education_level',
  'profile',
] as const;

function profileColumns(profile: CadreProfile): Record<(typeof PROFILE_COLUMNS)[number], string | null> {
  return {
    name: profile.name,
    gender: profile.gender,
    ethnicity: profile.ethnicity,
    birth_date: profile.birthDate,
    id_number: profile.idNumber,
    phone: profile.phone ?? null,
    political_status: profile.politicalStatus,
    education_level: profile.educationLevel,
    profile: json(profile),
  };
}

/**
 * 一人一档 and 动态管理台账: one row per cadre (profile, reserve status, mentors, portrait) and the
 * rows of their posts, qualification reviews, education and annual assessments.
 */
export const cadresProjection = defineProjection({
  name: 'cadres',
  version: 1,
  tables: ['cadres', 'posts', 'qualification_reviews', 'education_records', 'assessments'],
  lookupIndexes: ['posts_by_cadre', 'education_by_cadre'],
  schema: `
    CREATE TABLE cadres (
      cadre_id            TEXT PRIMARY KEY,
      seq                 INTEGER NOT NULL UNIQUE,
      name                TEXT NOT NULL,
      gender              TEXT NOT NULL,
      ethnicity           TEXT NOT NULL,
      birth_date          TEXT NOT NULL,
      id_number           TEXT NOT NULL,
      phone               TEXT,
      political_status    TEXT NOT NULL,
      education_level     TEXT NOT NULL,
      profile             TEXT NOT NULL,
      village_id          TEXT,
      registered_at       TEXT NOT NULL,
      reserve_village_id  TEXT,
      reserve_source      TEXT,
      reserve_tier        INTEGER,
      reserve_enlisted_on TEXT,
      mentors             TEXT,
      portrait            TEXT,
      updated_position    INTEGER NOT NULL
    );
    CREATE INDEX cadres_by_village ON cadres (village_id, seq);
    CREATE INDEX cadres_by_reserve_village ON cadres (reserve_village_id, seq);
    CREATE INDEX cadres_by_name ON cadres (name, seq);
    CREATE TABLE posts (
      id             INTEGER PRIMARY KEY,
      cadre_id       TEXT NOT NULL,
      village_id     TEXT NOT NULL,
      committee      TEXT NOT NULL,
      position       TEXT NOT NULL,
      method         TEXT NOT NULL,
      appointed_on   TEXT NOT NULL,
      review_id      TEXT,
      left_on        TEXT,
      leaving_reason TEXT
    );
    CREATE INDEX posts_by_cadre ON posts (cadre_id, appointed_on);
    CREATE INDEX posts_current ON posts (village_id, left_on);
    CREATE TABLE qualification_reviews (
      review_id    TEXT PRIMARY KEY,
      cadre_id     TEXT NOT NULL,
      village_id   TEXT NOT NULL,
      committee    TEXT NOT NULL,
      position     TEXT NOT NULL,
      departments  TEXT NOT NULL,
      verdicts     TEXT NOT NULL DEFAULT '[]',
      outcome      TEXT,
      opened_on    TEXT NOT NULL,
      concluded_on TEXT
    );
    CREATE INDEX reviews_by_cadre ON qualification_reviews (cadre_id, opened_on);
    CREATE TABLE education_records (
      id           INTEGER PRIMARY KEY,
      cadre_id     TEXT NOT NULL,
      programme    TEXT NOT NULL,
      school       TEXT NOT NULL,
      level        TEXT NOT NULL,
      enrolled_on  TEXT,
      completed_on TEXT,
      degree       TEXT
    );
    CREATE INDEX education_by_cadre ON education_records (cadre_id);
    CREATE TABLE assessments (
      cadre_id TEXT NOT NULL,
      year     INTEGER NOT NULL,
      score    REAL NOT NULL,
      grade    TEXT NOT NULL,
      bonus    REAL NOT NULL,
      PRIMARY KEY (cadre_id, year)
    );
  `,
  handlers: {
    CadreRegistered(db, { cadreId, profile }: Data<'CadreRegistered'>, event) {
      sql(
        db,
        `INSERT INTO cadres (cadre_id, seq, ${PROFILE_COLUMNS.join(', ')}, registered_at, updated_position)
         VALUES (@cadre_id, @seq, ${PROFILE_COLUMNS.map((column) => `@${column}`).join(', ')}, @registered_at, @seq)`,
      ).run({
        cadre_id: cadreId,
        seq: Number(event.position),
        ...profileColumns(profile),
        registered_at: event.metadata.occurredAt,
      });
    },
    CadreProfileCorrected(db, { cadreId, changes }: Data<'CadreProfileCorrected'>, event) {
      const row = sql(db, 'SELECT profile FROM cadres WHERE cadre_id = ?').get(cadreId) as {
        profile: string;
      };
      sql(
        db,
        `UPDATE cadres SET ${PROFILE_COLUMNS.map((column) => `${column} = @${column}`).join(', ')},
           updated_position = @updated_position WHERE cadre_id = @cadre_id`,
      ).run({
        ...profileColumns({ ...JSON.parse(row.profile), ...changes }),
        updated_position: Number(event.position),
        cadre_id: cadreId,
      });
    },
    ReserveCadreEnlisted(db, d: Data<'ReserveCadreEnlisted'>) {
      sql(
        db,
        'UPDATE cadres SET reserve_village_id = ?, reserve_source = ?, reserve_tier = ?, reserve_enlisted_on = ? WHERE cadre_id = ?',
      ).run(d.villageId, d.source, d.tier, d.enlistedOn, d.cadreId);
    },
    ReserveTierChanged(db, d: Data<'ReserveTierChanged'>) {
      sql(db, 'UPDATE cadres SET reserve_tier = ? WHERE cadre_id = ?').run(d.to, d.cadreId);
    },
    MentorsAssigned(db, { cadreId, ...mentors }: Data<'MentorsAssigned'>) {
      sql(db, 'UPDATE cadres SET mentors = ? WHERE cadre_id = ?').run(json(mentors), cadreId);
    },
    PoliticalPortraitUpdated(db, { cadreId, ...portrait }: Data<'PoliticalPortraitUpdated'>) {
      sql(db, 'UPDATE cadres SET portrait = ? WHERE cadre_id = ?').run(json(portrait), cadreId);
    },
    QualificationReviewOpened(db, d: Data<'QualificationReviewOpened'>) {
      sql(
        db,
        `INSERT INTO qualification_reviews (review_id, cadre_id, village_id, committee, position, departments, opened_on)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ).run(d.reviewId, d.cadreId, d.villageId, d.committee, d.position, json(d.departments), d.openedOn);
    },
    DepartmentVerdictRecorded(db, { cadreId: _, reviewId, ...verdict }: Data<'DepartmentVerdictRecorded'>) {
      const row = sql(db, 'SELECT verdicts FROM qualification_reviews WHERE review_id = ?').get(reviewId) as {
        verdicts: string;
      };
      sql(db, 'UPDATE qualification_reviews SET verdicts = ? WHERE review_id = ?').run(
        json([...JSON.parse(row.verdicts), verdict]),
        reviewId,
      );
    },
    QualificationReviewConcluded(db, d: Data<'QualificationReviewConcluded'>) {
      sql(db, 'UPDATE qualification_reviews SET outcome = ?, concluded_on = ? WHERE review_id = ?').run(
        d.outcome,
        d.concludedOn,
        d.reviewId,
      );
    },
    CadreAppointed(db, d: Data<'CadreAppointed'>) {
      sql(
        db,
        `INSERT INTO posts (cadre_id, village_id, committee, position, method, appointed_on, review_id)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        d.cadreId,
        d.villageId,
        d.committee,
        d.position,
        d.method,
        d.appointedOn,
        d.qualificationReviewId ?? null,
      );
      sql(db, 'UPDATE cadres SET village_id = ? WHERE cadre_id = ?').run(d.villageId, d.cadreId);
    },
    CadreLeftPost(db, d: Data<'CadreLeftPost'>) {
      sql(
        db,
        `UPDATE posts SET left_on = ?, leaving_reason = ?
         WHERE cadre_id = ? AND village_id = ? AND committee = ? AND position = ? AND left_on IS NULL`,
      ).run(d.leftOn, d.reason, d.cadreId, d.villageId, d.committee, d.position);
    },
    EducationEnrolled(db, d: Data<'EducationEnrolled'>) {
      sql(
        db,
        'INSERT INTO education_records (cadre_id, programme, school, level, enrolled_on) VALUES (?, ?, ?, ?, ?)',
      ).run(d.cadreId, d.programme, d.school, d.level, d.enrolledOn);
    },
    EducationCompleted(db, d: Data<'EducationCompleted'>) {
      const updated = sql(
        db,
        `UPDATE education_records SET completed_on = ?, degree = ?
         WHERE cadre_id = ? AND programme = ? AND school = ? AND completed_on IS NULL`,
      ).run(d.completedOn, d.degree ?? null, d.cadreId, d.programme, d.school);
      if (updated.changes === 0) {
        sql(
          db,
          'INSERT INTO education_records (cadre_id, programme, school, level, completed_on, degree) VALUES (?, ?, ?, ?, ?, ?)',
        ).run(d.cadreId, d.programme, d.school, d.level, d.completedOn, d.degree ?? null);
      }
      const row = sql(db, 'SELECT education_level, profile FROM cadres WHERE cadre_id = ?').get(
        d.cadreId,
      ) as {
        education_level: EducationLevel;
        profile: string;
      };
      if (!atLeast(row.education_level, d.level)) {
        sql(db, 'UPDATE cadres SET education_level = ?, profile = ? WHERE cadre_id = ?').run(
          d.level,
          json({ ...JSON.parse(row.profile), educationLevel: d.level }),
          d.cadreId,
        );
      }
    },
    AnnualAssessmentRecorded(db, d: Data<'AnnualAssessmentRecorded'>) {
      sql(db, 'INSERT INTO assessments (cadre_id, year, score, grade, bonus) VALUES (?, ?, ?, ?, ?)').run(
        d.cadreId,
        d.year,
        d.score,
        d.grade,
        d.bonus,
      );
    },
  },
});
