const DAY = 86_400_000;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY;
const dateOf = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

/**
 * The report's "this year" (今年) fitted into [1 January, today]. The scenario dates this year's
 * activities as if the year were complete (nominal dates); each nominal day of the year maps
 * monotonically into the days elapsed so far, so the order of events is kept, every activity falls in
 * the current year, and none lies after today. On 31 December the nominal dates are the dates.
 * Earlier years are history and keep their dates.
 */
export class ReportCalendar {
  /** The current year, that of `today`. */
  readonly year: number;
  private readonly firstDay: number;
  private readonly lastDay: number;
  private readonly today: number;

  constructor(today: string) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || dateOf(dayNumber(today)) !== today)
      throw new Error(`today must be a date (yyyy-mm-dd), not ${today}`);
    this.year = Number(today.slice(0, 4));
    this.firstDay = dayNumber(`${this.year}-01-01`);
    this.lastDay = dayNumber(`${this.year}-12-31`);
    this.today = dayNumber(today);
  }

  /** The date a nominal date (yyyy-mm-dd) is entered on: this year's fitted before today, earlier ones as they are. */
  on(nominal: string): string {
    const day = dayNumber(nominal);
    if (Number.isNaN(day) || day > this.lastDay) throw new Error(`not a date up to this year: ${nominal}`);
    if (day < this.firstDay) return nominal;
    const elapsed = this.today - this.firstDay;
    return dateOf(
      this.firstDay + Math.floor(((day - this.firstDay) * elapsed) / (this.lastDay - this.firstDay)),
    );
  }

  /** This year's date for a nominal month and day (mm-dd). */
  thisYear(monthDay: string): string {
    return this.on(`${this.year}-${monthDay}`);
  }
}
