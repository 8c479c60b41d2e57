import { fieldClassNames, inputClassNames, makeStyles, selectClassNames, textareaClassNames, tokens } from '@fluentui/react-components';

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
  tabs: { flexWrap: 'wrap' },
  badge: { flexShrink: 0, whiteSpace: 'nowrap' },
});
