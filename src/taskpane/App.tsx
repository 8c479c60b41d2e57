import { useEffect, useState } from 'react';
import { Button, FluentProvider, MessageBar, MessageBarBody, Tab, TabList, Text, webLightTheme } from '@fluentui/react-components';
import type { Host } from './host/host';
import type { WebHost } from './host/web-host';
import { TEXTS, type Lang } from './i18n';
import { CheckPanel } from './components/CheckPanel';
import { ComputePanel } from './components/ComputePanel';
import { InsertPanel } from './components/InsertPanel';
import { MergePanel } from './components/MergePanel';
import { TargetsPanel } from './components/TargetsPanel';
import { WebFileBar } from './components/WebFileBar';
import { SelfTestPanel } from './components/SelfTestPanel';
import { usePaneStyles } from './components/layout';
import { ADDIN_VERSION, deployedVersion, isNewer } from './version';
import { zodSpeaks } from '../adapters/zod-words';
import { keepLang, type TabName } from './start-options';

/** Where the pane runs (or why it cannot) and the language it starts in. */
export interface Start {
  host: Host | 'unsupported' | 'office-js-missing';
  lang: Lang;
}

export function App({ host, lang: startLang, tab: startTab = 'insert' }: Start & { tab?: TabName }) {
  const styles = usePaneStyles();
  const [lang, setLang] = useState<Lang>(startLang);
  // A rules file's faults that zod words itself are said in the page's language.
  useEffect(() => zodSpeaks(lang), [lang]);
  const [tab, setTab] = useState<string>(startTab);
  const [revision, setRevision] = useState(0);
  // Panels keep what was chosen and found while the user switches tabs; another workbook opened in the page starts them afresh.
  const [workbook, setWorkbook] = useState(0);
  // The revision last opened or downloaded in the page: any later one is not saved anywhere yet.
  const [saved, setSaved] = useState(0);
  // A newer version on the host: the page (or Excel's pane) still runs the one it loaded.
  const [newer, setNewer] = useState<string>();
  const [checked, setChecked] = useState(false);
  // The self-test stays out of the way of the five tabs: opened from the foot of the pane, in Excel.
  const [selfTest, setSelfTest] = useState(false);
  useEffect(() => {
    void deployedVersion().then((v) => {
      if (v && isNewer(v, ADDIN_VERSION)) setNewer(v);
      setChecked(true);
    });
  }, []);
  const t = TEXTS[lang];
  return (
    <FluentProvider theme={webLightTheme} style={{ minHeight: '100vh', padding: 12, boxSizing: 'border-box' }}>
      <header style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginBottom: 8 }}>
        <Text as="h1" size={500} weight="semibold">
          {t.appTitle}
        </Text>
        <span>
          <Button as="a" appearance="subtle" size="small" href="huong-dan.html" target="_blank" rel="noopener">
            {t.help}
          </Button>
          <Button
            appearance="subtle"
            size="small"
            onClick={() => {
              const next = lang === 'vi' ? 'en' : 'vi';
              keepLang(next);
              setLang(next);
            }}
          >
            {t.language}
          </Button>
        </span>
      </header>
      {newer && (
        <MessageBar intent="info" style={{ marginBottom: 8 }}>
          <MessageBarBody>
            <Text role="status">{t.newerVersion(newer, typeof host !== 'string' && host.kind === 'excel')}</Text>
          </MessageBarBody>
        </MessageBar>
      )}
      {typeof host === 'string' ? (
        <MessageBar intent="error">
          <MessageBarBody>{host === 'unsupported' ? t.unsupported : t.officeJsMissing}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <Text size={200} block style={{ marginBottom: 8 }}>
            {host.kind === 'excel' ? t.inExcel : t.standalone}
          </Text>
          {!!host.shortfalls?.length && (
            <MessageBar intent="warning" style={{ marginBottom: 8 }}>
              <MessageBarBody>
                <Text className="shortfalls">{t.shortfalls(host.shortfalls)}</Text>
              </MessageBarBody>
            </MessageBar>
          )}
          {host.kind === 'web' && (
            <WebFileBar
              host={host as WebHost}
              t={t}
              revision={revision}
              onChange={() => setRevision((r) => r + 1)}
              onOpened={() => {
                setWorkbook((w) => w + 1);
                setSaved(revision + 1);
              }}
              unsaved={revision > saved}
              onSaved={() => setSaved(revision)}
            />
          )}
          <TabList size="small" className={styles.tabs} selectedValue={tab} onTabSelect={(_, d) => setTab(String(d.value))}>
            <Tab value="insert">{t.tabInsert}</Tab>
            <Tab value="check">{t.tabCheck}</Tab>
            <Tab value="compute">{t.tabCompute}</Tab>
            <Tab value="merge">{t.tabMerge}</Tab>
            <Tab value="targets">{t.tabTargets}</Tab>
          </TabList>
          <main className={styles.pane} style={{ paddingTop: 12 }} key={workbook}>
            <div hidden={tab !== 'insert'}>
              <InsertPanel host={host} t={t} onInserted={() => setRevision((r) => r + 1)} />
            </div>
            <div hidden={tab !== 'check'}>
              <CheckPanel host={host} t={t} onChecked={() => setRevision((r) => r + 1)} />
            </div>
            <div hidden={tab !== 'compute'}>
              <ComputePanel host={host} t={t} onChanged={() => setRevision((r) => r + 1)} />
            </div>
            <div hidden={tab !== 'merge'}>
              <MergePanel host={host} t={t} active={tab === 'merge'} onMerged={() => setRevision((r) => r + 1)} />
            </div>
            <div hidden={tab !== 'targets'}>
              <TargetsPanel host={host} t={t} onChanged={() => setRevision((r) => r + 1)} />
            </div>
          </main>
        </>
      )}
      {typeof host !== 'string' && host.kind === 'excel' && (
        <div style={{ marginTop: 16 }}>
          <Button appearance="subtle" size="small" onClick={() => setSelfTest((v) => !v)} aria-expanded={selfTest}>
            {t.selfTest}
          </Button>
          {selfTest && <SelfTestPanel host={host} t={t} />}
        </div>
      )}
      <Text as="p" size={100} className="version" data-checked={checked} style={{ marginTop: 16, color: '#616161' }}>
        {t.version(ADDIN_VERSION)}
      </Text>
    </FluentProvider>
  );
}
