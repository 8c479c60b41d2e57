import { PartEdit, portableCodec, type ZipCodec } from './zip-repack';
import { xmlText } from './xml-text';
import { InternalError } from '../../domain/errors';
import { colLetter, type CellValue, type ChartPlan, type SheetPlan } from '../../domain/sheet/plan';

/**
 * exceljs writes no charts, so the charts of a plan are added to the .xlsx it wrote: per sheet
 * one drawing part anchoring the charts, one DrawingML chart part per chart, their relationships
 * and content types. Each chart refers to the sheet's own cells and carries their values as its
 * cache, so Excel and LibreOffice show it before any recalculation.
 */
export function addCharts(xlsx: Uint8Array, sheets: { name: string; plan: SheetPlan }[], codec: ZipCodec = portableCodec): Uint8Array {
  const workbook = new PartEdit(xlsx, codec);
  drawCharts(workbook, sheets);
  return workbook.bytes();
}

/** The charts of the plans added to a workbook being changed (see addCharts). */
export function drawCharts(workbook: PartEdit, sheets: { name: string; plan: SheetPlan }[]): void {
  const drawn = sheets.filter((s) => s.plan.charts?.length);
  if (!drawn.length) return;
  const parts = sheetParts(workbook.text('xl/workbook.xml'), workbook.text('xl/_rels/workbook.xml.rels'));
  let types = workbook.text('[Content_Types].xml');
  const names = workbook.names();
  let drawing = nextNumber(names, /^xl\/drawings\/drawing(\d+)\.xml$/);
  let chart = nextNumber(names, /^xl\/charts\/chart(\d+)\.xml$/);
  for (const { name, plan } of drawn) {
    const sheetPath = parts.get(name) ?? fail(`no sheet part for "${name}"`);
    const relsPath = sheetPath.replace(/([^/]+)$/, '_rels/$1.rels');
    const rels = workbook.has(relsPath) ? workbook.text(relsPath) : EMPTY_RELS;
    const rid = `rId${nextRelId(rels)}`;
    workbook.set(
      relsPath,
      rels.replace(
        '</Relationships>',
        `<Relationship Id="${rid}" Type="${REL}/drawing" Target="../drawings/drawing${drawing}.xml"/></Relationships>`,
      ),
    );
    workbook.set(sheetPath, withDrawing(workbook.text(sheetPath), rid));
    const anchors: string[] = [];
    const drawingRels: string[] = [];
    plan.charts!.forEach((c, i) => {
      workbook.set(`xl/charts/chart${chart}.xml`, chartXml(c, name, plan));
      drawingRels.push(`<Relationship Id="rId${i + 1}" Type="${REL}/chart" Target="../charts/chart${chart}.xml"/>`);
      anchors.push(anchorXml(c, i + 1, `rId${i + 1}`));
      types = withOverride(types, `/xl/charts/chart${chart}.xml`, 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml');
      chart++;
    });
    workbook.set(
      `xl/drawings/drawing${drawing}.xml`,
      `${XML_HEAD}<xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}">${anchors.join('')}</xdr:wsDr>`,
    );
    workbook.set(
      `xl/drawings/_rels/drawing${drawing}.xml.rels`,
      EMPTY_RELS.replace('</Relationships>', `${drawingRels.join('')}</Relationships>`),
    );
    types = withOverride(types, `/xl/drawings/drawing${drawing}.xml`, 'application/vnd.openxmlformats-officedocument.drawing+xml');
    drawing++;
  }
  workbook.set('[Content_Types].xml', types);
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const EMPTY_RELS = `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
/** The bars' colour, and the font of the forms. */
const BAR_FILL = '2E75B6';
const CHART_FONT = 'Times New Roman';

function fail(why: string): never {
  throw new InternalError(`chart parts: ${why}`);
}

const unescapeXml = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const attr = (tag: string, name: string) => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? unescapeXml(m[1]) : undefined;
};

/** Each sheet's part in the package, by sheet name, in the workbook's order. */
export function sheetParts(workbook: string, rels: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const [tag] of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(tag, 'Id');
    const target = attr(tag, 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const parts = new Map<string, string>();
  for (const [tag] of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = attr(tag, 'name');
    const target = targets.get(attr(tag, 'r:id') ?? '');
    if (name !== undefined && target) parts.set(name, target);
  }
  return parts;
}

function nextNumber(names: readonly string[], pattern: RegExp): number {
  return Math.max(0, ...names.map((p) => Number(pattern.exec(p)?.[1] ?? 0))) + 1;
}

/** A relationship id not yet taken in the part's relationships: the sheet's own continue their numbering. */
function nextRelId(rels: string): number {
  return Math.max(0, ...[...rels.matchAll(/\sId="rId(\d+)"/g)].map((m) => Number(m[1]))) + 1;
}

/** Elements the schema puts after `<drawing>` in a worksheet; it goes before the first present. */
const AFTER_DRAWING = [
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

function withDrawing(sheet: string, rid: string): string {
  if (/<drawing\b/.test(sheet)) fail('the sheet has a drawing already');
  const element = `<drawing r:id="${rid}"/>`;
  const declared = /<worksheet\b[^>]*\sxmlns:r="/.test(sheet) ? sheet : sheet.replace(/<worksheet\b/, `<worksheet xmlns:r="${REL}"`);
  const at = AFTER_DRAWING.map((e) => declared.search(new RegExp(`<${e}[\\s/>]`))).filter((i) => i >= 0);
  const i = at.length ? Math.min(...at) : declared.lastIndexOf('</worksheet>');
  if (i < 0) fail('the sheet part has no end');
  return `${declared.slice(0, i)}${element}${declared.slice(i)}`;
}

function withOverride(types: string, part: string, type: string): string {
  return types.replace('</Types>', `<Override PartName="${part}" ContentType="${type}"/></Types>`);
}

function anchorXml(c: ChartPlan, id: number, rid: string): string {
  const corner = (tag: string, col: number, row: number) =>
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    `<xdr:twoCellAnchor editAs="oneCell">${corner('from', c.at.left - 1, c.at.top - 1)}${corner('to', c.at.right, c.at.bottom)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id + 1}" name="${xmlText(c.title.slice(0, 200))}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${C}"><c:chart xmlns:c="${C}" xmlns:r="${REL}" r:id="${rid}"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

/** A text run's properties: the forms' font at a size in points. */
const runProps = (size: number, bold = false) =>
  `<a:defRPr sz="${size * 100}" b="${bold ? 1 : 0}"><a:latin typeface="${CHART_FONT}"/><a:cs typeface="${CHART_FONT}"/></a:defRPr>`;
const textProps = (size: number) =>
  `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${runProps(size)}</a:pPr><a:endParaRPr lang="vi-VN"/></a:p></c:txPr>`;

function chartXml(c: ChartPlan, sheet: string, plan: SheetPlan): string {
  const at = new Map<string, CellValue | undefined>(plan.cells.map((p) => [`${p.row},${p.col}`, p.value]));
  const rows = Array.from({ length: c.rows.last - c.rows.first + 1 }, (_, i) => c.rows.first + i);
  const ref = (col: number) => {
    const letter = colLetter(col);
    return xmlText(`'${sheet.replace(/'/g, "''")}'!$${letter}$${c.rows.first}:$${letter}$${c.rows.last}`);
  };
  const labels = rows.map((r, i) => `<c:pt idx="${i}"><c:v>${xmlText(String(at.get(`${r},${c.labelCol}`) ?? ''))}</c:v></c:pt>`);
  const values = rows.flatMap((r, i) => {
    const v = at.get(`${r},${c.valueCol}`);
    return typeof v === 'number' ? [`<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`] : [];
  });
  const format = c.percent ? '0%' : '#,##0';
  const noLine = '<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>';
  return (
    `${XML_HEAD}<c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${REL}"><c:roundedCorners val="0"/><c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${runProps(12, true)}</a:pPr><a:r><a:rPr lang="vi-VN" sz="1200" b="1"/><a:t>${xmlText(c.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    `<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>${xmlText(c.series)}</c:v></c:tx>` +
    `<c:spPr><a:solidFill><a:srgbClr val="${BAR_FILL}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>` +
    `<c:dLbls><c:numFmt formatCode="${format}" sourceLinked="0"/>${noLine}${textProps(9)}<c:dLblPos val="outEnd"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>` +
    `<c:cat><c:strRef><c:f>${ref(c.labelCol)}</c:f><c:strCache><c:ptCount val="${rows.length}"/>${labels.join('')}</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${ref(c.valueCol)}</c:f><c:numCache><c:formatCode>${format}</c:formatCode><c:ptCount val="${rows.length}"/>${values.join('')}</c:numCache></c:numRef></c:val>` +
    `</c:ser><c:gapWidth val="40"/><c:axId val="10"/><c:axId val="20"/></c:barChart>` +
    // The first row's bar at the top: categories run from the maximum down.
    `<c:catAx><c:axId val="10"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>` +
    `<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${textProps(9)}` +
    `<c:crossAx val="20"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:tickLblSkip val="1"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    // The values are written on the bars; their axis is not shown.
    `<c:valAx><c:axId val="20"/><c:scaling><c:orientation val="minMax"/>${c.percent ? '<c:max val="1"/><c:min val="0"/>' : '<c:min val="0"/>'}</c:scaling>` +
    `<c:delete val="1"/><c:axPos val="b"/><c:numFmt formatCode="${format}" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="10"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>${textProps(10)}</c:chartSpace>`
  );
}
