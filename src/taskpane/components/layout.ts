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
