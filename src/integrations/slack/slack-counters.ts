/** In-process counters of Slack traffic and feedback, for the service's metrics endpoint to expose. */

export const slackCounters = {
  commands: 0,
  events: 0,
  /** Events Slack re-sent that were already being answered. */
  duplicateEvents: 0,
  rejectedSignatures: 0,
  answers: 0,
  failures: 0,
  feedbackUp: 0,
  feedbackDown: 0,
  shares: 0,
};

/** A copy, so a reader cannot change the live numbers. */
export function slackCounterSnapshot(): Readonly<typeof slackCounters> {
  return { ...slackCounters };
}
