/** The township's calendar: when reviews and requests are overdue, the age lines, the term reminders. */
export interface CalendarSettings {
  reviewOpenTooLongDays: number;
  serviceRequestUnresolvedDays: number;
  reserveCadreAgeThreshold: number;
  committeeMemberAgeThreshold: number;
  termReminderMonths: number[];
}
