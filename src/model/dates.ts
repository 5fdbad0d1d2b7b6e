/**
 * Calendar dates as the dataset writes them: "YYYY-MM-DD" (proleptic Gregorian). Such
 * strings compare correctly as text, so ordering needs no parsing; only a day's existence
 * (2023-02-30, 2023-13-01) does.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True for "YYYY-MM-DD" strings naming a day that exists. */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Why `text` is not a date, or undefined when it is one. */
export function dateProblem(text: string): string | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return `'${text}' is not a date written YYYY-MM-DD`;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12) return `'${text}' is not a date: there is no month ${month}`;
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return `'${text}' is not a date: month ${month} of ${year} has ${days} days`;
  return undefined;
}
