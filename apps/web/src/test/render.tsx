import { MantineProvider } from '@mantine/core';
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { theme } from '../app/theme';

// Mantine reads these browser APIs, which jsdom lacks.
export function installBrowserStubs(): void {
  window.matchMedia ??= ((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  })) as unknown as typeof window.matchMedia;
  window.ResizeObserver ??= class {
    observe(): void {
      return undefined;
    }
    unobserve(): void {
      return undefined;
    }
    disconnect(): void {
      return undefined;
    }
  } as unknown as typeof ResizeObserver;
}

/** Renders into a detached container inside the Mantine theme; returns the container and an unmount. */
export async function render(node: ReactNode): Promise<{
  container: HTMLElement;
  root: Root;
  rerender: (next: ReactNode) => Promise<void>;
  unmount: () => void;
}> {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  const container = document.createElement('div');
  document.body.appendChild(container);
  const root = createRoot(container);
  await act(async () => root.render(<MantineProvider theme={theme}>{node}</MantineProvider>));
  return {
    container,
    root,
    rerender: async (next: ReactNode) => {
      await act(async () => root.render(<MantineProvider theme={theme}>{next}</MantineProvider>));
    },
    unmount: () => {
      act(() => root.unmount());
      container.remove();
    },
  };
}
