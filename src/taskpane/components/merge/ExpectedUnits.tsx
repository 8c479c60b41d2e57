import { useEffect, useState } from 'react';
import { Field, Select, Textarea } from '@fluentui/react-components';
import { groupsFromColumn, unitsFromColumn } from '../../../domain/merge/expected-units';
import { vietnamUnits } from '../../../app/units';
import type { MapProvince } from '../../../domain/units/vietnam-map';
import type { Host } from '../../host/host';
import type { Texts } from '../../i18n';

/**
 * The units expected to send, typed (one a line, a tab and a group after a name) or taken from a
 * sheet of the workbook, which fills the list and leaves it editable. A failure listing or reading
 * the sheets is said, never left unhandled.
 */
export function ExpectedUnits(props: {
  host: Host;
  t: Texts;
  active: boolean;
  expected: string;
  setExpected: (text: string) => void;
  onError: (text: string) => void;
}) {
  const { host, t, active, expected, setExpected, onError } = props;
  const [sheets, setSheets] = useState<string[]>([]);
  const [provinces, setProvinces] = useState<readonly MapProvince[]>([]);
  // Listed when the tab is shown and when the picker is focused: no call to Excel while another tab is in use.
  const listSheets = async () => {
    try {
      setSheets(await (await host.port()).sheetNames());
    } catch (e) {
      onError(t.error(e));
    }
  };
  // The country's list is a file of its own (0.9 MB), fetched once, when the tab is first shown.
  const listProvinces = async () => {
    try {
      setProvinces((await vietnamUnits()).provinces);
    } catch (e) {
      onError(t.error(e));
    }
  };
  useEffect(() => {
    if (!active) return;
    void listSheets();
    if (!provinces.length) void listProvinces();
  }, [active]);
  const fromProvince = (code: string) => {
    const p = provinces.find((x) => x.code === code);
    if (p) setExpected(p.units.map((u) => u.name).join('\n'));
  };
  // A column of names, each unit's group (a tab away) from the column right of it.
  const fromSheet = async (name: string) => {
    if (!name) return;
    try {
      const values = (await (await host.port()).readSheet(name)).values;
      const units = unitsFromColumn(values);
      const groups = groupsFromColumn(values);
      setExpected(units.map((u) => (groups.has(u) ? `${u}\t${groups.get(u)}` : u)).join('\n'));
      if (!units.length) onError(t.mergeExpectedSheetEmpty(name));
    } catch (e) {
      onError(t.error(e));
    }
  };
  return (
    <>
      <Field label={t.mergeExpected} hint={t.mergeExpectedHint}>
        <Textarea value={expected} rows={3} onChange={(_, d) => setExpected(d.value)} />
      </Field>
      <Field label={t.mergeExpectedSheet}>
        <Select value="" onFocus={() => void listSheets()} onChange={(_, d) => void fromSheet(d.value)}>
          <option value="">{t.mergeExpectedSheetPick}</option>
          {sheets.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.mergeExpectedProvince}>
        <Select value="" onChange={(_, d) => fromProvince(d.value)}>
          <option value="">{t.mergeExpectedProvincePick}</option>
          {provinces.map((p) => (
            <option key={p.code} value={p.code}>
              {t.mergeExpectedProvinceOption(p.name, p.units.length)}
            </option>
          ))}
        </Select>
      </Field>
    </>
  );
}
