import { MessageBar, MessageBarBody, Text } from '@fluentui/react-components';

/**
 * What a panel says of its last action, in one bar: a status, a warning or an error (read out at
 * once by a screen reader); nothing when there is nothing to say.
 */
export function Said({ text, intent = 'info' }: { text?: string; intent?: 'info' | 'success' | 'warning' | 'error' }) {
  if (!text) return null;
  return (
    <MessageBar intent={intent}>
      <MessageBarBody>
        <Text role={intent === 'error' ? 'alert' : 'status'}>{text}</Text>
      </MessageBarBody>
    </MessageBar>
  );
}
