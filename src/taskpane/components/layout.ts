import {
  fieldClassNames,
  inputClassNames,
  makeStyles,
  selectClassNames,
  tabClassNames,
  textareaClassNames,
  tokens,
} from '@fluentui/react-components';

/**
 * Layout for a pane 320–400 px wide: controls take the width they are given and never more (a
 * select's longest option or an input's default size would otherwise push past the pane); rows
 * share their width; wider panes only add space.
 */
export const usePaneStyles = makeStyles({
  pane: {
    minWidth: 0,
    [`& .${fieldClassNames.root}, & .${inputClassNames.root}, & .${selectClassNames.root}, & .${textareaClassNames.root}`]: {
      minWidth: 0,
      maxWidth: '100%',
    },
    [`& .${selectClassNames.select}, & .${inputClassNames.input}`]: { minWidth: 0, width: '100%', textOverflow: 'ellipsis' },
  },
  row: {
    display: 'flex',
    columnGap: tokens.spacingHorizontalS,
    '& > *': { flexGrow: 1, flexShrink: 1, flexBasis: 0, minWidth: 0 },
  },
  // Five tabs on one line at 350 px, in either language: a smaller type and tighter padding than Fluent's small tabs.
  tabs: {
    flexWrap: 'wrap',
    [`& .${tabClassNames.root}`]: { paddingLeft: tokens.spacingHorizontalXXS, paddingRight: tokens.spacingHorizontalXXS },
    // The content and the hidden bold copy that reserves its width alike.
    [`& .${tabClassNames.root} span`]: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  },
  badge: { flexShrink: 0, whiteSpace: 'nowrap' },
  /** A panel: its parts one under the other. */
  panel: { display: 'flex', flexDirection: 'column', rowGap: '10px' },
  /** A tighter column: a unit's targets, a recognised sheet's lines, the self-test. */
  column: { display: 'flex', flexDirection: 'column', rowGap: '4px' },
  /** A row of buttons and options, wrapping on a narrow pane. */
  actions: { display: 'flex', columnGap: '8px', rowGap: '8px', alignItems: 'center', flexWrap: 'wrap' },
  /** A list with bullets, indented a little. */
  bullets: { margin: 0, paddingLeft: '18px' },
  /** A list without bullets: its lines carry their own badges. */
  plainList: { listStyleType: 'none', padding: 0, margin: 0 },
  gapAbove: { marginTop: '6px' },
  gapBelow: { marginBottom: '8px' },
  startAligned: { alignSelf: 'flex-start' },
  /** The self-test's table: small type, each step's result beside it. */
  selfTest: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, '& th': { textAlign: 'left' } },
  passed: { color: '#0e700e', overflowWrap: 'anywhere' },
  failed: { color: '#b10e1c', overflowWrap: 'anywhere' },
  /** A warning the user can go on past, and a refusal. */
  caution: { color: '#8a5300' },
  refusal: { color: '#a4262c' },
  hidden: { display: 'none' },
  /** The whole page: the pane's width, a little room around it. */
  page: { minHeight: '100vh', padding: '12px', boxSizing: 'border-box' },
  header: { display: 'flex', justifyContent: 'space-between', alignItems: 'center' },
  main: { paddingTop: '12px' },
  footer: { marginTop: '16px' },
  quiet: { color: '#616161' },
  selfTestPanel: { rowGap: '8px' },
  /** A list line that selects its cell when clicked: a badge and a text, as plain as the list around it. */
  listButton: {
    display: 'flex',
    columnGap: '6px',
    width: '100%',
    textAlign: 'left',
    background: 'none',
    border: 'none',
    padding: '3px 0',
    cursor: 'pointer',
    font: 'inherit',
  },
  /** A finding in the standalone page: the same line, nothing to click. */
  listItem: {
    display: 'flex',
    columnGap: '6px',
    padding: '3px 0',
  },
});
