// Keeps one failing view from blanking the page: the map without WebGL, say, leaves the charts,
// table and export working, and says so.
import { Component, type ReactNode } from 'react';

interface Props {
  /** What failed, for the message: "The map". */
  what: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    return (
      <div className="view-error" role="alert">
        <strong>{this.props.what} could not be shown.</strong>
        <span>{error.message}</span>
        <span className="muted">The other views still work.</span>
      </div>
    );
  }
}
