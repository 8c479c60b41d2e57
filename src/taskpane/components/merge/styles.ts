import { makeStyles, tokens } from '@fluentui/react-components';

/** The look of the merge panel's parts, in one place. */
export const useMergeStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', rowGap: '10px' },
  drop: { border: `1px dashed ${tokens.colorNeutralStroke1Pressed}`, borderRadius: '4px', padding: '12px', textAlign: 'center' },
  hidden: { display: 'none' },
  chosen: { marginTop: '6px' },
  files: { listStyleType: 'none', margin: '6px 0 0', padding: 0, maxHeight: '160px', overflowY: 'auto', textAlign: 'left' },
  file: { display: 'flex', alignItems: 'center', columnGap: '4px', minWidth: 0 },
  fileName: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
  stack: { display: 'flex', flexDirection: 'column', rowGap: '2px' },
  start: { alignSelf: 'flex-start' },
  confirm: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: '8px',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: '4px',
    padding: '8px',
  },
  log: { margin: 0, paddingLeft: '18px' },
});
