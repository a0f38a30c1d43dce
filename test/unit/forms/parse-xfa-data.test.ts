import { describe, expect, it } from 'vitest';
import { parseXfaData } from '../../../forms/pdf/parse-xfa-data.js';

const datasets = (data: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?><xfa:datasets xmlns:xfa="http://www.xfa.org/schema/xfa-data/1.0/"><xfa:data>${data}</xfa:data><dd:dataDescription/></xfa:datasets>`;

describe('parseXfaData', () => {
  it('lists leaves by path, numbering repeated names', () => {
    const xml = datasets(
      '<form1><page1><Name>Amal</Name><Phone/><Row><Cell>1</Cell></Row><Row><Cell>2</Cell></Row></page1></form1>',
    );
    expect(parseXfaData(xml)).toEqual([
      { path: 'form1/page1/Name', value: 'Amal' },
      { path: 'form1/page1/Phone', value: '' },
      { path: 'form1/page1/Row/Cell', value: '1' },
      { path: 'form1/page1/Row[1]/Cell', value: '2' },
    ]);
  });

  it('decodes entities and CDATA, and keeps a raw ampersand as typed', () => {
    const xml = datasets(
      '<f><a>Tom &amp; Zoé &#233;&#xE9;</a><b>Smith & Sons</b><c><![CDATA[<b>&amp;</b>]]></c><d>&unknown;</d></f>',
    );
    expect(parseXfaData(xml).map((leaf) => leaf.value)).toEqual([
      'Tom & Zoé éé',
      'Smith & Sons',
      '<b>&amp;</b>',
      '&unknown;',
    ]);
  });

  it('survives stray closing tags, unclosed elements, attributes with ">" and comments', () => {
    const xml = datasets('<f><!-- a > b --><a note="x>y">1</a></zzz><b>2</f>');
    expect(parseXfaData(xml)).toEqual([
      { path: 'f/a', value: '1' },
      { path: 'f/b', value: '2' },
    ]);
  });

  it('bounds hostile nesting instead of overflowing', () => {
    const xml = datasets(`${'<a>'.repeat(100_000)}x`);
    expect(() => parseXfaData(xml)).not.toThrow();
  });

  it('returns nothing when there is no xfa:data', () => {
    expect(parseXfaData('<xdp:xdp><template/></xdp:xdp>')).toEqual([]);
  });
});
