import { Component, type ErrorInfo, type ReactNode } from 'react';

interface ErrorBoundaryProps {
  /** Rendered instead of the children after a render error; `reset` tries again. */
  fallback: (props: { error: unknown; reset: () => void }) => ReactNode;
  /** Changing this (e.g. the location) clears the error, so navigating away recovers the page. */
  resetKey?: unknown;
  children: ReactNode;
}

interface ErrorBoundaryState {
  error: unknown;
  failedKey: unknown;
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null, failedKey: undefined };

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { error };
  }

  static getDerivedStateFromProps(
    props: ErrorBoundaryProps,
    state: ErrorBoundaryState,
  ): Partial<ErrorBoundaryState> | null {
    if (state.error !== null && props.resetKey !== state.failedKey && state.failedKey !== undefined) {
      return { error: null, failedKey: undefined };
    }
    return null;
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    this.setState({ failedKey: this.props.resetKey });
    console.error(error, info.componentStack);
  }

  private readonly reset = () => this.setState({ error: null, failedKey: undefined });

  override render(): ReactNode {
    if (this.state.error !== null) return this.props.fallback({ error: this.state.error, reset: this.reset });
    return this.props.children;
  }
}
