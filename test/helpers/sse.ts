/** Parses a Server-Sent Events body into {event, data} records, as an EventSource would. */
export interface SseRecord {
  event: string;
  data: string;
}

export function parseSse(body: string): SseRecord[] {
  return body
    .split(/\r?\n\r?\n/)
    .filter((block) => block.trim())
    .map((block) => {
      let event = 'message';
      const data: string[] = [];
      for (const line of block.split(/\r?\n/)) {
        if (line.startsWith('event:')) event = line.slice(6).trim();
        else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
      }
      return { event, data: data.join('\n') };
    });
}

/** The parsed JSON of each event's data, in order. */
export function sseEvents(body: string): { event: string; data: unknown }[] {
  return parseSse(body).map((r) => ({ event: r.event, data: JSON.parse(r.data) as unknown }));
}
