/**
 * Dates: every date must name a real day (the schema only checks the YYYY-MM-DD shape),
 * and a period must not end before it starts.
 */
import { dateProblem } from "../dates";
import { eachItem, type Check, type CheckContext } from "./context";

const SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** Reports a date that has the right shape but names no day (the schema reports bad shapes). */
function checkDay(context: CheckContext, date: string | undefined, path: string): boolean {
  if (date === undefined || !SHAPE.test(date)) return false;
  const problem = dateProblem(date);
  if (problem) context.report("bad-date", path, problem);
  return problem === undefined;
}

/** Reports `message` when both dates are known and `later` comes before `earlier`. */
function checkOrder(context: CheckContext, earlier: string | undefined, later: string | undefined, path: string, message: string): void {
  if (earlier !== undefined && later !== undefined && earlier > later) context.report("bad-period", path, message);
}

export const checkDates: Check = (context) => {
  const { meta } = context.parts;
  if (meta) {
    const start = checkDay(context, meta.period.start, "/meta/period/start");
    const end = checkDay(context, meta.period.end, "/meta/period/end");
    if (start && end)
      checkOrder(context, meta.period.start, meta.period.end, "/meta/period/end", `the period ends (${meta.period.end}) before it starts (${meta.period.start})`);
    checkDay(context, meta.updated, "/meta/updated");
  }
  eachItem(context.parts.sources, "sources", (source, path) => checkDay(context, source.date, `${path}/date`));
  eachItem(context.parts.events, "events", (event, path) => checkDay(context, event.date, `${path}/date`));
  eachItem(context.parts.interventions, "interventions", (intervention, path) => {
    const announced = checkDay(context, intervention.announced, `${path}/announced`) ? intervention.announced : undefined;
    const effective = checkDay(context, intervention.effective, `${path}/effective`) ? intervention.effective : undefined;
    const ended = checkDay(context, intervention.ended, `${path}/ended`) ? intervention.ended : undefined;
    const id = intervention.id;
    checkOrder(context, effective, ended, `${path}/ended`, `'${id}' ends (${ended}) before it takes effect (${effective})`);
    if (effective === undefined) checkOrder(context, announced, ended, `${path}/ended`, `'${id}' ends (${ended}) before it is announced (${announced})`);
  });
};
