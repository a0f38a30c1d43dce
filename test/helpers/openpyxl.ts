import { spawnSync } from 'node:child_process';

/**
 * A Python that has openpyxl (Debian's python3-openpyxl, which .ci/run installs), or undefined:
 * a second, independent reader of the spreadsheets the pipeline writes.
 */
export function pythonWithOpenpyxl(): string | undefined {
  return ['python3', '/usr/bin/python3'].find(
    (python) => spawnSync(python, ['-c', 'import openpyxl'], { stdio: 'ignore' }).status === 0,
  );
}

/** Every sheet of a workbook as openpyxl reads it: its cell values (dates as ISO text), frozen panes and filter. */
export function readWithOpenpyxl(
  python: string,
  file: string,
): Record<
  string,
  { rows: (string | number | null)[][]; freeze: string | null; filter: string | null; dateCells: number }
> {
  const script = `
import json, sys, datetime, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
out = {}
for sheet in book.worksheets:
    rows, dates = [], 0
    for row in sheet.iter_rows(values_only=True):
        cells = []
        for value in row:
            if isinstance(value, datetime.datetime):
                dates += 1
                cells.append(value.date().isoformat())
            else:
                cells.append(value)
        rows.append(cells)
    out[sheet.title] = {"rows": rows, "freeze": sheet.freeze_panes, "filter": sheet.auto_filter.ref, "dateCells": dates}
print(json.dumps(out))
`;
  const result = spawnSync(python, ['-c', script, file], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`openpyxl could not read ${file}: ${result.stderr}`);
  return JSON.parse(result.stdout);
}
