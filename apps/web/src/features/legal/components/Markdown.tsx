import { Anchor, Code, List, Text, Title } from '@mantine/core';
import { Fragment, useMemo, type ReactNode } from 'react';
import { Link } from 'react-router';
import { parseMarkdown, type Inline } from '../markdown';

function inline(nodes: Inline[]): ReactNode {
  return nodes.map((node, index) => {
    switch (node.kind) {
      case 'text':
        return <Fragment key={index}>{node.text}</Fragment>;
      case 'break':
        return <br key={index} />;
      case 'strong':
        return <strong key={index}>{inline(node.children)}</strong>;
      case 'em':
        return <em key={index}>{inline(node.children)}</em>;
      case 'code':
        return <Code key={index}>{node.text}</Code>;
      case 'link':
        return node.href.startsWith('/') ? (
          <Anchor key={index} component={Link} to={node.href} underline="always">
            {inline(node.children)}
          </Anchor>
        ) : (
          <Anchor key={index} href={node.href} rel="noopener noreferrer" underline="always">
            {inline(node.children)}
          </Anchor>
        );
    }
  });
}

/**
 * Text written by admins, shown as elements and never as HTML. Its headings start one level below the
 * page's own h1 (`headingOffset`), so the outline of the page stays intact.
 */
export function Markdown({ source, headingOffset = 1 }: { source: string; headingOffset?: number }) {
  const blocks = useMemo(() => parseMarkdown(source), [source]);
  return (
    <div className="markdown">
      {blocks.map((block, index) => {
        switch (block.kind) {
          case 'heading': {
            const order = Math.min(6, block.level + headingOffset) as 2 | 3 | 4 | 5 | 6;
            return (
              <Title
                key={index}
                order={order}
                size={order === 2 ? 'h3' : 'h4'}
                mt={index === 0 ? 0 : 'lg'}
                mb="xs"
              >
                {inline(block.children)}
              </Title>
            );
          }
          case 'paragraph':
            return (
              <Text key={index} mb="sm" maw={760}>
                {inline(block.children)}
              </Text>
            );
          case 'list':
            return (
              <List key={index} type={block.ordered ? 'ordered' : 'unordered'} mb="sm" maw={760} spacing={4}>
                {block.items.map((item, itemIndex) => (
                  <List.Item key={itemIndex}>{inline(item)}</List.Item>
                ))}
              </List>
            );
        }
      })}
    </div>
  );
}
