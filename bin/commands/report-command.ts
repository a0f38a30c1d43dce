import { writeFile } from 'node:fs/promises';
import { calendarMonth, type ReportPeriod, rollingYear } from '../../functions/domain/reports/report-period.js';
import { type ReportData, readReportData } from '../../functions/reports/build-reports.js';
import { indicatorsAttachment, trackingAttachment } from '../../functions/reports/deliver-reports.js';
import { localStackOptionsFromEnvironment } from '../local-stack/local-stack-options.js';
import { useLocalPipeline } from '../local-stack/use-local-pipeline.js';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

async function reportData(period: (today: string) => ReportPeriod): Promise<ReportData> {
  const options = localStackOptionsFromEnvironment();
  return useLocalPipeline(options, (pipeline) =>
    readReportData(pipeline.dependencies.cases, { now: new Date(), timeZone: options.timeZone, period }),
  );
}

/** `jas report tracking OUT.xlsx`: ROC-O's spreadsheet from the local stack's cases, as mailed every Monday. */
export async function trackingReportCommand(outFile: string, flags: { json?: boolean }): Promise<void> {
  const data = await reportData(rollingYear);
  const { content } = await trackingAttachment(data);
  await writeFile(outFile, content);
  const open = data.rows.filter((row) => row.state !== 'ended' && row.state !== 'declined').length;
  console.log(
    flags.json
      ? JSON.stringify({ file: outFile, bytes: content.byteLength, asOf: data.today, cases: data.rows.length, open })
      : `Wrote ${outFile}: ${data.rows.length} case(s), ${open} open, as of ${data.today}; indicators ${data.period.from} to ${data.period.to} on the second sheet`,
  );
}

/**
 * `jas report indicators [OUT.pdf]`: the program's indicators (the last twelve months, or one
 * calendar month with `--month`), printed, and written as the one-page PDF when a file is named.
 */
export async function indicatorsReportCommand(
  outFile: string | undefined,
  flags: { json?: boolean; month?: string },
): Promise<void> {
  const { month } = flags;
  if (month !== undefined && !MONTH.test(month)) throw new Error(`--month must be YYYY-MM, not "${month}"`);
  const data = await reportData(month ? () => calendarMonth(month) : rollingYear);
  if (outFile) await writeFile(outFile, (await indicatorsAttachment(data)).content);
  if (flags.json) {
    console.log(
      JSON.stringify(
        { ...(outFile && { file: outFile }), indicators: data.indicators, sections: data.sections },
        null,
        2,
      ),
    );
    return;
  }
  console.log(`JAS indicators / Indicateurs PAC, ${data.period.from} – ${data.period.to}`);
  for (const section of data.sections) {
    console.log(`\n${section.title.en} / ${section.title.fr}`);
    console.log(`  (${section.howComputed.en})`);
    for (const line of section.lines) console.log(`  ${line.label.en.padEnd(34)} ${line.text}`);
  }
  if (outFile) console.log(`\nWrote ${outFile}`);
}
