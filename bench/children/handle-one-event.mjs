// One Lambda cold start, as near as a laptop gets: a fresh Node process imports the handler module
// and handles one event (or, with no event, only imports it). Plain JavaScript, so that nothing
// but Node and the module under test is loaded: a TypeScript loader here would be timed too.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

// Milliseconds since this process started: Node's own boot, before any of our code.
const bootMs = performance.now();
const [modulePath, eventJson] = process.argv.slice(2);
const importStarted = performance.now();
const { handler } = await import(pathToFileURL(modulePath).href);
const importMs = performance.now() - importStarted;
const rssAfterImportBytes = process.memoryUsage.rss();
let handleMs;
let outcome;
if (eventJson) {
  const handleStarted = performance.now();
  [outcome] = await handler(JSON.parse(eventJson));
  handleMs = performance.now() - handleStarted;
}
// The high-water mark of this address space, import and event together. Not getrusage's maxRSS:
// Linux carries it over exec from the forked copy of the parent, so a child would report the
// bench's own peak. VmHWM belongs to the new image alone; other systems fall back to maxRSS.
const peakRssBytes = vmHighWaterMarkBytes() ?? process.resourceUsage().maxRSS * 1024;
// Where the memory is once the event is done: V8 heap, buffers outside it, or code and the rest.
const memoryAfterEvent = process.memoryUsage();
// The SDK keeps its sockets open, as it should in Lambda: exit once the bench has the figures.
process.send({ bootMs, importMs, handleMs, rssAfterImportBytes, peakRssBytes, memoryAfterEvent, outcome }, () =>
  process.exit(0),
);

function vmHighWaterMarkBytes() {
  try {
    const kilobytes = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    return kilobytes === undefined ? undefined : Number(kilobytes) * 1024;
  } catch {
    return undefined;
  }
}
