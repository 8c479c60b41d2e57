import { useState } from 'react';
import { Button, MessageBar, MessageBarBody, Text, Textarea } from '@fluentui/react-components';
import { builtInCatalogue } from '../../domain/catalogue/catalogue';
import { selfTest, type SelfTestResult } from '../../app/self-test';
import { excelCode, isExcelFailure } from '../../adapters/office/excel-failure';
import { ADDIN_VERSION } from '../version';
import type { Host } from '../host/host';
import type { Texts } from '../i18n';

/** A step's failure as IT staff need it: Excel's own error code, or the kind of error otherwise. */
function failureCode(e: unknown): string {
  if (isExcelFailure(e)) return e.excelCode;
  const code = excelCode(e);
  return code !== 'Unknown' ? code : e instanceof Error ? e.name : 'Unknown';
}

/**
 * "Tự kiểm tra": runs the self-test on scratch sheets of the open workbook and shows where it ran
 * and how each step went, as a table and as text to copy and send back.
 */
export function SelfTestPanel({ host, t }: { host: Host; t: Texts }) {
  const [results, setResults] = useState<SelfTestResult[]>();
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string>();
  const [copied, setCopied] = useState(false);
  const facts = host.about();
  const run = async () => {
    setRunning(true);
    setError(undefined);
    setCopied(false);
    const seen: SelfTestResult[] = [];
    setResults([]);
    try {
      await selfTest(await host.port(), builtInCatalogue(), (r) => {
        seen.push(r);
        setResults([...seen]);
      });
    } catch (e) {
      setError(t.error(e));
    } finally {
      setRunning(false);
    }
  };
  const line = (r: SelfTestResult) =>
    `${t.selfTestStep[r.step]}\t${r.ok ? 'OK' : t.selfTestFailed}\t${r.ms} ms${r.found ? `\t${r.found}` : ''}${r.error !== undefined ? `\t${failureCode(r.error)}: ${r.error instanceof Error ? r.error.message : JSON.stringify(r.error)}` : ''}`;
  const report = results
    ? [
        `Báo cáo CCHC ${ADDIN_VERSION}`,
        `${t.selfTestHost}: ${facts.host} ${facts.platform} ${facts.version}`.trim(),
        `ExcelApi: ${facts.excelApi || '–'}`,
        ...results.map(line),
      ].join('\n')
    : '';
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(report);
      setCopied(true);
    } catch {
      // Clipboard refused (many webviews): the text stays selected in the box for Ctrl+C.
      (document.getElementById('self-test-report') as HTMLTextAreaElement | null)?.select();
    }
  };
  return (
    <section style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      <Text size={200}>{t.selfTestHint}</Text>
      <Button onClick={() => void run()} disabled={running}>
        {running ? t.selfTestRunning : t.selfTest}
      </Button>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {results && (
        <>
          <table className="self-test" style={{ borderCollapse: 'collapse', fontSize: 12 }}>
            <tbody>
              <tr>
                <th style={{ textAlign: 'left' }}>{t.selfTestHost}</th>
                <td>{`${facts.host} ${facts.platform} ${facts.version}`.trim()}</td>
              </tr>
              <tr>
                <th style={{ textAlign: 'left' }}>ExcelApi</th>
                <td>{facts.excelApi || '–'}</td>
              </tr>
              {results.map((r) => (
                <tr key={r.step} data-step={r.step} data-ok={r.ok}>
                  <th style={{ textAlign: 'left' }}>{t.selfTestStep[r.step]}</th>
                  <td style={{ color: r.ok ? '#0e700e' : '#b10e1c', overflowWrap: 'anywhere' }}>
                    {r.ok ? `✓ ${r.ms} ms` : `✗ ${r.found ?? ''}${r.error !== undefined ? ` ${failureCode(r.error)}` : ''}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {!running && (
            <>
              <Textarea id="self-test-report" readOnly value={report} resize="vertical" />
              <Button onClick={() => void copy()}>{copied ? t.selfTestCopied : t.selfTestCopy}</Button>
            </>
          )}
        </>
      )}
    </section>
  );
}
