import { defineCommand, domainEvent } from '../../aggregate.js';
import { ensureCadreRegistered } from '../cadre-rules.js';
import { cadreAggregate } from '../cadre-state.js';
import { appointmentFormPrepared } from './appointment-form-entries.js';
import { documentRules } from './document-rules.js';

export const prepareAppointmentFormInput = appointmentFormPrepared;

/** 填写任免审批表: the form's own entries, as of the day it is filled in; a later one replaces them. */
export const prepareAppointmentForm = defineCommand({
  name: 'PrepareAppointmentForm',
  occurredOn: 'preparedOn',
  input: prepareAppointmentFormInput,
  needs: { cadre: cadreAggregate },
  streamIds: (input) => ({ cadre: input.cadreId }),
  decide(input, { cadre }) {
    ensureCadreRegistered(cadre);
    const { cadreId: _cadreId, ...entries } = input;
    documentRules.ensure(
      JSON.stringify(entries) !== JSON.stringify(cadre.appointmentForm),
      'APPOINTMENT_FORM_UNCHANGED',
      'preparedOn',
    );
    return { cadre: [domainEvent('AppointmentFormPrepared', input)] };
  },
});
