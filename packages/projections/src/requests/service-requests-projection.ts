import type { RequestEvent } from '@cadre/domain';
import { defineProjection, sql } from '../define-projection.js';

type Data<T extends RequestEvent['type']> = Extract<RequestEvent, { type: T }>['data'];

/** 三单: each resident's request as it moves from raised to dispatched, accepted, resolved and rated. */
export const serviceRequestsProjection = defineProjection({
  name: 'service-requests',
  version: 1,
  tables: ['service_requests'],
  schema: `
    CREATE TABLE service_requests (
      request_id    TEXT PRIMARY KEY,
      seq           INTEGER NOT NULL UNIQUE,
      village_id    TEXT NOT NULL,
      description   TEXT NOT NULL,
      raised_by     TEXT NOT NULL,
      raised_on     TEXT NOT NULL,
      status        TEXT NOT NULL,
      cadre_id      TEXT,
      dispatched_on TEXT,
      accepted_on   TEXT,
      resolution    TEXT,
      resolved_on   TEXT,
      rating        INTEGER,
      comment       TEXT
    );
    CREATE INDEX service_requests_by_village ON service_requests (village_id, seq);
    CREATE INDEX service_requests_by_status ON service_requests (status, seq);
  `,
  handlers: {
    ServiceRequestRaised(db, d: Data<'ServiceRequestRaised'>, event) {
      sql(
        db,
        `INSERT INTO service_requests (request_id, seq, village_id, description, raised_by, raised_on, status)
         VALUES (?, ?, ?, ?, ?, ?, 'RAISED')`,
      ).run(d.requestId, Number(event.position), d.villageId, d.description, d.raisedBy, d.raisedOn);
    },
    ServiceRequestDispatched(db, d: Data<'ServiceRequestDispatched'>) {
      sql(
        db,
        `UPDATE service_requests SET status = 'DISPATCHED', cadre_id = ?, dispatched_on = ? WHERE request_id = ?`,
      ).run(d.cadreId, d.dispatchedOn, d.requestId);
    },
    ServiceRequestAccepted(db, d: Data<'ServiceRequestAccepted'>) {
      sql(db, `UPDATE service_requests SET status = 'ACCEPTED', accepted_on = ? WHERE request_id = ?`).run(
        d.acceptedOn,
        d.requestId,
      );
    },
    ServiceRequestResolved(db, d: Data<'ServiceRequestResolved'>) {
      sql(
        db,
        `UPDATE service_requests SET status = 'RESOLVED', resolution = ?, resolved_on = ? WHERE request_id = ?`,
      ).run(d.resolution, d.resolvedOn, d.requestId);
    },
    ServiceRequestRated(db, d: Data<'ServiceRequestRated'>) {
      sql(
        db,
        `UPDATE service_requests SET status = 'RATED', rating = ?, comment = ? WHERE request_id = ?`,
      ).run(d.rating, d.comment ?? null, d.requestId);
    },
  },
});
