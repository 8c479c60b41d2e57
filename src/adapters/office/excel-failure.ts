/**
 * A step Excel refused, with Excel's own error code ("InvalidOperationInCellEditMode",
 * "ApiNotFound", …): the pane names the step and what the code means, and the self-test shows the
 * code as it is, for the province's IT staff.
 */
export type ExcelStep = 'unprotect' | 'protect' | 'write' | 'print-setup';

export class ExcelFailure extends Error {
  constructor(
    readonly step: ExcelStep,
    readonly excelCode: string,
    readonly sheet?: string,
  ) {
    super(`Excel refused ${step}${sheet ? ` on "${sheet}"` : ''}: ${excelCode}`);
    this.name = 'ExcelFailure';
  }
}

export function isExcelFailure(e: unknown): e is ExcelFailure {
  return e instanceof ExcelFailure;
}

/** Excel's code of an error from a sync (OfficeExtension.Error has `code`); "Unknown" otherwise. */
export function excelCode(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code ? code : 'Unknown';
}
