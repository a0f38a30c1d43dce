// One Lambda cold start, as near as a laptop gets: a fresh Node process imports the handler module
// and handles one event (or, with no event, only imports it). Plain JavaScript, so that nothing
// but Node and the module under test is loaded: a TypeScript loader here would be timed too.
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
// maxRSS is in kilobytes: the high-water mark of the whole process, import and event together.
const peakRssBytes = process.resourceUsage().maxRSS * 1024;
// Where the memory is once the event is done: V8 heap, buffers outside it, or code and the rest.
const memoryAfterEvent = process.memoryUsage();
// The SDK keeps its sockets open, as it should in Lambda: exit once the bench has the figures.
process.send({ bootMs, importMs, handleMs, rssAfterImportBytes, peakRssBytes, memoryAfterEvent, outcome }, () => process.exit(0));
