/** The ledger's business dates are China dates: "today" is today in Beijing, whatever the browser's zone. */
const CHINA_TIME_ZONE = 'Asia/Shanghai';

const chinaDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: CHINA_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

const chinaDateTime = new Intl.DateTimeFormat('en-CA', {
  timeZone: CHINA_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Today in China, yyyy-mm-dd. */
export function todayInChina(now: Date = new Date()): string {
  return chinaDate.format(now);
}

export function currentYearInChina(now: Date = new Date()): number {
  return Number(todayInChina(now).slice(0, 4));
}

/** True for a yyyy-mm-dd after today in China: the server refuses such dates, so pickers disable them. */
export function isAfterToday(date: Date): boolean {
  return todayInChina(date) > todayInChina();
}

/** An ISO instant as China wall-clock time, "yyyy-mm-dd hh:mm". */
export function formatDateTime(iso: string): string {
  const parts = Object.fromEntries(chinaDateTime.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** "2026-11-26" → { year: '2026', month: '11', day: '26' }, for the report's "截至yyyy年mm月dd日" line. */
export function dateParts(date: string): { year: string; month: string; day: string } {
  const [year = '', month = '', day = ''] = date.split('-');
  return { year, month, day };
}
