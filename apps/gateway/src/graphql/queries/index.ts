import { calendarResolvers } from '../../calendar/calendar-resolvers.js';
import { appointmentFormResolvers } from '../../documents/appointment-form/form-resolvers.js';
import { auditQueries } from './audit-queries.js';
import { boardsAQueries } from './boards-a-queries.js';
import { boardsBQueries } from './boards-b-queries.js';
import { cadreQueries } from './cadre-queries.js';
import { electionQueries } from './election-queries.js';
import { statisticsQueries } from './statistics-queries.js';
import { townQueries } from './town-queries.js';

/** Every read: the read models, the statistics and the auditors' history. */
export const queryResolvers = [
  calendarResolvers,
  cadreQueries,
  townQueries,
  auditQueries,
  statisticsQueries,
  boardsBQueries,
  boardsAQueries,
  appointmentFormResolvers,
  electionQueries,
];
