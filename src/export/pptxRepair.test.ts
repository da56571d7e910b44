import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { chartCacheCells, fillEmptyCells } from './pptxChartData';
import { repairChartXml, repairPptx, themeWithEastAsianFont } from './pptxRepair';

/** The shape pptxgenjs 4 writes for a 2D bar chart: a third axis id with no axis behind it. */
const BROKEN = `<c:barChart><c:barDir val="col"/><c:ser><c:val><c:numRef><c:numCache>
<c:pt idx="0"><c:v>5</c:v></c:pt><c:pt idx="1"><c:v></c:v></c:pt><c:pt idx="2"><c:v>7</c:v></c:pt>
</c:numCache></c:numRef></c:val></c:ser>
<c:axId val="2094734552"/><c:axId val="2094734553"/><c:axId val="2094734554"/></c:barChart>
<c:catAx><c:axId val="2094734552"/><c:crossAx val="2094734553"/></c:catAx>
<c:valAx><c:axId val="2094734553"/><c:crossAx val="2094734552"/></c:valAx>`;

describe('PPTX chart repair', () => {
  it('drops axis ids with no axis and empty points, and keeps everything else', () => {
    const fixed = repairChartXml(BROKEN);
    expect([...fixed.matchAll(/<c:axId val="(\d+)"\/>/g)].map((m) => m[1])).toEqual([
      '2094734552',
      '2094734553',
      '2094734552',
      '2094734553',
    ]);
    expect(fixed).not.toContain('<c:v></c:v>');
    expect(fixed).toContain('<c:pt idx="0"><c:v>5</c:v></c:pt>');
    expect(fixed).toContain('<c:pt idx="2"><c:v>7</c:v></c:pt>');
    expect(repairChartXml(fixed)).toBe(fixed);
  });

  it('repairs every chart part of a package and leaves the other parts alone', async () => {
    const zip = new JSZip();
    zip.file('ppt/charts/chart1.xml', BROKEN);
    zip.file('ppt/slides/slide1.xml', '<c:axId val="1"/>');
    const repaired = await JSZip.loadAsync(
      await repairPptx(await zip.generateAsync({ type: 'uint8array' })),
    );
    expect(await repaired.file('ppt/charts/chart1.xml')!.async('string')).toBe(
      repairChartXml(BROKEN),
    );
    expect(await repaired.file('ppt/slides/slide1.xml')!.async('string')).toBe('<c:axId val="1"/>');
  });
});

describe('chart workbook repair', () => {
  it('gives each empty cell the number the chart caches for it, or leaves it blank', () => {
    const chart = `<c:ser><c:val><c:numRef><c:f>Sheet1!$C$2:$C$4</c:f><c:numCache>
<c:formatCode>General</c:formatCode><c:ptCount val="3"/>
<c:pt idx="0"><c:v>0</c:v></c:pt><c:pt idx="2"><c:v>4</c:v></c:pt></c:numCache></c:numRef></c:val></c:ser>`;
    const cells = chartCacheCells(chart);
    expect([...cells]).toEqual([
      ['C2', '0'],
      ['C4', '4'],
    ]);
    const sheet =
      '<row r="2"><c r="C2"><v></v></c></row><row r="3"><c r="C3" s="1"><v></v></c></row>' +
      '<row r="4"><c r="C4"><v>4</v></c></row>';
    expect(fillEmptyCells(sheet, cells)).toBe(
      '<row r="2"><c r="C2"><v>0</v></c></row><row r="3"><c r="C3" s="1"/></row>' +
        '<row r="4"><c r="C4"><v>4</v></c></row>',
    );
  });

  it('names the East Asian font of the theme', () => {
    const theme =
      '<a:majorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:font script="Hans" typeface="等线 Light"/></a:majorFont>';
    expect(themeWithEastAsianFont(theme, 'Microsoft YaHei')).toBe(
      '<a:majorFont><a:latin typeface="Calibri"/><a:ea typeface="Microsoft YaHei"/><a:font script="Hans" typeface="Microsoft YaHei"/></a:majorFont>',
    );
  });
});
