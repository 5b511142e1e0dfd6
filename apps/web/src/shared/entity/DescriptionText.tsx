import { Text } from '@mantine/core';

/** A free-text description with its line breaks, or a dimmed note that there is none. */
export function DescriptionText({ text, empty }: { text: string | null | undefined; empty: string }) {
  return text ? <Text style={{ whiteSpace: 'pre-wrap' }}>{text}</Text> : <Text c="dimmed">{empty}</Text>;
}
